import AffectedModel
import Testing

@Suite("affected.yml errors")
struct ConfigurationErrorTests {
  /// An invalid file and where its error must point.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var line: Int
    var column: Int
    var keyPath: String
    var message: String

    var testDescription: String { name }
  }

  /// The error `text` raises.
  private func error(_ text: String) throws -> ConfigurationError {
    try #require(throws: ConfigurationError.self) {
      try Configuration(text: text, file: "sub/affected.yml")
    }
  }

  static let cases: [Case] = [
    Case(
      name: "unknown top-level key", text: "ignore: []\nimagse:\n  api: {}\n", line: 2,
      column: 1, keyPath: "imagse", message: "unknown key 'imagse'; did you mean 'images'?"),
    Case(
      name: "unknown nested key", text: "images:\n  backend:\n    tgas: [latest]\n", line: 3,
      column: 5, keyPath: "images.backend.tgas",
      message: "unknown key 'tgas'; did you mean 'tags'?"),
    Case(
      name: "key in the wrong case", text: "deploydependson: {}\n", line: 1, column: 1,
      keyPath: "deploydependson",
      message: "unknown key 'deploydependson'; did you mean 'deployDependsOn'?"),
    Case(
      name: "unknown key far from any", text: "defaults:\n  colour: red\n", line: 2, column: 3,
      keyPath: "defaults.colour",
      message: "unknown key 'colour'; the keys allowed here are base, environments, format"),
    Case(
      name: "unknown key lists the keys", text: "x: &x {name: a}\n", line: 1, column: 1,
      keyPath: "x",
      message: "unknown key 'x'; the keys allowed here are version, ignore"),
    Case(
      name: "merge key in an entry", text: "images:\n  api:\n    <<: {name: a}\n", line: 3,
      column: 5, keyPath: "images.api.<<", message: "merge keys (<<) are not supported"),
    Case(
      name: "list where a mapping belongs", text: "images:\n  - api\n", line: 2, column: 3,
      keyPath: "images",
      message: "expected a mapping of image ids or short names, found a list"),
    Case(
      name: "mapping where globs belong", text: "ignore:\n  docs: '*.md'\n", line: 2,
      column: 3, keyPath: "ignore", message: "expected a list of globs, found a mapping"),
    Case(
      name: "list in a list of globs", text: "global:\n  - [a, b]\n", line: 2, column: 5,
      keyPath: "global[0]", message: "expected a string in a list of globs, found a list"),
    Case(
      name: "list where a string belongs", text: "images:\n  api:\n    name: [a]\n", line: 3,
      column: 11, keyPath: "images.api.name", message: "expected a name, found a list"),
    Case(
      name: "bad glob", text: "exclude:\n  - vendor\n  - 'a/[b'\n", line: 3, column: 5,
      keyPath: "exclude[1]", message: "'a/[b' is not a valid glob"),
    Case(
      name: "bad input glob", text: "images:\n  api:\n    inputs: ['!']\n", line: 3, column: 14,
      keyPath: "images.api.inputs[0]", message: "'!' takes nothing back"),
    Case(
      name: "glob that is a comment", text: "ignore: ['#x']\n", line: 1, column: 10,
      keyPath: "ignore[0]", message: "a leading '#' makes it a comment"),
    Case(
      name: "unknown placeholder", text: "images:\n  api:\n    tags:\n      - 'v-{tag}'\n",
      line: 4, column: 9, keyPath: "images.api.tags[0]",
      message: "tag template 'v-{tag}': unknown placeholder '{tag}'; use {hash}, {sha}, {branch}"),
    Case(
      name: "misspelt placeholder", text: "images:\n  api:\n    tags: '{shaa}'\n", line: 3,
      column: 11, keyPath: "images.api.tags",
      message: "unknown placeholder '{shaa}'; did you mean '{sha}'?"),
    Case(
      name: "empty key", text: "projects:\n  '': {path: a}\n", line: 2, column: 3,
      keyPath: "projects", message: "a name cannot be empty"),
    Case(
      name: "empty dependsOn entry", text: "deployDependsOn:\n  web: [api, '']\n", line: 2,
      column: 14, keyPath: "deployDependsOn.web[1]", message: "a name cannot be empty"),
    Case(
      name: "project cycle",
      text: "projects:\n  b: {dependsOn: [c]}\n  c: {dependsOn: [libs/a]}\n  libs/a:\n"
        + "    dependsOn: [b]\n",
      line: 2, column: 19, keyPath: "projects.b.dependsOn[0]",
      message: "dependency cycle: b → c → libs/a → b; remove one of these dependsOn entries"),
    Case(
      name: "image depending on itself", text: "images:\n  api:\n    dependsOn: api\n", line: 3,
      column: 16, keyPath: "images.api.dependsOn", message: "dependency cycle: api → api;"),
    Case(
      name: "deploy cycle", text: "deployDependsOn:\n  web: [api]\n  api: [db, web]\n", line: 3,
      column: 13, keyPath: "deployDependsOn.api[1]", message: "dependency cycle: api → web → api"),
    Case(
      name: "path outside the repository", text: "environments:\n  prod: [../compose.yml]\n",
      line: 2, column: 10, keyPath: "environments.prod[0]",
      message: "'../compose.yml' is not inside the repository"),
    Case(
      name: "environment without files", text: "environments:\n  prod: {kubernetes: []}\n",
      line: 2, column: 9, keyPath: "environments.prod",
      message: "the environment 'prod' names no file"),
    Case(
      name: "duplicate project path",
      text: "projects:\n  libs/a: {}\n  a:\n    path: ./libs/a\n", line: 4, column: 11,
      keyPath: "projects.a.path",
      message: "the project 'libs/a' is already declared as projects.libs/a"),
    Case(
      name: "image name with a tag", text: "images:\n  api:\n    name: acme/api:1\n", line: 3,
      column: 11, keyPath: "images.api.name", message: "'acme/api:1' is not an image name"),
    Case(
      name: "registry with a scheme", text: "images:\n  api:\n    registry: https://ghcr.io\n",
      line: 3, column: 15, keyPath: "images.api.registry",
      message: "'https://ghcr.io' is not a registry"),
    Case(
      name: "bad platform", text: "images:\n  api:\n    platforms: [linux]\n", line: 3,
      column: 17, keyPath: "images.api.platforms[0]", message: "'linux' is not a platform"),
    Case(
      name: "unsupported version", text: "version: 2\n", line: 1, column: 10, keyPath: "version",
      message: "reads version 1 of the file"),
    Case(
      name: "duplicate key", text: "ignore: [a]\nignore: [b]\n", line: 1, column: 1,
      keyPath: "", message: "invalid YAML: duplicate key 'ignore'"),
    Case(
      name: "invalid YAML", text: "images:\n  api: [a\n", line: 3, column: 1, keyPath: "",
      message: "invalid YAML:"),
    Case(
      name: "two documents", text: "ignore: [a]\n---\nignore: [b]\n", line: 2, column: 1,
      keyPath: "", message: "invalid YAML: but found another document"),
  ]

  @Test("each error names the file, line, column and key, and says what to do", arguments: cases)
  func located(_ example: Case) throws {
    let error = try error(example.text)
    #expect(error.file == "sub/affected.yml")
    #expect(error.line == example.line)
    #expect(error.column == example.column)
    #expect(error.keyPath == example.keyPath)
    #expect(error.message.contains(example.message), "\(error.message)")
    let location = "sub/affected.yml:\(example.line):\(example.column): "
    let prefix = example.keyPath.isEmpty ? location : location + example.keyPath + ": "
    #expect(error.description == prefix + error.message)
  }

  @Test("the reason is typed, for callers that branch on it")
  func reasons() throws {
    #expect(
      try error("imagse: {}\n").reason
        == .unknownKey(
          "imagse", suggestion: "images",
          allowed: [
            "version", "ignore", "global", "exclude", "environments", "projects", "images",
            "deployDependsOn", "defaults",
          ]))
    #expect(
      try error("images:\n  b: {dependsOn: a}\n  a: {dependsOn: b}\n").reason
        == .dependencyCycle(["a", "b"]))
    let glob = try error("ignore: [a, '[z']\n").reason
    guard case .invalidGlob(let problem) = glob else {
      Issue.record("expected an invalid-glob reason, got \(glob)")
      return
    }
    #expect(problem.line == 2)
    #expect(problem.text == "[z")
  }
}
