import AffectedModel
import Testing

@Suite("Context listings kept for the images of one revision")
struct ContextListingCacheTests {
  /// A `MemoryFileSource` that keeps its context listings.
  private struct CachingSource: ContextListingCaching {
    var base: MemoryFileSource
    let contextListings = ContextListingCache()

    func entry(at path: String) -> FileEntry? {
      base.entry(at: path)
    }

    func contents(of path: String) throws -> [UInt8] {
      try base.contents(of: path)
    }

    func files(under folder: String) -> [String] {
      base.files(under: folder)
    }
  }

  /// Three images with the repository root as context: two share the root `.dockerignore`,
  /// one has its own; their reads overlap, with wildcards and links.
  private static let repository = ImageRepository(
    [
      "compose.yaml": """
      services:
        one:
          build: {context: ., dockerfile: one.Dockerfile}
        two:
          build: {context: ., dockerfile: two.Dockerfile}
        own:
          build: {context: ., dockerfile: own.Dockerfile}
      """,
      ".dockerignore": "**/*.md\nlibs/b/generated\n",
      "own.Dockerfile.dockerignore": "libs/a/skip.go\n",
      "one.Dockerfile": "FROM alpine\nCOPY libs/a /a\nCOPY libs/b /b\n",
      "two.Dockerfile": "FROM alpine\nCOPY libs/b /b\nCOPY libs/a/*.go libs/* /x/\n",
      "own.Dockerfile": "FROM alpine\nCOPY libs/a /a\nCOPY libs/b /b\n",
      "libs/a/main.go": "", "libs/a/skip.go": "", "libs/a/README.md": "",
      "libs/b/util.go": "", "libs/b/generated/pb.go": "", "libs/b/NOTES.md": "",
      "libs/c/x.go": "", "target/t.go": "",
    ],
    links: ["libs/link": "../target"])

  @Test("images list the same inputs whether or not the source keeps listings")
  func sameInputs() throws {
    let source = CachingSource(base: Self.repository.source)
    for id in ["compose.yaml:one", "compose.yaml:two", "compose.yaml:own", "compose.yaml:one"] {
      let definition = try Self.repository.definition(id)
      let kept = ImageInputs(definition, in: source)
      let fresh = ImageInputs(definition, in: Self.repository.source)
      #expect(kept.content.map(\.path) == fresh.content.map(\.path), "\(id)")
      #expect(kept == fresh, "\(id)")
    }
    // `libs/a` and `libs/b` under the root rules, and under the image's own; `two`'s link
    // target, `target`, under the root rules.
    #expect(source.contextListings.count == 5)
  }

  @Test("a folder kept under one `.dockerignore` is listed again under another")
  func keyedByRules() throws {
    let source = CachingSource(base: Self.repository.source)
    let shared = ImageInputs(try Self.repository.definition("compose.yaml:one"), in: source)
    let own = ImageInputs(try Self.repository.definition("compose.yaml:own"), in: source)
    #expect(shared.content.map(\.path) == ["libs/a/main.go", "libs/a/skip.go", "libs/b/util.go"])
    #expect(
      own.content.map(\.path) == [
        "libs/a/README.md", "libs/a/main.go", "libs/b/NOTES.md", "libs/b/generated/pb.go",
        "libs/b/util.go",
      ])
  }
}
