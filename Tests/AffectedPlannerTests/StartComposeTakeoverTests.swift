import AffectedGit
import AffectedModel
import AffectedTestSupport
import Testing

@testable import AffectedPlanner

/// The start side's discovery takes over a compose environment's findings from head only when no
/// change reaches a file its load read: each edit below changes what discovery finds, so the
/// start side must load the environment again and find what a fresh discovery finds.
@Suite("Taking over head's compose environments at the start side", .scratchDirectory)
struct StartComposeTakeoverTests {
  private static let files: [String: String] = [
    "app/compose.yml": """
    include:
      - ../stack/included.yml
    services:
      api:
        build: ${API_CONTEXT}
      worker:
        extends:
          file: ../common.yml
          service: worker

    """,
    "app/compose.override.yml": "services:\n  api:\n    image: acme/api\n",
    "app/.env": "API_CONTEXT=api\n",
    "common.yml": "services:\n  worker:\n    build: app/worker\n",
    "stack/included.yml": "services:\n  jobs:\n    build: ${JOBS_CONTEXT}\n",
    "stack/.env": "JOBS_CONTEXT=jobs\n",
    "web/target.yml": "services:\n  web:\n    build: .\n",
    "other/compose.yml": "services:\n  tool:\n    build: .\n",
    "README.md": "readme\n",
  ]

  /// Edits of every kind of file a load reads: each changes the images the environment gives.
  static let edits: [String: @Sendable (RepositoryBuilder) throws -> Void] = [
    "the .env file": { try $0.write("app/.env", "API_CONTEXT=api2\n") },
    "the override layer": {
      try $0.write("app/compose.override.yml", "services:\n  api:\n    image: acme/api2\n")
    },
    "the included file": {
      try $0.write("stack/included.yml", "services:\n  jobs2:\n    build: ${JOBS_CONTEXT}\n")
    },
    "the included file's .env": { try $0.write("stack/.env", "JOBS_CONTEXT=jobs2\n") },
    "the extended file": {
      try $0.write("common.yml", "services:\n  worker:\n    build: app/worker2\n")
    },
    "the link's target": { try $0.write("web/target.yml", "services:\n  www:\n    build: .\n") },
    "a .env file added": { try $0.write("other/.env", "COMPOSE_PROJECT_NAME=renamed\n") },
  ]

  /// The catalogs of the start side of a comparison: discovered afresh, taking over head's
  /// record with the comparison's changes, and taking it over with no change named (which only
  /// shows whether the record was used); and head's catalog.
  private struct Catalogs {
    var head: ImageCatalog
    var fresh: ImageCatalog
    var takenOver: ImageCatalog
    var blind: ImageCatalog
  }

  /// Commits the fixture, then what `edit` does, and discovers both sides of the comparison.
  private static func catalogs(
    _ name: String, _ edit: (RepositoryBuilder) throws -> Void
  ) throws -> Catalogs {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: name))
    for (path, text) in files {
      try builder.write(path, text)
    }
    try builder.symlink("web/compose.yml", to: "target.yml")
    let first = try builder.commit("Before")
    try edit(builder)
    _ = try builder.commit("After")
    let repository = try Repository(discoveringFrom: builder.path)
    let comparison = try Comparison.compute(
      in: repository, options: ComparisonOptions(base: first, head: "HEAD", uncommitted: false),
      selector: BaseSelector(environment: [:]))
    let head = try comparison.headSource(in: repository)
    let start = try #require(try comparison.startSource(in: repository))
    let scope = DiscoveryScope()
    var record = ComposeDiscoveryRecord()
    let headCatalog = ImageCatalog(
      discoveringIn: head, scope: scope,
      declaringFiles: ImageCatalog.declaringFiles(in: head, scope: scope), recording: &record)
    let startFiles = ImageCatalog.declaringFiles(in: start, scope: scope)
    return Catalogs(
      head: headCatalog, fresh: ImageCatalog(discoveringIn: start, scope: scope),
      takenOver: ImageCatalog(
        discoveringIn: start, scope: scope, declaringFiles: startFiles, takingOver: record,
        changed: ChangedReads(comparison.changes).paths),
      blind: ImageCatalog(
        discoveringIn: start, scope: scope, declaringFiles: startFiles, takingOver: record,
        changed: ChangedPaths([])))
  }

  @Test("an edit of a file the load read is seen", arguments: edits.keys.sorted())
  func edit(_ name: String) throws {
    let catalogs = try Self.catalogs(name) { try Self.edits[name]?($0) }
    #expect(catalogs.fresh != catalogs.head)
    #expect(catalogs.takenOver == catalogs.fresh)
    // Told that nothing changed, the start side takes head's findings: the record is used.
    #expect(catalogs.blind == catalogs.head)
  }

  @Test("an edit no load read leaves every environment to be taken over")
  func unrelated() throws {
    let catalogs = try Self.catalogs("unrelated") { try $0.write("README.md", "more\n") }
    #expect(catalogs.takenOver == catalogs.fresh)
    #expect(catalogs.takenOver == catalogs.head)
    #expect(
      catalogs.head.images.map(\.id) == [
        "app/compose.yml:api", "app/compose.yml:worker", "other/compose.yml:tool",
        "stack/included.yml:jobs", "web/compose.yml:web",
      ])
  }
}
