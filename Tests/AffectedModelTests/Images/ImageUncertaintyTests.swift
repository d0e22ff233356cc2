import AffectedModel
import Testing

@Suite("Uncertain images")
struct ImageUncertaintyTests {
  private static let files = [
    "compose.yaml": "services:\n  app:\n    build: app\n",
    "app/.dockerignore": "*.log\n",
    "app/main.go": "m", "app/debug.log": "d", "app/docs/a.md": "a",
  ]

  /// The definition and content of `compose.yaml:app` with `dockerfile` as its Dockerfile.
  private func analyse(_ dockerfile: String?, extra: [String: String] = [:]) throws -> (
    ImageDefinition, [String]
  ) {
    var files = Self.files.merging(extra) { $1 }
    files["app/Dockerfile"] = dockerfile
    let repository = ImageRepository(files)
    return (
      try repository.definition("compose.yaml:app"), try repository.content("compose.yaml:app")
    )
  }

  /// Everything the context sends.
  private static let wholeContext = [
    "app/.dockerignore", "app/Dockerfile", "app/docs/a.md", "app/main.go",
  ]

  @Test("a source built from a variable without a value reads the whole context")
  func unresolvedVariable() throws {
    let (definition, content) = try analyse("FROM golang\nARG DIR\nCOPY $DIR/ /src\n")
    #expect(
      definition.uncertainReasons == [
        "app/Dockerfile:3: what COPY reads depends on $DIR, which has no value here"
      ])
    #expect(content == Self.wholeContext)
    #expect(definition.mayRead(path: "app/docs/a.md"))
    #expect(!definition.mayRead(path: "app/debug.log"))
  }

  @Test("a variable that only decides the destination or a stage's files is not uncertain")
  func harmlessVariables() throws {
    let (definition, content) = try analyse(
      "FROM golang AS build\nRUN go build -o /out/$NAME\nFROM alpine\nARG NAME\n"
        + "COPY --from=build /out/$NAME /bin/$NAME\nCOPY main.go /src/$NAME\n")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(content == ["app/main.go"])
  }

  @Test("a build argument gives the variable its value")
  func buildArgument() throws {
    let repository = ImageRepository(
      Self.files.merging([
        "compose.yaml": "services:\n  app:\n    build:\n      context: app\n      args:\n"
          + "        DIR: docs\n",
        "app/Dockerfile": "FROM golang\nARG DIR\nCOPY $DIR/ /src\n",
      ]) { $1 })
    let definition = try repository.definition("compose.yaml:app")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(try repository.content("compose.yaml:app") == ["app/docs/a.md"])
    #expect(definition.fingerprint.lines.contains("build-arg DIR=docs"))
  }

  @Test(
    "a literal source the context does not send reads the whole context",
    arguments: ["COPY target/app.jar /app.jar", "COPY debug.log /", "COPY --parents docs/b.md /"])
  func missingSource(instruction: String) throws {
    let (definition, content) = try analyse("FROM eclipse-temurin\n\(instruction)\n")
    #expect(definition.uncertainReasons.count == 1)
    #expect(definition.uncertainReasons.first?.hasPrefix("app/Dockerfile:2: ") == true)
    #expect(content == Self.wholeContext)
  }

  @Test("a missing Dockerfile reads the whole context, with a warning")
  func missingDockerfile() throws {
    let (definition, content) = try analyse(nil)
    #expect(definition.uncertainReasons.count == 1)
    #expect(definition.diagnostics.map(\.file) == ["app/Dockerfile"])
    #expect(content == ["app/.dockerignore", "app/docs/a.md", "app/main.go"])
    #expect(definition.mayRead(path: "app/Dockerfile"))
  }

  @Test(
    "a Dockerfile BuildKit would refuse is reported with its line and reads the whole context",
    arguments: [
      ("FROM golang\nCOPY main.go\n", 2), ("FROM golang\nFROBNICATE x\n", 2),
      ("RUN echo before FROM\n", 1), ("FROM golang\nCOPY --from=7 /x /y\n", 2),
    ])
  func brokenDockerfile(text: String, line: Int) throws {
    let (definition, content) = try analyse(text)
    #expect(definition.uncertainReasons.count == 1)
    let warning = try #require(definition.diagnostics.first)
    #expect(warning.file == "app/Dockerfile")
    #expect(warning.line == line)
    #expect(content == Self.wholeContext)
    let edited = try analyse(text + "# edited\n").0
    #expect(edited.fingerprint != definition.fingerprint)
  }

  @Test("a target stage that does not exist reads the whole context")
  func missingTarget() throws {
    let repository = ImageRepository(
      Self.files.merging([
        "compose.yaml": "services:\n  app:\n    build:\n      context: app\n      target: prod\n",
        "app/Dockerfile": "FROM golang AS build\nCOPY main.go .\n",
      ]) { $1 })
    let definition = try repository.definition("compose.yaml:app")
    #expect(definition.uncertainReasons.first?.contains("'prod'") == true)
    #expect(try repository.content("compose.yaml:app") == Self.wholeContext)
  }

  @Test("a .dockerignore BuildKit would refuse is reported and reads the whole context")
  func brokenIgnore() throws {
    let (definition, content) = try analyse(
      "FROM golang\nCOPY main.go .\n", extra: ["app/.dockerignore": "[\n"])
    #expect(definition.uncertainReasons.count == 1)
    #expect(definition.diagnostics.contains { $0.file == "app/.dockerignore" && $0.line == 1 })
    #expect(
      content == [
        "app/.dockerignore", "app/Dockerfile", "app/debug.log", "app/docs/a.md",
        "app/main.go",
      ])
  }

  @Test("a context outside the repository is always affected")
  func outsideContext() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  app:\n    build:\n      context: ../app\n"
        + "      additional_contexts:\n        up: ../up\n"
    ])
    let definition = try repository.definition("compose.yaml:app")
    #expect(definition.readsOutsideRepository)
    #expect(!definition.uncertainReasons.isEmpty)
    #expect(try repository.content("compose.yaml:app").isEmpty)
  }

  @Test("an image from a compose file that no longer parses is uncertain, never dropped")
  func brokenComposeKeepsImages() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  app:\n    build: app\n",
      "compose.override.yaml": "services: [\n",
      "app/Dockerfile": "FROM golang\nCOPY main.go .\n", "app/main.go": "m", "app/other.go": "o",
    ])
    let catalog = repository.catalog
    #expect(catalog.unreadableFiles == ["compose.override.yaml"])
    let image = try repository.image("compose.yaml:app")
    #expect(image.diagnostics.map(\.file) == ["compose.override.yaml"])
    let definition = try repository.definition("compose.yaml:app")
    #expect(definition.uncertainReasons.count == 1)
    #expect(try repository.content("compose.yaml:app").count == 3)
  }
}
