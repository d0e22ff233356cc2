import AffectedModel
import Testing

@Suite("Inputs of images that copy plain folders")
struct PlainPathReadsTests {
  /// A root context, without a `.dockerignore` unless the test adds one, whose names extend
  /// one another (`lib`, `lib-extra`, `lib.txt`, `lib/…`), so that byte order interleaves them.
  private static let repository = ImageRepository([
    "compose.yaml": """
    services:
      app:
        build: {context: ., dockerfile: svc/Dockerfile}
    """,
    "svc/Dockerfile": """
    FROM alpine
    COPY lib /lib
    COPY lib-extra lib.txt /more/
    COPY svc /svc
    """,
    "lib/a.go": "", "lib/sub/b.go": "", "lib/README.md": "", "lib-extra/c.go": "",
    "lib-extra/d.md": "", "lib.txt": "", "libz/e.go": "", "svc/main.go": "", "svc/x": "",
    "svc/xy": "", "svc/x-y/z": "", "svc/docs/f.md": "", "other/g.go": "",
  ])

  /// The repository paths `id` reads, found by filtering the whole context (the reference).
  private static func expected(_ repository: ImageRepository, _ id: String) throws -> [String] {
    let definition = try repository.definition(id)
    let context = try #require(definition.contexts.first)
    let sent = context.ignore.includedFiles(repository.source.files(under: ""))
    return sent.filter { path in definition.reads.contains { $0.covers(path) } }
  }

  @Test("without a .dockerignore, every file below each copied path is read, in byte order")
  func withoutIgnoreFile() throws {
    let id = "compose.yaml:app"
    let listed = try Self.repository.content(id)
    #expect(listed == (try Self.expected(Self.repository, id)))
    #expect(
      listed == [
        "lib-extra/c.go", "lib-extra/d.md", "lib.txt", "lib/README.md", "lib/a.go",
        "lib/sub/b.go", "svc/Dockerfile", "svc/docs/f.md", "svc/main.go", "svc/x", "svc/x-y/z",
        "svc/xy",
      ])
  }

  @Test("a .dockerignore still filters what the copied paths list")
  func withIgnoreFile() throws {
    let repository = Self.repository.with(".dockerignore", "**/*.md\nsvc/x*\n!svc/xy\n")
    let id = "compose.yaml:app"
    let listed = try repository.content(id)
    #expect(listed == (try Self.expected(repository, id)))
    #expect(
      listed == [
        "lib-extra/c.go", "lib.txt", "lib/a.go", "lib/sub/b.go", "svc/Dockerfile",
        "svc/main.go", "svc/xy",
      ])
  }

  @Test("an --exclude on one plain path leaves out only what it matches")
  func excludeOnOnePath() throws {
    let repository = Self.repository.with(
      "svc/Dockerfile", "FROM alpine\nCOPY --exclude=*.md lib /lib\nCOPY svc /svc\n")
    let id = "compose.yaml:app"
    let listed = try repository.content(id)
    #expect(listed == (try Self.expected(repository, id)))
    #expect(!listed.contains("lib/README.md"))
    #expect(listed.contains("svc/docs/f.md"))
  }

  @Test("the inputs of two contexts come main context first, each in byte order")
  func twoContexts() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        api:
          build:
            context: app
            additional_contexts: {extra: ./shared}
      """,
      "app/Dockerfile": """
      FROM alpine
      COPY src /src
      COPY --from=extra b /b
      COPY --from=extra a /a
      """,
      "app/src/z.go": "", "app/src/a.go": "", "shared/a/1": "", "shared/b/2": "",
    ])
    let inputs = try repository.inputs("compose.yaml:api")
    #expect(inputs.content.map(\.context) == [nil, nil, "extra", "extra"])
    #expect(inputs.content.map(\.path) == ["src/a.go", "src/z.go", "a/1", "b/2"])
  }
}
