import AffectedGit
import AffectedModel
import AffectedTestSupport
import Testing

@testable import AffectedPlanner

/// The start side's discovery takes its files from head's and the changes between: they must be
/// exactly the files a listing of the start side finds, whatever the change did to them.
@Suite("Discovery's files at the start side, from head's", .scratchDirectory)
struct StartDeclaringFilesTests {
  private static let before: [String: String] = [
    "compose.yml": "services: {}\n", "api/Dockerfile": "FROM alpine\n",
    "api/main.go": "package main\n", "gone/Dockerfile": "FROM alpine\n",
    "moved/Dockerfile.dev": "FROM alpine\n", "kind/Dockerfile": "FROM alpine\n",
    "folder": "was a file\n", "vendor/Dockerfile": "FROM alpine\n",
    "ops/skaffold.yaml": "apiVersion: skaffold/v4beta6\n",
  ]

  /// Edits every way a file can change between the sides, then compares.
  @Test(
    "Files added, deleted, moved, changed in kind, replaced by a folder, excluded",
    arguments: [[], ["vendor"], ["*.yml"]])
  func matchesListing(exclude: [String]) throws {
    let scenario = try ImpactScenario(files: Self.before)
    try scenario.builder.write("new/Dockerfile", "FROM alpine\n")
    try scenario.builder.write("new/compose.yaml", "services: {}\n")
    try scenario.builder.remove("gone/Dockerfile")
    try scenario.builder.move("moved/Dockerfile.dev", to: "elsewhere/Dockerfile.dev")
    try scenario.builder.remove("kind/Dockerfile")
    try scenario.builder.symlink("kind/Dockerfile", to: "../api/Dockerfile")
    try scenario.builder.remove("folder")
    try scenario.builder.write("folder/Dockerfile", "FROM alpine\n")
    try scenario.builder.write("api/Dockerfile", "FROM debian\n")
    try scenario.builder.write("vendor/x/Dockerfile", "FROM alpine\n")
    try scenario.builder.remove("ops/skaffold.yaml")
    _ = try scenario.builder.commit("After")

    let repository = try Repository(discoveringFrom: scenario.builder.path)
    let comparison = try Comparison.compute(
      in: repository,
      options: ComparisonOptions(base: scenario.first, head: "HEAD", uncommitted: false),
      selector: BaseSelector(environment: [:]))
    let scope = DiscoveryScope(exclude: try GlobSet(patterns: exclude))
    let head = ImageCatalog.declaringFiles(
      in: try comparison.headSource(in: repository), scope: scope)
    let start = try #require(try comparison.startSource(in: repository))

    let derived = ImpactAnalysis.startDeclaringFiles(
      head: head, changes: comparison.changes, scope: scope)
    #expect(derived == ImageCatalog.declaringFiles(in: start, scope: scope))
    #expect(derived.contains("gone/Dockerfile"))
    #expect(!derived.contains("new/Dockerfile"))
  }
}
