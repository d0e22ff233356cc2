import AffectedGit
import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

/// Reading head's trees from the packs, ahead or not, gathers the files discovery lists by name
/// on the way; that changes only when trees are read: an analysis must say what one that walks
/// the folders (of the loose objects, which libgit2 reads) says.
@Suite("Reading head's trees ahead, gathering names, changes no analysis", .scratchDirectory)
struct ReadingAheadTests {
  /// The platform fixture's content edits, and a new image and project for the others.
  private static func edits(for fixture: String) -> [(
    String, @Sendable (RepositoryBuilder) throws -> Void
  )] {
    guard fixture != "platform" else {
      return ContentComparisonTests.edits.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
    return [
      (
        "a new image and project",
        {
          try $0.write("new/Dockerfile", "FROM scratch\nCOPY . /app\n")
          try $0.write("new/pyproject.toml", "[project]\nname = \"new\"\n")
        }
      )
    ]
  }

  @Test("each edit, in each fixture", arguments: ["platform", "fullstack", "uv-workspace"])
  func sameAnalysis(fixture: String) throws {
    for (name, edit) in Self.edits(for: fixture) {
      let builder = try RepositoryBuilder(
        at: try ScratchDirectory.url.appending(path: "\(fixture)-\(name)"), fixture: fixture)
      let first = try builder.commit("Before")
      try edit(builder)
      let second = try builder.commit("After")
      func analyse(readingAhead: Bool) throws -> ImpactAnalysis {
        // A handle each, so that none finds the trees another read.
        let repository = try Repository(discoveringFrom: builder.path)
        return try ImpactAnalysis(
          comparison: try Comparison.compute(
            in: repository,
            options: ComparisonOptions(base: first, head: second, readsHeadAhead: readingAhead),
            selector: BaseSelector(environment: [:])),
          in: repository)
      }
      // Loose objects are left to libgit2, which gathers nothing: discovery walks the folders.
      let plain = try analyse(readingAhead: false)
      // Packed, the trees are read from the packs, ahead or not, gathering on the way.
      _ = try builder.git("repack", "-a", "-d", "-q")
      for packed in [try analyse(readingAhead: true), try analyse(readingAhead: false)] {
        #expect(!plain.catalog.images.isEmpty)
        #expect(packed.catalog.images.map(\.id) == plain.catalog.images.map(\.id), "\(name)")
        #expect(packed.reasons == plain.reasons, "\(name)")
        #expect(packed.waves == plain.waves, "\(name)")
        #expect(packed.contentChanges == plain.contentChanges, "\(name)")
        #expect(packed.projects.reasons == plain.projects.reasons, "\(name)")
        #expect(
          packed.projects.graph.projects.map(\.id) == plain.projects.graph.projects.map(\.id),
          "\(name)")
        #expect(packed.diagnostics == plain.diagnostics, "\(name)")
      }
    }
  }
}
