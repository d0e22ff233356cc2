import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Snapshot lookups by path", .scratchDirectory)
struct SnapshotLookupTests {
  /// A few folders with names around `/` in byte order, a link, a file with a non-ASCII name and
  /// a file that paths try to go through, committed.
  private func buildRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    let paths = [
      "a-b/x", "a.b/x", "a/x", "a/c/x", "a/c/y z", "a0", "ab/ü", "deep/1/2/3/4/file",
      // The same name with a composed and a decomposed `é`, equal as strings; an accent after `/`.
      "caf\u{E9}/x", "cafe\u{301}/y", "\u{301}m/x",
    ]
    for path in paths {
      try builder.write("order/\(path)", "\(path)\n")
    }
    try builder.symlink("order/link", to: "a/c/x")
    try builder.commit("Import fixture")
    return builder
  }

  /// Every way of writing the paths of the fixture's `order` folder, and paths that name nothing.
  private static let spellings: [String] = {
    let paths = [
      "", "order", "order/a", "order/a/x", "order/a/c", "order/a/c/x", "order/a/c/y z", "order/a-b",
      "order/a-b/x", "order/a.b/x", "order/a0", "order/ab/ü", "order/link",
      "order/deep/1/2/3/4/file", "order/deep/1/2", "order/caf\u{E9}", "order/caf\u{E9}/x",
      "order/cafe\u{301}", "order/cafe\u{301}/y", "order/\u{301}m", "order/\u{301}m/x",
    ]
    let nothing = [
      "order/a/x/inside", "order/a0/inside", "order/missing", "order/missing/x", "order/a/c/z",
      "order/a.", "order/a/", "missing", "order/ab/u", "order/caf\u{E9}/y", "order/cafe\u{301}/x",
      "order/\u{301}m/y",
    ]
    let odd = (paths + nothing).flatMap { path in
      [path + "/", "/" + path, path.replacingOccurrences(of: "/", with: "//"), path + "//"]
    }
    return paths + nothing + odd + ["/", "//", "///"]
  }()

  /// `path` without empty components, as `git ls-tree` would name it.
  private static func normal(_ path: String) -> String {
    path.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
      .joined(separator: "/")
  }

  /// What `git ls-tree` says is at each path of the tree `HEAD`, folders included; the root is a
  /// folder with the tree's id.
  /// (Keyed by bytes: strings compare by characters, and `é` can be written two ways.)
  private func gitEntries(of builder: RepositoryBuilder) throws -> [[UInt8]: Snapshot.Entry] {
    var entries: [[UInt8]: Snapshot.Entry] = [:]
    for listing in try GitListing.tree("HEAD", in: builder, folders: true) {
      entries[Array(listing.path.utf8)] = Snapshot.Entry(mode: listing.mode, id: listing.id)
    }
    entries[[]] = Snapshot.Entry(
      mode: .tree, id: try #require(ObjectID(hex: try builder.git("rev-parse", "HEAD^{tree}"))))
    return entries
  }

  @Test("Any spelling of a path finds git's entry, in any order of lookups")
  func lookupsMatchGit() throws {
    let builder = try buildRepository()
    let expected = try gitEntries(of: builder)
    let repository = try Repository(discoveringFrom: builder.path)

    // In order, reversed, and deepest first: a folder is kept by the lookups below it.
    let orders = [
      Self.spellings, Self.spellings.reversed(), Self.spellings.sorted { $0.count > $1.count },
    ]
    for spellings in orders {
      let snapshot = try repository.snapshot(of: repository.commit("HEAD"))
      for path in spellings {
        let entry = snapshot.entry(at: path)
        #expect(entry == expected[Array(Self.normal(path).utf8)], "\(path)")
        #expect(snapshot.exists(path) == (entry != nil), "\(path)")
      }
      #expect(snapshot.problems.isEmpty)
    }
    #expect(expected[Array("order/a/c/y z".utf8)] != nil)
    #expect(expected[Array("order/cafe\u{301}/y".utf8)] != nil)
    #expect(expected[Array("order/caf\u{E9}/y".utf8)] == nil)
  }

  @Test("Reading a file by an odd spelling of its path reads it; a folder on the way is not read")
  func readsThroughOddSpellings() throws {
    let builder = try buildRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.snapshot(of: repository.commit("HEAD"))

    #expect(try snapshot.contents(of: "//order//a/c/x/") == Array("a/c/x\n".utf8))
    #expect(try snapshot.contents(of: "order/link") == Array("a/c/x".utf8))
    #expect(throws: GitError.self) { try snapshot.contents(of: "order/a/x/inside") }
    #expect(throws: GitError.self) { try snapshot.contents(of: "order/a/") }
  }

  @Test("The working tree's entries are found the same way, untracked files included")
  func workingTree() throws {
    let builder = try buildRepository()
    try builder.write("order/a/c/new", "new\n")
    try builder.remove("order/a/x")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.workingTreeSnapshot()

    #expect(snapshot.entry(at: "order/a/c/new")?.mode == .file)
    #expect(snapshot.entry(at: "order//a/c/new/")?.mode == .file)
    #expect(snapshot.entry(at: "order/a/c")?.mode == .tree)
    #expect(snapshot.entry(at: "order/a/x") == nil)
    #expect(snapshot.entry(at: "order/a/c/new/inside") == nil)
    #expect(try snapshot.contents(of: "/order/a/c/new") == Array("new\n".utf8))
  }

  @Test("A missing tree is reported at every lookup below it; its folder's entry is still found")
  func missingTree() throws {
    let builder = try buildRepository()
    let tree = try builder.git("rev-parse", "HEAD:order/a/c")
    // `git commit` writes loose objects, and the builder turns automatic packing off.
    try builder.remove(".git/objects/\(tree.prefix(2))/\(tree.dropFirst(2))")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.snapshot(of: repository.commit("HEAD"))

    #expect(snapshot.entry(at: "order/a/c")?.mode == .tree)
    #expect(snapshot.entry(at: "order/a/c/x") == nil)
    #expect(snapshot.problems.count == 1)
    #expect(snapshot.entry(at: "order/a/c/x") == nil)
    #expect(snapshot.problems.count == 2)
    #expect(snapshot.entry(at: "order/a/x")?.mode == .file)
    #expect(snapshot.problems.count == 2)
    let problem = try #require(snapshot.problems.first)
    #expect(problem.message.contains("is not in this clone"))
  }
}
