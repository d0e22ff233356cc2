import AffectedModel
import Testing

@Suite("Listing only the folders a read reaches")
struct ContextListingTests {
  /// A repository-root context whose `.dockerignore` excludes folders and re-includes files
  /// inside them, read by sources of every kind.
  private static let repository = ImageRepository([
    "compose.yaml": """
    services:
      api:
        build: {context: ., dockerfile: services/api/Dockerfile}
    """,
    ".dockerignore": """
    **/*.md
    !services/api/README.md
    services/*/tests
    !services/api/tests/fixtures
    libs/**/generated
    node_modules
    """,
    "services/api/Dockerfile": """
    FROM alpine
    COPY package.json *.lock ./
    COPY services/api/ /app/
    COPY --exclude=*.txt libs/common /libs/common
    COPY --parents libs/*/schema/*.json /schemas/
    COPY conf/[ab]* /conf/
    COPY services/*/config/*.yaml /config/
    """,
    "package.json": "{}", "yarn.lock": "", "README.md": "# repo",
    "services/api/main.go": "package main", "services/api/README.md": "# api",
    "services/api/tests/unit_test.go": "package main",
    "services/api/tests/fixtures/input.json": "{}",
    "services/web/index.js": "", "services/web/tests/fixtures/x.json": "{}",
    "libs/common/util.go": "", "libs/common/notes.txt": "", "libs/common/generated/pb.go": "",
    "libs/common/schema/user.json": "{}", "libs/other/schema/order.json": "{}",
    "libs/other/code.go": "", "conf/a.ini": "", "conf/b.ini": "", "conf/c.ini": "",
    "node_modules/left-pad/index.js": "", "services/api/config/app.yaml": "",
    "services/web/config/web.yaml": "", "services/web/config/web.json": "",
    "services/web/configs/other.yaml": "",
  ])

  @Test("the inputs equal those found by sending the whole context and filtering it")
  func sameAsWholeContext() throws {
    let definition = try Self.repository.definition("compose.yaml:api")
    let context = try #require(definition.contexts.first)
    let everything = Self.repository.source.files(under: "")
    let sent = context.ignore.includedFiles(everything)
    let expected = sent.filter { path in definition.reads.contains { $0.covers(path) } }
    let listed = try Self.repository.content("compose.yaml:api")
    #expect(listed == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(listed.contains("services/api/tests/fixtures/input.json"))
    #expect(listed.contains("libs/other/schema/order.json"))
    #expect(!listed.contains("services/api/tests/unit_test.go"))
    #expect(!listed.contains("libs/common/notes.txt"))
    #expect(!listed.contains("libs/common/generated/pb.go"))
    #expect(!listed.contains("conf/c.ini"))
    #expect(listed.contains("services/web/config/web.yaml"))
    #expect(!listed.contains("services/web/configs/other.yaml"))
  }

  @Test("reads that overlap list each file once, in byte order, at its place in the repository")
  func overlappingReads() throws {
    let repository = ImageRepository(
      [
        "app/Dockerfile": """
        FROM alpine
        COPY src/*.py /py/
        COPY src /src
        COPY src/b/* /b/
        COPY src/b/deep/z.py extra/*.txt /more/
        """,
        "app/.dockerignore": "src/b/skip.py\n",
        "app/src/a.py": "", "app/src/b/deep/z.py": "", "app/src/b/skip.py": "",
        "app/src/b/c.py": "", "app/src/b.txt": "", "app/src/é.py": "",
        "app/extra/one.txt": "", "app/extra/two.txt": "", "app/extra/README": "",
        "app/target/file.txt": "",
      ],
      links: ["app/extra/link.txt": "../target"])
    let inputs = try repository.inputs("dockerfile:app/Dockerfile")
    let paths = inputs.content.map(\.path)
    #expect(
      paths == [
        "extra/link.txt", "extra/one.txt", "extra/two.txt", "src/a.py", "src/b.txt",
        "src/b/c.py", "src/b/deep/z.py", "src/é.py", "target/file.txt",
      ])
    for input in inputs.content {
      #expect(input.context == nil)
      #expect(input.repositoryPath == "app/" + input.path)
      #expect(repository.source.entry(at: input.repositoryPath) == input.entry)
    }
  }

  @Test("targets of links a wildcard matches come in byte order with the other inputs")
  func linkTargetsSorted() throws {
    let repository = ImageRepository(
      [
        "app/Dockerfile": "FROM alpine\nCOPY src/* /x/\n",
        "app/src/b.txt": "", "app/aaa/f.txt": "", "app/zzz/g.txt": "",
      ],
      links: ["app/src/link": "../aaa", "app/src/other": "../zzz"])
    let inputs = try repository.inputs("dockerfile:app/Dockerfile")
    #expect(
      inputs.content.map(\.path) == [
        "aaa/f.txt", "src/b.txt", "src/link", "src/other", "zzz/g.txt",
      ])
  }
}
