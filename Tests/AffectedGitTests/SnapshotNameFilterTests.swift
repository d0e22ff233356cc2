import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Snapshot listing by name", .scratchDirectory)
struct SnapshotNameFilterTests {
  /// The fullstack fixture plus files whose names are looked for in several folders, committed.
  private func buildRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    // Names around `/` in byte order, so folders do not simply sort first or last.
    for path in ["a-b/Dockerfile", "a.b/Dockerfile", "a/Dockerfile", "a/c/Dockerfile", "a0"] {
      try builder.write("order/\(path)", "\(path)\n")
    }
    try builder.symlink("links/Dockerfile", to: "../order/a/Dockerfile")
    try builder.write("Dockerfile", "FROM scratch\n")
    try builder.commit("Import fixture")
    return builder
  }

  private static let samples: [@Sendable (String) -> Bool] = [
    { $0 == "Dockerfile" }, { $0.hasSuffix(".yml") }, { _ in true }, { _ in false },
  ]

  @Test("Listing by name gives the accepted paths of files(under:), in the same order")
  func matchesFilteredListing() throws {
    let builder = try buildRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.snapshot(of: repository.commit("HEAD"))

    for accepts in Self.samples {
      for folder in ["", "order", "order/", "order/a", "compose.yml", "no/such/folder"] {
        let expected = snapshot.files(under: folder).filter {
          accepts(String($0.split(separator: "/").last ?? ""))
        }
        #expect(snapshot.files(under: folder, named: accepts) == expected)
      }
    }
    #expect(snapshot.files(under: "") { $0 == "Dockerfile" }.contains("links/Dockerfile"))
    #expect(snapshot.problems.isEmpty)
  }

  @Test("Listing the working tree by name sees untracked files and leaves out deleted ones")
  func workingTree() throws {
    let builder = try buildRepository()
    try builder.write("order/new/Dockerfile", "FROM scratch\n")
    try builder.remove("order/a/Dockerfile")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.workingTreeSnapshot()

    let dockerfiles = snapshot.files(under: "") { $0 == "Dockerfile" }
    let all = snapshot.files(under: "")
    #expect(dockerfiles == all.filter { $0 == "Dockerfile" || $0.hasSuffix("/Dockerfile") })
    #expect(dockerfiles.contains("order/new/Dockerfile"))
    #expect(!dockerfiles.contains("order/a/Dockerfile"))
  }

  @Test("A folder whose tree is missing is reported, and the listing says what it reached")
  func missingTree() throws {
    let builder = try buildRepository()
    let tree = try builder.git("rev-parse", "HEAD:order/a")
    // `git commit` writes loose objects, and the builder turns automatic packing off.
    try builder.remove(".git/objects/\(tree.prefix(2))/\(tree.dropFirst(2))")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.snapshot(of: repository.commit("HEAD"))

    let listed = snapshot.files(under: "order") { _ in true }
    #expect(!listed.contains { $0.hasPrefix("order/a/") })
    let problem = try #require(snapshot.problems.first)
    #expect(problem.message.contains("is not in this clone"))
  }
}
