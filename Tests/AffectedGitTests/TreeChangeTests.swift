import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Changes between trees", .scratchDirectory)
struct TreeChangeTests {
  @Test("A tree diff matches git diff --raw --no-renames", arguments: Edit.all)
  func edit(edit: Edit) throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try edit.before(builder)
    let first = try builder.commit("Before")
    try edit.after(builder)
    let second = try builder.commit("After")
    let repository = try Repository(discoveringFrom: builder.path)
    let old = try repository.commit(id: builder.objectID(first)).tree
    let new = try repository.commit(id: builder.objectID(second)).tree

    let expected = try builder.rawChanges([first, second])
    #expect(expected.map(\.status) == edit.statuses)
    let changes = try repository.changes(from: old, to: new)
    #expect(changes.changes == expected)
    #expect(changes.paths == expected.map(\.path).sortedByBytes())
    #expect(!changes.changes.contains { $0.status == .renamed })

    let reverse = try repository.changes(from: new, to: old)
    #expect(reverse.changes == (try builder.rawChanges([second, first])))
  }

  @Test("Mode changes carry the modes git records")
  func modes() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("run.sh", "#!/bin/sh\n")
    try builder.write("config", "file\n")
    let first = try builder.commit("Before")
    try builder.setExecutable("run.sh")
    try builder.remove("config")
    try builder.symlink("config", to: "run.sh")
    let second = try builder.commit("After")
    let repository = try Repository(discoveringFrom: builder.path)

    let changes = try repository.changes(
      from: builder.objectID(first + "^{tree}"), to: builder.objectID(second + "^{tree}"))
    let modes = changes.changes.map { change in
      "\(change.path) \(change.oldMode?.description ?? "-") \(change.newMode?.description ?? "-")"
    }
    #expect(modes == ["config 100644 120000", "run.sh 100644 100755"])
    #expect(try builder.gitOutput(["diff", "--raw", first, second]).hasPrefix(":100644 120000 "))
    #expect(changes.changes.map(\.status) == [.typechange, .modified])
    let modeOnly = try #require(changes.changes.last)
    #expect(modeOnly.oldID == modeOnly.newID)
    #expect(modeOnly.oldMode == .file)
    #expect(modeOnly.newMode == .executable)
  }

  @Test("From the empty tree every file is added with the id and mode git stores")
  func fromEmptyTree() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.symlink("links/compose.yml", to: "../compose.yml")
    try builder.write("bin/tool", "#!/bin/sh\n")
    try builder.setExecutable("bin/tool")
    try builder.commit("Import")
    let repository = try Repository(discoveringFrom: builder.path)

    let changes = try repository.changes(from: nil, to: repository.commit("HEAD").tree)
    let listing = try builder.gitFields(["ls-tree", "-r", "-z", "HEAD"]).map { entry in
      // "<mode> blob <id>\t<path>"
      let parts = entry.split(separator: "\t", maxSplits: 1).map(String.init)
      let meta = parts[0].split(separator: " ").map(String.init)
      return "\(meta[0]) \(meta[2]) \(parts[1])"
    }
    let described = changes.changes.map { change in
      "\(change.newMode?.description ?? "-") \(change.newID?.description ?? "-") \(change.path)"
    }
    #expect(described == listing)
    #expect(
      changes.changes.allSatisfy { $0.status == .added && $0.oldID == nil && $0.oldPath == nil })
    #expect(changes.paths == (try builder.gitFields(["ls-files", "-z"])).sortedByBytes())
  }

  @Test("A tree compared with itself has no changes")
  func sameTree() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.commit("Import")
    try builder.commit("Empty commit")
    let repository = try Repository(discoveringFrom: builder.path)

    let changes = try repository.changes(
      from: repository.commit("HEAD~1").tree, to: repository.commit("HEAD").tree)
    #expect(try builder.changedPaths(["HEAD~1", "HEAD"]).isEmpty)
    #expect(changes.isEmpty)
    #expect(changes.paths.isEmpty)
  }

  @Test("A tree that is not in the repository is not found, with advice")
  func missingTree() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.commit("Empty")
    let repository = try Repository(discoveringFrom: builder.path)
    let missing = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))

    let error = #expect(throws: GitError.self) {
      try repository.changes(from: missing, to: repository.commit("HEAD").tree)
    }
    #expect(error?.code == .notFound)
    #expect(error?.message.hasPrefix("tree \(missing) is not in this clone; fetch") == true)
  }
}

extension TreeChangeTests {
  /// One kind of edit between two commits, and the statuses git reports for it.
  struct Edit: Sendable, CustomTestStringConvertible {
    /// What the edit does.
    var name: String
    /// The statuses of the changes, in path order, as `git diff --raw --no-renames` reports them.
    var statuses: [Change.Status]
    /// Prepares the working tree of the first commit.
    var before: @Sendable (RepositoryBuilder) throws -> Void
    /// Edits it into the working tree of the second commit.
    var after: @Sendable (RepositoryBuilder) throws -> Void

    var testDescription: String { name }

    /// Every edit the tree-diff test runs.
    static let all: [Edit] = [
      Edit(name: "file added", statuses: [.added]) {
        try $0.write("a.txt", "a\n")
      } after: {
        try $0.write("b.txt", "b\n")
      },
      Edit(name: "empty file added", statuses: [.added]) {
        try $0.write("a.txt", "a\n")
      } after: {
        try $0.write("empty", "")
      },
      Edit(name: "file deleted", statuses: [.deleted]) {
        try $0.write("a.txt", "a\n")
        try $0.write("b.txt", "b\n")
      } after: {
        try $0.remove("b.txt")
      },
      Edit(name: "folder deleted", statuses: [.deleted, .deleted, .deleted]) {
        try $0.write("keep.txt", "keep\n")
        try $0.write("gone/a.txt", "a\n")
        try $0.write("gone/b.txt", "b\n")
        try $0.write("gone/deep/c.txt", "c\n")
      } after: {
        try $0.remove("gone")
      },
      Edit(name: "content modified", statuses: [.modified]) {
        try $0.write("src/app.py", "print(1)\n")
      } after: {
        try $0.write("src/app.py", "print(2)\n")
      },
      Edit(name: "mode 100644 to 100755", statuses: [.modified]) {
        try $0.write("run.sh", "#!/bin/sh\n")
      } after: {
        try $0.setExecutable("run.sh")
      },
      Edit(name: "mode 100755 to 100644 with new content", statuses: [.modified]) {
        try $0.write("run.sh", "#!/bin/sh\n")
        try $0.setExecutable("run.sh")
      } after: {
        try $0.write("run.sh", "#!/bin/sh\nexit 0\n")
        try $0.setExecutable("run.sh", false)
      },
      Edit(name: "symbolic link added", statuses: [.added]) {
        try $0.write("shared/ignore", "node_modules\n")
      } after: {
        try $0.symlink("app/.dockerignore", to: "../shared/ignore")
      },
      Edit(name: "symbolic link retargeted", statuses: [.modified]) {
        try $0.write("one", "1\n")
        try $0.write("two", "2\n")
        try $0.symlink("link", to: "one")
      } after: {
        try $0.remove("link")
        try $0.symlink("link", to: "two")
      },
      Edit(name: "file becomes a symbolic link", statuses: [.typechange]) {
        try $0.write("config", "real\n")
        try $0.write("other", "other\n")
      } after: {
        try $0.remove("config")
        try $0.symlink("config", to: "other")
      },
      Edit(name: "symbolic link becomes a file", statuses: [.typechange]) {
        try $0.write("other", "other\n")
        try $0.symlink("config", to: "other")
      } after: {
        try $0.remove("config")
        try $0.write("config", "real\n")
      },
      Edit(name: "path with spaces and non-ASCII characters", statuses: [.modified, .added]) {
        try $0.write("dir with space/caf\u{E9} na\u{EF}ve.txt", "1\n")
      } after: {
        try $0.write("dir with space/caf\u{E9} na\u{EF}ve.txt", "2\n")
        try $0.write("\u{65E5}\u{672C}/\u{1F433} whale.md", "new\n")
      },
      Edit(name: "case-only rename", statuses: [.added, .deleted]) {
        try $0.write("Readme.md", "# Title\n")
      } after: {
        try $0.move("Readme.md", to: "README.md")
      },
      Edit(name: "file moved to another folder", statuses: [.added, .deleted]) {
        try $0.write("old/name.txt", "same content\n")
      } after: {
        try $0.move("old/name.txt", to: "new/name.txt")
      },
      Edit(name: "file replaced by a folder of the same name", statuses: [.deleted, .added]) {
        try $0.write("config", "file\n")
      } after: {
        try $0.remove("config")
        try $0.write("config/settings.yml", "folder\n")
      },
      Edit(name: "folder replaced by a file of the same name", statuses: [.added, .deleted]) {
        try $0.write("config/settings.yml", "folder\n")
      } after: {
        try $0.remove("config")
        try $0.write("config", "file\n")
      },
      // Git sorts a folder's name as if it ended in "/", between "a.txt" and "a0".
      Edit(
        name: "file becomes a folder among names that sort around the slash",
        statuses: [.deleted, .modified, .modified, .added, .modified]
      ) {
        for path in ["a", "a-b", "a.txt", "a0/x"] { try $0.write(path, "before\n") }
      } after: {
        try $0.remove("a")
        for path in ["a/x", "a-b", "a.txt", "a0/x"] { try $0.write(path, "after\n") }
      },
    ]
  }
}
