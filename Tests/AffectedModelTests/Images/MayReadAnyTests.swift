import AffectedModel
import Testing

/// `readScopes` rules out a whole change set at once: it must never rule out a path that
/// `mayRead(path:)` would let through.
@Suite("Ruling out a change set at once")
struct MayReadAnyTests {
  /// Whether a change in `changed` lies in a read scope of `definition`.
  private static func scopesHold(_ definition: ImageDefinition, _ changed: ChangedPaths) -> Bool {
    definition.readScopes.contains(where: changed.holdChange(at:))
  }

  private static let repository = ImageRepository(
    [
      "compose.yaml": """
        services:
          api:
            build:
              context: .
              dockerfile: api/Dockerfile
              additional_contexts:
                assets: assets
          web:
            build: web
          tool:
            build: tool

        """,
      "api/Dockerfile": """
        FROM alpine
        COPY api/src /src
        COPY --from=assets logo.png /logo.png
        COPY shared/current/ /shared/
        COPY --parents libs/./**/*.py /libs/
        COPY --exclude=*.md docs /docs
        """,
      "api/src/main.go": "package main\n", "api/README.md": "readme\n",
      "assets/logo.png": "png\n", "assets/other.png": "png\n",
      "shared/v1/a.txt": "a\n", "libs/x/y.py": "y\n", "libs/x/z.txt": "z\n",
      "docs/guide.md": "guide\n", "docs/api.txt": "api\n",
      "web/Dockerfile": "FROM nginx\nCOPY *.conf /etc/nginx/\n", "web/site.conf": "conf\n",
      "web/.dockerignore": "secret.conf\n", "web/secret.conf": "s\n",
      "tool/Dockerfile": "FROM alpine\nCOPY ${MISSING}/ /x/\n", "tool/run.sh": "run\n",
      "README.md": "readme\n",
    ],
    links: ["shared/current": "v1"])

  private static let paths = [
    "compose.yaml", "api/Dockerfile", "api/src/main.go", "api/src/new.go", "api/README.md", "api",
    "assets/logo.png", "assets/other.png", "shared/current", "shared/v1/a.txt", "shared/v2/b.txt",
    "libs/x/y.py", "libs/x/z.txt", "libs", "docs/guide.md", "docs/api.txt", "web/site.conf",
    "web/new.conf", "web/.dockerignore", "web/secret.conf", "web/Dockerfile", "tool/run.sh",
    "tool/Dockerfile", "README.md", "other/file.txt", ".dockerignore", "api/Dockerfile.dockerignore",
  ]

  @Test(
    "Every path one of the reads may take is let through",
    arguments: ["compose.yaml:api", "compose.yaml:web", "compose.yaml:tool"])
  func sound(id: String) throws {
    let definition = try Self.repository.definition(id)
    let changed = ChangedPaths(Self.paths)
    let inScope = Set(definition.readScopes.flatMap(changed.positions(atOrUnder:)))
    for path in Self.paths where definition.mayRead(path: path) {
      #expect(Self.scopesHold(definition, ChangedPaths([path])), "\(id) may read \(path)")
      #expect(changed.ordered.firstIndex(of: path).map(inScope.contains) == true, "\(path)")
    }
    let all = Self.paths.filter(definition.mayRead(path:))
    #expect(Self.scopesHold(definition, ChangedPaths(all)) == !all.isEmpty)
  }

  @Test("Paths no read, context or definition file reaches are ruled out together")
  func prunes() throws {
    let unrelated = ChangedPaths(["README.md", "other/file.txt", "api/README.md", "tool/run.sh"])
    #expect(!Self.scopesHold(try Self.repository.definition("compose.yaml:api"), unrelated))
    #expect(!Self.scopesHold(try Self.repository.definition("compose.yaml:web"), unrelated))
    // An uncertain image may read anything its context holds.
    #expect(Self.scopesHold(try Self.repository.definition("compose.yaml:tool"), unrelated))
    #expect(!Self.scopesHold(try Self.repository.definition("compose.yaml:web"), ChangedPaths([])))
  }
}
