import AffectedTestSupport
import Foundation
import Testing

@testable import AffectedGit

@Suite("Trees read ahead and shared between handles", .scratchDirectory)
struct TreeStoreTests {
  /// The fullstack fixture with nested folders whose names sort around `/`, committed.
  private func buildRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    for path in ["a-b/x", "a.b/y", "a/b/c/d/e", "a/b/c/f", "a0", "z/z/z/z"] {
      try builder.write("deep/\(path)", "\(path)\n")
    }
    try builder.setExecutable("deep/a0")
    try builder.symlink("deep/link", to: "a/b/c/f")
    try builder.commit("Import fixture")
    return builder
  }

  @Test("Reading ahead reads every tree of the commit into the shared listings")
  func readsEveryTree() throws {
    let builder = try buildRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let root = try repository.commit("HEAD").tree
    try repository.readTrees(below: root)

    let trees = try builder.git("ls-tree", "-r", "-d", "--format=%(objectname)", "HEAD")
      .split(separator: "\n").compactMap { ObjectID(hex: String($0)) }
    #expect(trees.count > 8)
    for tree in trees + [root] {
      #expect(repository.trees.listing(of: tree) != nil, "tree \(tree) was not read")
    }
  }

  @Test("A handle opened from a location walks the trees another read, with the same entries")
  func sharedListingsMatchFreshOnes() throws {
    let builder = try buildRepository()
    let reader = try Repository(discoveringFrom: builder.path)
    let root = try reader.commit("HEAD").tree
    try reader.readTrees(below: root)
    // Trees another handle read are not read again: removing their objects does not matter.
    let shared = try reader.location.open()
    let fresh = try Repository(discoveringFrom: builder.path)

    let sharedSnapshot = try shared.snapshot(ofTree: root)
    let freshSnapshot = try fresh.snapshot(ofTree: root)
    let listed = sharedSnapshot.fileEntries(under: "")
    #expect(listed.map(\.path) == freshSnapshot.fileEntries(under: "").map(\.path))
    #expect(listed.map(\.entry) == freshSnapshot.fileEntries(under: "").map(\.entry))
    #expect(sharedSnapshot.entry(at: "deep/a0")?.mode == .executable)
    #expect(sharedSnapshot.entry(at: "deep/link")?.mode == .symlink)
    #expect(sharedSnapshot.entry(at: "deep/a/b")?.mode == .tree)
  }

  @Test("Trees read by one handle are not read again by the handles opened from its location")
  func sharedHandlesDoNotReadAgain() throws {
    let builder = try buildRepository()
    let tree = try builder.git("rev-parse", "HEAD:deep/a/b")
    let reader = try Repository(discoveringFrom: builder.path)
    try reader.readTrees(below: reader.commit("HEAD").tree)
    // `git commit` writes loose objects, and the builder turns automatic packing off.
    try builder.remove(".git/objects/\(tree.prefix(2))/\(tree.dropFirst(2))")

    let shared = try reader.location.open().snapshot(of: reader.commit("HEAD"))
    #expect(shared.files(under: "deep/a").contains("deep/a/b/c/f"))
    #expect(shared.problems.isEmpty)
    let fresh = try Repository(discoveringFrom: builder.path).snapshot(of: reader.commit("HEAD"))
    #expect(!fresh.files(under: "deep/a").contains("deep/a/b/c/f"))
    #expect(!fresh.problems.isEmpty)
  }
}
