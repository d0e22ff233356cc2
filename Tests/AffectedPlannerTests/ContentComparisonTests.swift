import AffectedGit
import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

/// The planner compares an image's content at two revisions without listing its inputs when its
/// reads did not change. Its answer must equal the symmetric difference of the inputs listed in
/// full at each revision.
@Suite("Content changes equal the difference of the inputs listed in full", .scratchDirectory)
struct ContentComparisonTests {
  /// Edits to the platform fixture: read files, ignored files, new and deleted files, a file
  /// only a dev stage reads, a `.dockerignore` edit, and a file moved between folders.
  static let edits: [String: @Sendable (RepositoryBuilder) throws -> Void] = [
    "read files": {
      try $0.append("services/api/cmd/api/main.go", "\n// changed\n")
      try $0.append("libs/shared/logging/logging.go", "\n// changed\n")
    },
    "ignored and test files": {
      try $0.append("services/api/internal/handlers/routes_test.go", "\n// changed\n")
      try $0.append("services/web/src/App.test.ts", "\n// changed\n")
      try $0.append("libs/shared/README.md", "\nchanged\n")
    },
    "new and deleted files": {
      try $0.write("services/api/internal/handlers/health.go", "package handlers\n")
      try $0.remove("services/worker/jobs/cleanup.go")
      try $0.write("services/web/src/extra.ts", "export {}\n")
    },
    "a moved file and an ignore edit": {
      try $0.move("services/api/config/dev.yaml", to: "services/worker/dev.yaml")
      try $0.append("services/web/.dockerignore", "\n*.html\n")
    },
  ]

  @Test("each edit", arguments: edits.keys.sorted())
  func edit(_ name: String) throws {
    let builder = try RepositoryBuilder(
      at: try ScratchDirectory.url.appending(path: name), fixture: "platform")
    let first = try builder.commit("Before")
    try Self.edits[name]?(builder)
    let second = try builder.commit("After")
    let repository = try Repository(discoveringFrom: builder.path)
    let analysis = try ImpactAnalysis(
      comparison: try Comparison.compute(
        in: repository, options: ComparisonOptions(base: first, head: second, uncommitted: false),
        selector: BaseSelector(environment: [:])),
      in: repository)
    let before = try ImageSnapshot(repository: repository, revision: first, uncommitted: false)
    let after = try ImageSnapshot(repository: repository, revision: second, uncommitted: false)
    var compared = 0
    for image in after.catalog.images {
      guard let old = before.catalog.image(withID: image.id),
        analysis.definitions[image.id]?.uncertainReasons.isEmpty == true
      else {
        continue
      }
      let now = Set(after.inputs(of: image).content)
      let then = Set(before.inputs(of: old).content)
      let expected = Set(now.symmetricDifference(then).map(\.repositoryPath))
      #expect(Set(analysis.contentChanges[image.id] ?? []) == expected, "\(image.id)")
      compared += 1
    }
    #expect(compared >= 4)
  }
}
