import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Submodule changes", .scratchDirectory)
struct SubmoduleChangeTests {
  /// An app repository with a submodule at `vendor/lib`, and the commits of the library.
  private struct Setup {
    var app: RepositoryBuilder
    /// The library's two commits, oldest first.
    var library: [String]
    /// The app's commits: without the submodule, adding it at `library[1]`, moving it to `library[0]`.
    var commits: [String]
    var submodule: URL { app.url.appending(path: "vendor/lib") }
  }

  private func makeSetup() throws -> Setup {
    let root = try ScratchDirectory.url
    let library = try RepositoryBuilder(at: root.appending(path: "lib"))
    try library.write("lib.txt", "1\n")
    let first = try library.commit("Library 1")
    try library.write("lib.txt", "2\n")
    let second = try library.commit("Library 2")

    let app = try RepositoryBuilder(at: root.appending(path: "app"))
    try app.write("app.txt", "app\n")
    let plain = try app.commit("App")
    _ = try app.gitOutput([
      "-c", "protocol.file.allow=always", "submodule", "add", "--quiet", library.path, "vendor/lib",
    ])
    let added = try app.commit("Add the library")
    var setup = Setup(app: app, library: [first, second], commits: [plain, added])
    _ = try app.gitOutput(["checkout", "--quiet", first], in: setup.submodule)
    setup.commits.append(try app.commit("Pin the older library"))
    return setup
  }

  @Test("Adding a submodule adds a commit entry and .gitmodules")
  func added() throws {
    let setup = try makeSetup()
    let repository = try Repository(discoveringFrom: setup.app.path)
    let changes = try repository.changes(
      from: setup.app.objectID(setup.commits[0] + "^{tree}"),
      to: setup.app.objectID(setup.commits[1] + "^{tree}"))

    let expected = try setup.app.rawChanges([setup.commits[0], setup.commits[1]])
    #expect(expected.map(\.path) == [".gitmodules", "vendor/lib"])
    #expect(changes.changes == expected)
    let submodule = try #require(changes.changes.last)
    #expect(submodule.newMode == .submodule)
    #expect(submodule.newID?.description == setup.library[1])
  }

  @Test("Moving the submodule pointer modifies the entry, old and new commit ids")
  func pointerMoved() throws {
    let setup = try makeSetup()
    let repository = try Repository(discoveringFrom: setup.app.path)
    let changes = try repository.changes(
      from: setup.app.objectID(setup.commits[1] + "^{tree}"),
      to: setup.app.objectID(setup.commits[2] + "^{tree}"))

    let expected = try setup.app.rawChanges([setup.commits[1], setup.commits[2]])
    #expect(expected.map(\.path) == ["vendor/lib"])
    #expect(changes.changes == expected)
    let change = try #require(changes.changes.first)
    #expect(change.status == .modified)
    #expect(change.oldMode == .submodule && change.newMode == .submodule)
    #expect(change.oldID?.description == setup.library[1])
    #expect(change.newID?.description == setup.library[0])
  }

  @Test("In the working tree a moved pointer counts and edits inside the submodule do not")
  func workingTree() throws {
    let setup = try makeSetup()
    let repository = try Repository(discoveringFrom: setup.app.path)
    let head = try repository.commit("HEAD").tree
    let oracle = ["diff", "--name-only", "-z", "--ignore-submodules=dirty", "HEAD"]

    try Data("dirty\n".utf8).write(to: setup.submodule.appending(path: "lib.txt"))
    try Data("untracked\n".utf8).write(to: setup.submodule.appending(path: "new.txt"))
    #expect(try setup.app.gitFields(oracle).isEmpty)
    #expect(try setup.app.gitFields(["diff", "--name-only", "-z", "HEAD"]) == ["vendor/lib"])
    #expect(try repository.changesInWorkingTree(from: head).isEmpty)

    _ = try setup.app.gitOutput(["checkout", "--quiet", "--", "lib.txt"], in: setup.submodule)
    _ = try setup.app.gitOutput(["checkout", "--quiet", setup.library[1]], in: setup.submodule)
    #expect(try setup.app.gitFields(oracle) == ["vendor/lib"])
    let changes = try repository.changesInWorkingTree(from: head)
    #expect(changes.paths == ["vendor/lib"])
    #expect(changes.changes.map(\.status) == [.modified])
  }
}
