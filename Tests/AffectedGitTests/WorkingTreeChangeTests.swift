import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Changes in the working tree", .scratchDirectory)
struct WorkingTreeChangeTests {
  /// A committed tree with an ignore file, and one of each kind of uncommitted change on top.
  private func makeEditedRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write(".gitignore", "*.log\nbuild/\n")
    for name in ["staged", "unstaged", "both", "deleted", "removed", "reverted", "mode"] {
      try builder.write("\(name).txt", "\(name)\n")
    }
    try builder.write("tracked.log", "tracked despite the ignore rule\n")
    _ = try builder.gitOutput(["add", "--force", "tracked.log"])
    try builder.commit("Base")

    try builder.write("staged.txt", "staged edit\n")
    try builder.write("new-staged.txt", "new and staged\n")
    try builder.write("both.txt", "staged edit\n")
    _ = try builder.gitOutput(["add", "staged.txt", "new-staged.txt", "both.txt"])
    try builder.write("both.txt", "staged, then edited again\n")
    try builder.write("new-staged.txt", "new, staged, then edited again\n")
    try builder.write("unstaged.txt", "unstaged edit\n")
    try builder.remove("deleted.txt")
    _ = try builder.gitOutput(["rm", "--quiet", "removed.txt"])
    try builder.write("reverted.txt", "staged edit\n")
    _ = try builder.gitOutput(["add", "reverted.txt"])
    try builder.write("reverted.txt", "reverted\n")
    try builder.setExecutable("mode.txt")
    try builder.write("tracked.log", "edited\n")

    try builder.write("untracked.txt", "untracked\n")
    try builder.write("new folder/a.txt", "a\n")
    try builder.write("new folder/deep/b.txt", "b\n")
    try builder.write("new folder/c.log", "ignored\n")
    try builder.write("debug.log", "ignored\n")
    try builder.write("build/out.bin", "ignored\n")
    return builder
  }

  /// What git reports for the working tree compared with `revision`: tracked changes with their
  /// status letters, then untracked files that are not ignored, as additions.
  private func gitStatuses(
    from revision: String, in builder: RepositoryBuilder
  ) throws -> [String: Change.Status] {
    let tracked = try builder.gitFields(["diff", "--name-status", "-z", "--no-renames", revision])
    let letters: [String: Change.Status] = [
      "A": .added, "D": .deleted, "M": .modified, "T": .typechange,
    ]
    var statuses: [String: Change.Status] = [:]
    for index in stride(from: 0, to: tracked.count - 1, by: 2) {
      let status = try #require(letters[tracked[index]], "unexpected status \(tracked[index])")
      statuses[tracked[index + 1]] = status
    }
    for path in try builder.gitFields(["ls-files", "-z", "--others", "--exclude-standard"]) {
      statuses[path] = .added
    }
    return statuses
  }

  @Test("Staged, unstaged, untracked and deleted files count; ignored files do not")
  func everyKind() throws {
    let builder = try makeEditedRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let changes = try repository.changesInWorkingTree(from: repository.commit("HEAD").tree)

    let expected = try gitStatuses(from: "HEAD", in: builder)
    #expect(
      expected == [
        "staged.txt": .modified, "new-staged.txt": .added, "both.txt": .modified,
        "unstaged.txt": .modified, "deleted.txt": .deleted, "removed.txt": .deleted,
        "mode.txt": .modified, "tracked.log": .modified, "untracked.txt": .added,
        "new folder/a.txt": .added, "new folder/deep/b.txt": .added,
      ])
    #expect(changes.paths == expected.keys.sortedByBytes())
    let statuses = Dictionary(changes.changes.map { ($0.path, $0.status) }) { first, _ in first }
    #expect(statuses == expected)
    #expect(changes.changes.map(\.path) == changes.paths)
  }

  @Test("A file staged and then deleted from the working tree is not a change, as for git")
  func stagedThenDeleted() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("kept.txt", "kept\n")
    try builder.commit("Base")
    try builder.write("ghost.txt", "ghost\n")
    _ = try builder.gitOutput(["add", "ghost.txt"])
    try builder.remove("ghost.txt")
    let repository = try Repository(discoveringFrom: builder.path)

    #expect(try gitStatuses(from: "HEAD", in: builder).isEmpty)
    #expect(try repository.changesInWorkingTree(from: repository.commit("HEAD").tree).isEmpty)
  }

  /// An edit staged in the index and then changed again in the working tree.
  struct IndexEdit: Sendable, CustomTestStringConvertible {
    var name: String
    /// The status git reports for each path compared with `HEAD`.
    var expected: [String: Change.Status]
    var edit: @Sendable (RepositoryBuilder) throws -> Void
    var testDescription: String { name }

    static let all: [IndexEdit] = [
      IndexEdit(name: "content staged, then undone", expected: [:]) {
        try $0.write("file", "staged\n")
        _ = try $0.gitOutput(["add", "file"])
        try $0.write("file", "committed\n")
      },
      IndexEdit(name: "content staged, then edited again", expected: ["file": .modified]) {
        try $0.write("file", "staged\n")
        _ = try $0.gitOutput(["add", "file"])
        try $0.write("file", "edited again\n")
      },
      IndexEdit(name: "mode staged, then undone", expected: [:]) {
        _ = try $0.gitOutput(["update-index", "--chmod=+x", "file"])
      },
      IndexEdit(name: "symbolic link staged, then the file restored", expected: [:]) {
        try $0.remove("file")
        try $0.symlink("file", to: "other")
        _ = try $0.gitOutput(["add", "file"])
        try $0.remove("file")
        try $0.write("file", "committed\n")
      },
      IndexEdit(name: "symbolic link staged, then a new file", expected: ["file": .modified]) {
        try $0.remove("file")
        try $0.symlink("file", to: "other")
        _ = try $0.gitOutput(["add", "file"])
        try $0.remove("file")
        try $0.write("file", "a new file\n")
      },
      IndexEdit(name: "symbolic link staged, then retargeted", expected: ["file": .typechange]) {
        try $0.remove("file")
        try $0.symlink("file", to: "other")
        _ = try $0.gitOutput(["add", "file"])
        try $0.remove("file")
        try $0.symlink("file", to: "another")
      },
      IndexEdit(name: "symbolic link retargeted and staged, then restored", expected: [:]) {
        try $0.remove("link")
        try $0.symlink("link", to: "file")
        _ = try $0.gitOutput(["add", "link"])
        try $0.remove("link")
        try $0.symlink("link", to: "other")
      },
      IndexEdit(
        name: "symbolic link replaced by a staged file, then retargeted",
        expected: ["link": .modified]
      ) {
        try $0.remove("link")
        try $0.write("link", "a file\n")
        _ = try $0.gitOutput(["add", "link"])
        try $0.remove("link")
        try $0.symlink("link", to: "file")
      },
    ]
  }

  @Test(
    "An index edit changed again in the working tree counts as git counts it",
    arguments: IndexEdit.all)
  func indexEdit(edit: IndexEdit) throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("file", "committed\n")
    try builder.write("other", "other\n")
    try builder.symlink("link", to: "other")
    try builder.commit("Base")
    try edit.edit(builder)
    let repository = try Repository(discoveringFrom: builder.path)

    let expected = try gitStatuses(from: "HEAD", in: builder)
    #expect(expected == edit.expected)
    let changes = try repository.changesInWorkingTree(from: repository.commit("HEAD").tree)
    #expect(changes.paths == expected.keys.sortedByBytes())
    #expect(
      Dictionary(uniqueKeysWithValues: changes.changes.map { ($0.path, $0.status) }) == expected)
  }

  @Test("Compared with an older commit, committed and uncommitted changes both count")
  func fromOlderCommit() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("a.txt", "a\n")
    try builder.write("b.txt", "b\n")
    try builder.commit("Base")
    try builder.write("a.txt", "committed\n")
    try builder.write("c.txt", "c\n")
    try builder.commit("Later")
    try builder.write("a.txt", "a\n")
    try builder.write("b.txt", "uncommitted\n")
    try builder.write("d.txt", "untracked\n")
    let repository = try Repository(discoveringFrom: builder.path)

    let expected = try gitStatuses(from: "HEAD~1", in: builder)
    #expect(expected == ["b.txt": .modified, "c.txt": .added, "d.txt": .added])
    let changes = try repository.changesInWorkingTree(from: repository.commit("HEAD~1").tree)
    #expect(changes.paths == expected.keys.sortedByBytes())
    #expect(
      Dictionary(uniqueKeysWithValues: changes.changes.map { ($0.path, $0.status) }) == expected)
  }

  @Test("From the empty tree every file that is not ignored is added")
  func fromEmptyTree() throws {
    let builder = try makeEditedRepository()
    let repository = try Repository(discoveringFrom: builder.path)
    let expected = try builder.gitFields([
      "ls-files", "-z", "--cached", "--others", "--exclude-standard",
    ])
    .filter { FileManager.default.fileExists(atPath: builder.url.appending(path: $0).path) }

    let changes = try repository.changesInWorkingTree(from: nil)
    #expect(changes.paths == Set(expected).sortedByBytes())
    #expect(changes.changes.allSatisfy { $0.status == .added })
  }

  @Test("A clean working tree has no changes")
  func clean() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.commit("Import")
    try builder.write("ignored.log", "x\n")
    try builder.write(".git/info/exclude", "*.log\n")
    let repository = try Repository(discoveringFrom: builder.path)

    #expect(try gitStatuses(from: "HEAD", in: builder).isEmpty)
    #expect(try repository.changesInWorkingTree(from: repository.commit("HEAD").tree).isEmpty)
  }
}
