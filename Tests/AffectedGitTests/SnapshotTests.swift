import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Snapshot", .scratchDirectory)
struct SnapshotTests {
  /// The fullstack fixture plus a symbolic link, an executable and awkward names, committed.
  private func buildRepository() throws -> (RepositoryBuilder, Repository) {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    try builder.write("docs/release notes ü.md", "# Notes\n")
    try builder.symlink("frontend/.dockerignore.shared", to: "../backend/.dockerignore")
    try builder.write("scripts/build.sh", "#!/bin/sh\necho build\n")
    try builder.setExecutable("scripts/build.sh")
    // Names around `/` in byte order, so folders do not simply sort first or last.
    for name in ["a-b", "a.b", "a/b", "a/c/d", "a0", "ab", "A"] {
      try builder.write("order/\(name)", "\(name)\n")
    }
    try builder.commit("Import fixture")
    return (builder, try Repository(discoveringFrom: builder.path))
  }

  private func headSnapshot(of repository: Repository) throws -> Snapshot {
    try repository.snapshot(of: repository.commit("HEAD"))
  }

  // MARK: - Listing

  @Test("Listing a commit gives git ls-tree's paths, modes and ids, in byte order")
  func listingMatchesGit() throws {
    let (builder, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    let expected = try GitListing.tree("HEAD", in: builder)

    #expect(snapshot.files(under: "") == expected.map(\.path))
    #expect(expected.map(\.path).isSorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    for listing in expected {
      #expect(
        snapshot.entry(at: listing.path) == Snapshot.Entry(mode: listing.mode, id: listing.id))
    }
    #expect(snapshot.problems.isEmpty)
  }

  @Test("Walking visits folders before their contents, as git ls-tree -r -t lists them")
  func walkMatchesGit() throws {
    let (builder, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    var visited: [GitListing] = []
    try snapshot.walk(under: "") { path, entry in
      visited.append(GitListing(path: path, mode: entry.mode, id: entry.id))
      return .proceed
    }
    #expect(visited == (try GitListing.tree("HEAD", in: builder, folders: true)))
  }

  @Test("Listing under a folder gives the paths below it, and nothing for other paths")
  func listingUnderFolder() throws {
    let (builder, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    let all = try GitListing.tree("HEAD", in: builder).map(\.path)

    #expect(snapshot.files(under: "backend") == all.filter { $0.hasPrefix("backend/") })
    #expect(snapshot.files(under: "backend/") == snapshot.files(under: "backend"))
    #expect(snapshot.files(under: "order/a") == ["order/a/b", "order/a/c/d"])
    #expect(snapshot.files(under: "compose.yml").isEmpty)
    #expect(snapshot.files(under: "back").isEmpty)
    #expect(snapshot.files(under: "no/such/folder").isEmpty)
  }

  @Test("Entries under a folder carry git's modes and ids, outside the folders refused")
  func entriesUnderFolder() throws {
    let (builder, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    let expected = try GitListing.tree("HEAD", in: builder)
      .filter { $0.path.hasPrefix("order/") && !$0.path.hasPrefix("order/a/c/") }
    let refusing = { (folder: String) in folder != "order/a/c" }

    let listed = snapshot.fileEntries(under: "order", entering: refusing) { path, entry in
      GitListing(path: path, mode: entry.mode, id: entry.id)
    }
    #expect(listed == expected)
    #expect(listed.contains { $0.path == "order/a/b" })
    let tuples = snapshot.fileEntries(under: "order", entering: refusing)
    let fromTuples = tuples.map { GitListing(path: $0.path, mode: $0.entry.mode, id: $0.entry.id) }
    #expect(fromTuples == listed)
  }

  @Test("Walking can leave out a folder's contents, and stop")
  func walkSkipsAndStops() throws {
    let (_, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    var visited: [String] = []
    try snapshot.walk(under: "") { path, _ in
      visited.append(path)
      return path == "backend" ? .skipFolder : .proceed
    }
    #expect(visited.contains("backend"))
    #expect(!visited.contains { $0.hasPrefix("backend/") })
    #expect(visited.contains("frontend/src/App.tsx"))

    var count = 0
    try snapshot.walk(under: "frontend") { _, _ in
      count += 1
      return count == 3 ? .stop : .proceed
    }
    #expect(count == 3)
  }

  // MARK: - Reading

  @Test("Reading gives a file's bytes, also for names with spaces and non-ASCII letters")
  func readsFiles() throws {
    let (builder, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    let onDisk = try Data(contentsOf: builder.url.appending(path: "compose.yml"))

    #expect(try snapshot.contents(of: "compose.yml") == Array(onDisk))
    #expect(try snapshot.contents(of: "docs/release notes ü.md") == Array("# Notes\n".utf8))
    #expect(snapshot.exists("docs/release notes ü.md"))
    #expect(snapshot.exists("docs"))
    #expect(snapshot.exists(""))
    #expect(!snapshot.exists("docs/release notes u.md"))
    #expect(!snapshot.exists("compose.yml/inside"))
  }

  @Test("A folder is an entry with its tree id, and reading it throws")
  func foldersAreEntries() throws {
    let (builder, repository) = try buildRepository()
    let commit = try repository.commit("HEAD")
    let snapshot = try repository.snapshot(of: commit)
    let backendTree = try #require(ObjectID(hex: try builder.git("rev-parse", "HEAD:backend")))

    #expect(snapshot.tree == commit.tree)
    #expect(snapshot.entry(at: "") == Snapshot.Entry(mode: .tree, id: commit.tree))
    #expect(snapshot.entry(at: "backend") == Snapshot.Entry(mode: .tree, id: backendTree))
    let error = try #require(throws: GitError.self) { try snapshot.contents(of: "backend") }
    #expect(error.code == .invalid)
    #expect(error.message.contains("'backend' is a folder"))
  }

  @Test("Reading a path that is not there throws, naming the path")
  func missingPath() throws {
    let (_, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    #expect(snapshot.entry(at: "no-such-file") == nil)
    let error = try #require(throws: GitError.self) { try snapshot.contents(of: "no-such-file") }
    #expect(error.code == .notFound)
    #expect(error.message.contains("'no-such-file'"))
    #expect(error.message.contains("commit "))
  }

  @Test("A symbolic link is an entry whose content is its target text")
  func symlinkIsLink() throws {
    let (_, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    #expect(snapshot.entry(at: "frontend/.dockerignore.shared")?.mode == .symlink)
    #expect(
      try snapshot.contents(of: "frontend/.dockerignore.shared")
        == Array("../backend/.dockerignore".utf8))
    #expect(snapshot.files(under: "frontend").contains("frontend/.dockerignore.shared"))
  }

  @Test("An executable file keeps its mode")
  func executableMode() throws {
    let (_, repository) = try buildRepository()
    let snapshot = try headSnapshot(of: repository)
    #expect(snapshot.entry(at: "scripts/build.sh")?.mode == .executable)
    #expect(snapshot.entry(at: "scripts")?.mode == .tree)
    #expect(snapshot.entry(at: "compose.yml")?.mode == .file)
  }

  @Test("A submodule is an entry holding its commit; reading it throws")
  func submoduleEntry() throws {
    let root = try ScratchDirectory.url
    let library = try RepositoryBuilder(at: root.appending(path: "library"))
    try library.write("lib.txt", "library\n")
    let libraryCommit = try #require(ObjectID(hex: try library.commit("Library")))
    let builder = try RepositoryBuilder(at: root.appending(path: "app"), fixture: "fullstack")
    try builder.git(
      "-c", "protocol.file.allow=always", "submodule", "--quiet", "add", library.path,
      "vendor/library")
    try builder.commit("Add the library")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try headSnapshot(of: repository)

    #expect(
      snapshot.entry(at: "vendor/library") == Snapshot.Entry(mode: .submodule, id: libraryCommit))
    #expect(snapshot.files(under: "vendor") == ["vendor/library"])
    #expect(snapshot.files(under: "vendor/library").isEmpty)
    #expect(snapshot.files(under: "").contains(".gitmodules"))
    #expect(!snapshot.exists("vendor/library/lib.txt"))
    let error = try #require(throws: GitError.self) { try snapshot.contents(of: "vendor/library") }
    #expect(error.message.contains("is a submodule (commit \(libraryCommit.abbreviated()))"))
  }

  @Test("A snapshot of an older tree reads that tree, not the newest one")
  func olderTree() throws {
    let (builder, repository) = try buildRepository()
    let first = try repository.commit("HEAD")
    try builder.write("compose.yml", "services: {}\n")
    try builder.remove("order")
    try builder.commit("Rewrite")

    let snapshot = try repository.snapshot(ofTree: first.tree)
    #expect(snapshot.description == "tree \(first.tree.abbreviated())")
    #expect(snapshot.exists("order/a/c/d"))
    #expect(try snapshot.contents(of: "compose.yml") != Array("services: {}\n".utf8))
    let newest = try headSnapshot(of: repository)
    #expect(!newest.exists("order"))
    #expect(try newest.contents(of: "compose.yml") == Array("services: {}\n".utf8))
  }

  // MARK: - Missing objects

  @Test("A folder whose tree is missing is reported, never silently left out")
  func missingTree() throws {
    let (builder, repository) = try buildRepository()
    let tree = try builder.git("rev-parse", "HEAD:backend/src")
    // `git commit` writes loose objects, and the builder turns automatic packing off.
    try builder.remove(".git/objects/\(tree.prefix(2))/\(tree.dropFirst(2))")
    let snapshot = try headSnapshot(of: repository)

    #expect(snapshot.exists("backend/src"))
    #expect(!snapshot.files(under: "backend").contains { $0.hasPrefix("backend/src/") })
    let problem = try #require(snapshot.problems.first)
    #expect(problem.message.contains("is not in this clone"))
    #expect(throws: GitError.self) { try snapshot.walk(under: "backend") { _, _ in .proceed } }
  }

  @Test("Reading a blob that a partial clone never fetched says why, and what to do")
  func partialClone() throws {
    let root = try ScratchDirectory.url
    let source = try RepositoryBuilder(at: root.appending(path: "source"), fixture: "fullstack")
    try source.commit("Import fixture")
    try source.git("config", "uploadpack.allowFilter", "true")
    let clone = root.appending(path: "clone").path(percentEncoded: false)
    try source.git(
      "clone", "--quiet", "--filter=blob:none", "--no-checkout", "file://\(source.path)", clone)

    let repository = try Repository(discoveringFrom: clone)
    let snapshot = try headSnapshot(of: repository)
    #expect(snapshot.entry(at: "compose.yml")?.mode == .file)
    let error = try #require(throws: GitError.self) { try snapshot.contents(of: "compose.yml") }
    #expect(error.code == .notFound)
    #expect(error.operation == "git_blob_lookup")
    #expect(error.message.contains("'compose.yml'"))
    #expect(error.message.contains("partial clone"))
    #expect(error.message.contains("git fetch --refetch --no-filter"))
  }
}

extension Array {
  /// Whether every element is in order with the next.
  fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
    zip(self, dropFirst()).allSatisfy { areInIncreasingOrder($0, $1) }
  }
}
