import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Working-tree snapshot", .scratchDirectory)
struct WorkingTreeSnapshotTests {
  /// The fullstack fixture, committed, with a symbolic link and a path with a space and an `ü`.
  private func buildRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    try builder.write("docs/release notes ü.md", "# Notes\n")
    try builder.symlink("frontend/.dockerignore.shared", to: "../backend/.dockerignore")
    // Names around `/` in byte order, so folders do not simply sort first or last.
    for name in ["a-b", "a/b", "a/c/d", "a0"] {
      try builder.write("order/\(name)", "\(name)\n")
    }
    try builder.commit("Import fixture")
    return builder
  }

  /// Every kind of working-tree change at once.
  private func changeEverything(in builder: RepositoryBuilder) throws {
    try builder.write("backend/src/main.py", "print('unstaged')\n")
    try builder.write("frontend/src/api.ts", "export const api = 'staged'\n")
    try builder.git("add", "frontend/src/api.ts")
    try builder.write("frontend/src/App.tsx", "staged\n")
    try builder.git("add", "frontend/src/App.tsx")
    try builder.write("frontend/src/App.tsx", "staged, then changed again\n")
    try builder.write("notes/new file ü.txt", "untracked\n")
    for name in ["a.b", "a/a", "a/c/c", "a/c/e/f", "a+", "A"] {
      try builder.write("order/\(name)", "untracked \(name)\n")
    }
    try builder.symlink("links/compose", to: "../compose.yml")
    try builder.write("frontend/node_modules/left-pad/index.js", "ignored\n")
    try builder.write(".env.local", "IGNORED=1\n")
    try builder.remove("backend/README.md")
    try builder.remove("infra/nginx")
    try builder.setExecutable("backend/alembic.ini")
    try builder.remove("docs/release notes ü.md")
    try builder.symlink("docs/release notes ü.md", to: "../README.md")
  }

  @Test("Lists what git add --all would record: paths, modes and ids")
  func matchesGitAddAll() throws {
    let builder = try buildRepository()
    try changeEverything(in: builder)
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()
    let files = snapshot.files(under: "")
    let listed = files.map { path in
      snapshot.entry(at: path).map { GitListing(path: path, mode: $0.mode, id: $0.id) }
    }

    try builder.git("add", "--all")
    let expected = try GitListing.index(of: builder)
    #expect(files == expected.map(\.path))
    #expect(listed == expected.map(Optional.some))
    #expect(snapshot.problems.isEmpty)
    #expect(snapshot.tree == nil)
    #expect(snapshot.description == "the working tree")
  }

  @Test("Reads changed, staged, untracked and linked files from disk")
  func readsFromDisk() throws {
    let builder = try buildRepository()
    try changeEverything(in: builder)
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()

    #expect(try snapshot.contents(of: "backend/src/main.py") == Array("print('unstaged')\n".utf8))
    #expect(
      try snapshot.contents(of: "frontend/src/App.tsx")
        == Array("staged, then changed again\n".utf8))
    #expect(try snapshot.contents(of: "notes/new file ü.txt") == Array("untracked\n".utf8))
    #expect(try snapshot.contents(of: "links/compose") == Array("../compose.yml".utf8))
    #expect(snapshot.entry(at: "docs/release notes ü.md")?.mode == .symlink)
    #expect(
      try snapshot.contents(of: "frontend/.dockerignore.shared")
        == Array("../backend/.dockerignore".utf8))
    #expect(snapshot.entry(at: "backend/alembic.ini")?.mode == .executable)
  }

  @Test("Leaves out ignored files, deleted files, emptied folders and .git")
  func leavesOut() throws {
    let builder = try buildRepository()
    try changeEverything(in: builder)
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()

    for path in [".env.local", "frontend/node_modules", "backend/README.md", "infra/nginx", ".git"]
    {
      #expect(!snapshot.exists(path), "\(path)")
    }
    #expect(
      snapshot.files(under: "infra")
        == (try GitListing.tree("HEAD", in: builder)).map(\.path)
        .filter { $0.hasPrefix("infra/") && !$0.hasPrefix("infra/nginx/") })
    let error = try #require(throws: GitError.self) {
      try snapshot.contents(of: "backend/README.md")
    }
    #expect(error.code == .notFound)
    #expect(error.message.contains("the working tree"))
  }

  @Test("A clean working tree lists what HEAD holds, folders included, with ids from the index")
  func cleanMatchesHead() throws {
    let builder = try buildRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try repository.workingTreeSnapshot()
    let head = try repository.snapshot(of: repository.commit("HEAD"))

    var visited: [GitListing] = []
    try snapshot.walk(under: "") { path, entry in
      visited.append(GitListing(path: path, mode: entry.mode, id: entry.id))
      return .proceed
    }
    let expected = try GitListing.tree("HEAD", in: builder, folders: true).map { listing in
      listing.mode == .tree ? GitListing(path: listing.path, mode: .tree, id: .zero) : listing
    }
    #expect(visited == expected)
    #expect(snapshot.files(under: "backend") == head.files(under: "backend"))
    #expect(snapshot.entry(at: "backend") == Snapshot.Entry(mode: .tree, id: .zero))
  }

  @Test("A file a sparse checkout leaves out is kept as the index has it, read from its blob")
  func skipWorktree() throws {
    let builder = try buildRepository()
    try builder.git("update-index", "--skip-worktree", "backend/uv.lock")
    let committed = try Data(contentsOf: builder.url.appending(path: "backend/uv.lock"))
    try builder.remove("backend/uv.lock")
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()

    let expected = try #require(
      try GitListing.tree("HEAD", in: builder).first { $0.path == "backend/uv.lock" })
    #expect(snapshot.entry(at: "backend/uv.lock") == Snapshot.Entry(mode: .file, id: expected.id))
    #expect(try snapshot.contents(of: "backend/uv.lock") == Array(committed))
  }

  @Test("A file that cannot be read is reported, with a zero id")
  func unreadableFile() throws {
    let builder = try buildRepository()
    try builder.write("backend/src/config.py", "changed\n")
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()
    try builder.remove("backend/src/config.py")

    #expect(snapshot.entry(at: "backend/src/config.py") == Snapshot.Entry(mode: .file, id: .zero))
    let problem = try #require(snapshot.problems.first)
    #expect(problem.message.contains("cannot hash 'backend/src/config.py'"))
  }

  @Test("A submodule holds the commit checked out in it; edits inside it do not count")
  func submodule() throws {
    let root = try ScratchDirectory.url
    let library = try RepositoryBuilder(at: root.appending(path: "library"))
    try library.write("lib.txt", "library\n")
    let recorded = try #require(ObjectID(hex: try library.commit("Library")))
    let builder = try RepositoryBuilder(at: root.appending(path: "app"), fixture: "fullstack")
    try builder.git(
      "-c", "protocol.file.allow=always", "submodule", "--quiet", "add", library.path,
      "vendor/library")
    try builder.commit("Add the library")
    let repository = try Repository(discoveringFrom: builder.path)

    try builder.write("vendor/library/lib.txt", "edited inside the submodule\n")
    let edited = try repository.workingTreeSnapshot()
    #expect(edited.entry(at: "vendor/library") == Snapshot.Entry(mode: .submodule, id: recorded))
    #expect(throws: GitError.self) { try edited.contents(of: "vendor/library") }

    try builder.git("-C", "vendor/library", "commit", "--quiet", "--all", "--message", "Move")
    let moved = try #require(
      ObjectID(hex: try builder.git("-C", "vendor/library", "rev-parse", "HEAD")))
    let snapshot = try repository.workingTreeSnapshot()
    #expect(moved != recorded)
    #expect(snapshot.entry(at: "vendor/library") == Snapshot.Entry(mode: .submodule, id: moved))
    #expect(snapshot.problems.isEmpty)
  }

  @Test("A conflicted file is listed once, with what is on disk")
  func conflict() throws {
    let builder = try buildRepository()
    try builder.branch("topic")
    try builder.write("compose.yml", "name: main\n")
    try builder.commit("Main side")
    try builder.checkout("topic")
    try builder.write("compose.yml", "name: topic\n")
    try builder.commit("Topic side")
    try builder.checkout("main")
    #expect(throws: TestSupportError.self) { try builder.merge("topic") }
    let snapshot = try Repository(discoveringFrom: builder.path).workingTreeSnapshot()

    #expect(snapshot.files(under: "").filter { $0 == "compose.yml" }.count == 1)
    let onDisk = try builder.git("hash-object", "compose.yml")
    #expect(snapshot.entry(at: "compose.yml")?.id.description == onDisk)
    #expect(
      String(decoding: try snapshot.contents(of: "compose.yml"), as: UTF8.self).contains("<<<<<<<"))
  }

  @Test("A bare repository has no working tree")
  func bareRepository() throws {
    let builder = try buildRepository()
    let bare = try ScratchDirectory.url.appending(path: "bare.git").path(percentEncoded: false)
    try builder.git("clone", "--quiet", "--bare", builder.path, bare)
    let error = try #require(throws: GitError.self) {
      try Repository(discoveringFrom: bare).workingTreeSnapshot()
    }
    #expect(error.message.contains("bare repository"))
  }
}
