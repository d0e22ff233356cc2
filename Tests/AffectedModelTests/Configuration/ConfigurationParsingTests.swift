import AffectedModel
import Foundation
import Testing

@Suite("affected.yml parsing")
struct ConfigurationParsingTests {
  /// The text of `Fixtures/configuration/<name>`.
  static func fixture(_ name: String) throws -> String {
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = package.appendingPathComponent("Fixtures/configuration/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
  }

  @Test("the full example reads every key")
  func fullExample() throws {
    let configuration = try Configuration(text: Self.fixture("affected.yml"))
    #expect(configuration.ignore.patterns == ["**/*.md", "!services/api/docs/openapi.md"])
    #expect(configuration.ignore.matches("README.md"))
    #expect(configuration.ignore.matches("services/web/docs/guide.md"))
    #expect(!configuration.ignore.matches("services/api/docs/openapi.md"))
    #expect(configuration.global.matches(".github/workflows/ci.yml"))
    #expect(!configuration.global.matches(".github/dependabot.yml"))
    #expect(configuration.exclude.matches("third_party/x/Dockerfile"))
    #expect(configuration.exclude.matches("tests/fixtures/app/Dockerfile"))
    #expect(!configuration.exclude.matches("tests/e2e/Dockerfile"))

    #expect(
      configuration.environments == [
        "dev": EnvironmentSettings(compose: ["docker-compose.yml"]),
        "prod": EnvironmentSettings(compose: ["docker-compose.yml", "docker-compose.prod.yml"]),
        "cluster": EnvironmentSettings(
          compose: ["docker-compose.yml"], kubernetes: ["deploy/k8s"]),
      ])

    #expect(
      configuration.projects == [
        "libs/shared": ProjectSettings(path: "libs/shared", tags: ["go", "library"]),
        "services/api": ProjectSettings(
          path: "services/api", dependsOn: ["libs/shared"],
          ignore: try GlobSet(patterns: ["services/api/testdata/**"]), tags: ["go"]),
        "services/worker": ProjectSettings(path: "services/worker", dependsOn: ["libs/shared"]),
      ])

    let api = try #require(configuration.images["api"])
    #expect(api.name == "platform/api")
    #expect(api.registry == "ghcr.io/acme")
    #expect(api.tags == [try TagTemplate("{hash:12}"), try TagTemplate("{branch}-{sha:7}")])
    #expect(api.platforms == ["linux/amd64", "linux/arm64"])
    #expect(api.cacheFrom == ["type=registry,ref=ghcr.io/acme/platform/api:buildcache"])
    #expect(api.cacheTo == ["type=registry,ref=ghcr.io/acme/platform/api:buildcache,mode=max"])
    #expect(api.inputs == (try GlobSet(patterns: ["libs/shared/**"])))
    #expect(api.dependsOn == ["base"])
    #expect(
      configuration.images["docker-compose.yml:worker"]
        == ImageSettings(tags: [try TagTemplate("{sha}")], dependsOn: ["base"]))
    #expect(configuration.images["base"] == ImageSettings(name: "platform/base"))

    #expect(configuration.deployDependsOn == ["api": ["db", "redis"], "web": ["api"]])
    #expect(
      configuration.defaults
        == ConfigurationDefaults(base: "main", environments: ["prod"], format: "json"))
  }

  @Test("a single string is a list of one")
  func minimalExample() throws {
    let configuration = try Configuration(text: Self.fixture("minimal.yml"))
    #expect(configuration.ignore.patterns == ["**/*.md"])
    #expect(configuration.global.isEmpty)
  }

  @Test(
    "an empty file, a comment or empty sections are the empty configuration",
    arguments: [
      "", "\n", "# nothing yet\n", "---\n", "ignore:\nimages: ~\nprojects: null\n",
      "environments: {}\ndeployDependsOn: {}\ndefaults: {}\n", "version: 1\n",
    ])
  func empty(text: String) throws {
    #expect(try Configuration(text: text) == .empty)
  }

  @Test("empty values leave settings unset; an empty list is set")
  func unset() throws {
    let configuration = try Configuration(
      text: "images:\n  api:\n    name:\n    tags: ~\n    inputs:\n  web:\n    tags: []\n")
    #expect(configuration.images == ["api": ImageSettings(), "web": ImageSettings(tags: [])])
  }

  @Test("paths are normalised and a project's path defaults to its key")
  func paths() throws {
    let configuration = try Configuration(
      text: """
        environments:
          prod: [./compose.yml, deploy//compose.prod.yml]
          k8s: {kubernetes: [., ./deploy/k8s/]}
        projects:
          ./libs/a/:
            dependsOn: [libs/b/, root]
          libs/b: {}
          root: {path: .}
        """)
    #expect(
      configuration.environments["prod"]?.compose == ["compose.yml", "deploy/compose.prod.yml"])
    #expect(configuration.environments["k8s"]?.kubernetes == [".", "deploy/k8s"])
    #expect(configuration.projects.keys.sorted() == [".", "libs/a", "libs/b"])
    #expect(configuration.projects["libs/a"]?.dependsOn == ["libs/b", "."])
    #expect(configuration.settings(forProject: ".") == ProjectSettings(path: "."))
  }

  @Test("quoted null words are names, not empty values")
  func quotedNull() throws {
    let configuration = try Configuration(
      text: "projects:\n  'null': {tags: ['~', \"null\"]}\n  none: {tags: !!null ''}\n")
    #expect(configuration.projects["null"]?.tags == ["~", "null"])
    #expect(configuration.projects["none"]?.tags == [])
  }

  @Test("YAML anchors and aliases may share values")
  func aliases() throws {
    let configuration = try Configuration(
      text: """
        images:
          api:
            platforms: &multi [linux/amd64, linux/arm64]
          worker:
            platforms: *multi
        """)
    #expect(configuration.images["worker"]?.platforms == ["linux/amd64", "linux/arm64"])
  }

  @Test("globs compare by what they compile to, not by spelling")
  func globEquality() throws {
    #expect(
      try GlobSet(patterns: ["./vendor/", "/docs//*.md"])
        == GlobSet(patterns: ["vendor", "docs/*.md"]))
    #expect(try GlobSet(patterns: ["a", "b"]) != GlobSet(patterns: ["b", "a"]))
    #expect(try GlobSet(patterns: ["\\#notes"]).matches("#notes"))
  }
}
