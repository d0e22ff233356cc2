import Testing

@testable import AffectedModel

@Suite("Parsing each distinct file once")
struct ParseCacheTests {
  static let base = ImageRepository([
    "app/Dockerfile": "FROM alpine\nCOPY . /app\n",
    "app/.dockerignore": "*.md\n",
    "app/main.py": "print(1)\n",
    "web/Dockerfile": "FROM alpine\nCOPY . /app\n",
    "broken/Dockerfile": "FROM alpine\nCOPY\n",
  ])

  /// The definition of every image of `repository`, through `cache`.
  static func definitions(
    _ repository: ImageRepository, cache: ParseCache
  ) -> [String: ImageDefinition] {
    let catalog = repository.catalog
    var definitions: [String: ImageDefinition] = [:]
    for image in catalog.images {
      definitions[image.id] = ImageDefinition(
        of: image, in: repository.source, catalog: catalog, cache: cache)
    }
    return definitions
  }

  @Test("Two revisions sharing their Dockerfiles and .dockerignore parse each blob once")
  func sharedAcrossRevisions() {
    let head = Self.base.with("app/main.py", "print(2)\n")
    let cache = ParseCache()
    _ = Self.definitions(Self.base, cache: cache)
    let afterBase = cache.count
    _ = Self.definitions(head, cache: cache)
    // Two distinct Dockerfiles (app and web are equal bytes), the broken one, one .dockerignore.
    #expect(afterBase == 3)
    #expect(cache.count == afterBase)
  }

  @Test("Cached definitions equal fresh ones, unusable files and their diagnostics included")
  func identicalResults() {
    let cache = ParseCache()
    let first = Self.definitions(Self.base, cache: cache)
    let second = Self.definitions(Self.base, cache: cache)
    let fresh = Self.definitions(Self.base, cache: ParseCache())
    #expect(first == fresh)
    #expect(second == fresh)
    #expect(second["dockerfile:broken/Dockerfile"]?.uncertainReasons.isEmpty == false)
  }

  @Test("An edited file is parsed again")
  func editedFile() {
    let cache = ParseCache()
    _ = Self.definitions(Self.base, cache: cache)
    let edited = Self.base.with("web/Dockerfile", "FROM alpine\nCOPY . /web\n")
    let definitions = Self.definitions(edited, cache: cache)
    #expect(cache.count == 4)
    #expect(
      definitions["dockerfile:web/Dockerfile"]?.fingerprint.lines.contains {
        $0.contains("/web")
      } == true)
  }

  @Test("Stages are resolved for each build arguments and Dockerfile path, even for one blob")
  func stagesPerArgumentsAndPath() throws {
    let dockerfile = "ARG BASE=alpine\nFROM $BASE\nCOPY $MISSING /x\n"
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        a:
          build: {context: app, args: {BASE: debian}}
        b:
          build: app
        c:
          build: web
      """,
      "app/Dockerfile": dockerfile,
      "web/Dockerfile": dockerfile,
    ])
    let definitions = Self.definitions(repository, cache: ParseCache())
    let base = { (id: String) in definitions[id]?.reachedStages.first?.baseName }
    #expect(base("compose.yaml:a") == "debian")
    #expect(base("compose.yaml:b") == "alpine")
    #expect(base("compose.yaml:c") == "alpine")
    // The stages' warnings name the Dockerfile they were resolved for.
    let cache = ParseCache()
    let warned = { (id: String) in
      LoadedDockerfile(for: try repository.image(id), in: repository.source, cache: cache)?
        .stages?.diagnostics.map(\.file)
    }
    #expect(try warned("compose.yaml:b") == ["app/Dockerfile"])
    #expect(try warned("compose.yaml:c") == ["web/Dockerfile"])
    #expect(try warned("compose.yaml:b") == ["app/Dockerfile"])
  }

  @Test("A Dockerfile or .dockerignore parsed already is not read again, even at another path")
  func parsedFilesAreNotReadAgain() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  a:\n    build: app\n  b:\n    build: web\n",
      "app/Dockerfile": "FROM alpine\nCOPY . /app\n",
      "app/.dockerignore": "*.md\n",
      "web/Dockerfile": "FROM alpine\nCOPY . /app\n",
      "web/.dockerignore": "*.md\n",
    ])
    let catalog = repository.catalog
    let counting = CountingFileSource(repository.source)
    let cache = ParseCache()
    let definitions = try ["compose.yaml:a", "compose.yaml:b", "compose.yaml:a"].map {
      ImageDefinition(of: try repository.image($0), in: counting, catalog: catalog, cache: cache)
    }
    #expect(counting.reads == ["app/Dockerfile": 1, "app/.dockerignore": 1])
    #expect(definitions[0] == definitions[2])
    let fresh = try ImageDefinition(
      of: repository.image("compose.yaml:b"), in: repository.source, catalog: catalog)
    #expect(definitions[1] == fresh)
    #expect(
      definitions[1].definitionFiles == ["compose.yaml", "web/Dockerfile", "web/.dockerignore"])
  }

  @Test("Files with the zero id are read and parsed every time")
  func zeroIDsAreNotCached() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  a:\n    build: app\n  b:\n    build: web\n",
      "app/Dockerfile": "FROM alpine\nCOPY . /app\n",
      "web/Dockerfile": "FROM debian\nCOPY . /web\n",
    ])
    let catalog = repository.catalog
    let source = ZeroIDFileSource(base: repository.source)
    let cache = ParseCache()
    let bases = try ["compose.yaml:a", "compose.yaml:b"].map {
      ImageDefinition(of: try repository.image($0), in: source, catalog: catalog, cache: cache)
        .reachedStages.map(\.baseName)
    }
    #expect(bases == [["alpine"], ["debian"]])
    #expect(cache.count == 0)
  }

  @Test(
    "Image references parsed through the cache equal fresh parses, failures included",
    arguments: ["node", "node:22", "ghcr.io/org/app:1@sha256:abc", "localhost:5000/x", "", ":1"])
  func references(text: String) {
    let cache = ParseCache()
    let first = cache.reference(text)
    #expect(first == ImageReference(text))
    #expect(cache.reference(text) == first)
  }

  @Test("The catalog answers a parsed reference as it answers its text")
  func catalogByParsedReference() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        base:
          build: base
          image: registry.example.com/team/base:2
        app:
          build: app
      """,
      "base/Dockerfile": "FROM alpine\n",
      "app/Dockerfile": "FROM registry.example.com/team/base:2\n",
    ])
    let catalog = repository.catalog
    for text in ["registry.example.com/team/base:2", "registry.example.com/team/base", "alpine"] {
      let parsed = try #require(ImageReference(text))
      #expect(catalog.images(pulledBy: parsed) == catalog.images(pulledBy: text))
    }
    #expect(catalog.images(pulledBy: "registry.example.com/team/base:2").map(\.id).count == 1)
    let links = try repository.definition("compose.yaml:app").links
    #expect(links.map(\.kind) == [.base])
  }
}
