import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Opening a repository", .scratchDirectory)
struct RepositoryOpeningTests {
  /// A repository in `repo/` with one commit holding `services/api/main.py`.
  private func makeRepository() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "repo"))
    try builder.write("services/api/main.py", "print('api')\n")
    try builder.commit("Add the api")
    return builder
  }

  private func path(_ url: URL) -> String {
    url.path(percentEncoded: false).trimmingSuffix("/")
  }

  @Test("A sub-folder opens the repository that contains it")
  func subFolder() throws {
    let builder = try makeRepository()
    let repository = try Repository(
      discoveringFrom: path(builder.url.appending(path: "services/api")))

    let topLevel = try builder.gitOutput(["rev-parse", "--show-toplevel"]).trimmingNewline()
    let gitDirectory = try builder.gitOutput(["rev-parse", "--absolute-git-dir"]).trimmingNewline()
    #expect(repository.workingDirectory == topLevel + "/")
    #expect(repository.gitDirectory == gitDirectory + "/")
    #expect(!repository.isBare)
    #expect(!repository.isEmpty)
    #expect(!repository.isShallow)
    #expect(try repository.commit("HEAD").id == builder.objectID("HEAD"))
  }

  @Test("A bare clone opens without a working tree, and refuses a working-tree diff")
  func bare() throws {
    let builder = try makeRepository()
    let bare = try path(ScratchDirectory.url.appending(path: "bare.git"))
    _ = try builder.gitOutput(["clone", "--quiet", "--bare", builder.path, bare])

    let repository = try Repository(discoveringFrom: bare)
    let fromInside = try Repository(discoveringFrom: bare + "/refs/heads")
    #expect(repository.isBare)
    #expect(repository.workingDirectory == nil)
    #expect(repository.gitDirectory == bare + "/")
    #expect(fromInside.gitDirectory == bare + "/")
    #expect(try repository.commit("main").id == builder.objectID("main"))

    let error = #expect(throws: GitError.self) {
      try repository.changesInWorkingTree(from: nil)
    }
    #expect(error?.message.contains("bare repository has no working tree") == true)
  }

  @Test("A linked worktree opens with its own HEAD and working tree")
  func linkedWorktree() throws {
    let builder = try makeRepository()
    let worktree = try ScratchDirectory.url.appending(path: "linked")
    _ = try builder.gitOutput(["worktree", "add", "--quiet", "-b", "side", path(worktree)])
    try Data("side\n".utf8).write(to: worktree.appending(path: "side.txt"))
    _ = try builder.gitOutput(["add", "side.txt"], in: worktree)
    _ = try builder.gitOutput(["commit", "--quiet", "-m", "Side"], in: worktree)
    try Data("new\n".utf8).write(to: worktree.appending(path: "untracked.txt"))
    try builder.write("main-only.txt", "untracked in the main worktree\n")

    let repository = try Repository(discoveringFrom: path(worktree))
    let gitDirectory = try builder.gitOutput(["rev-parse", "--absolute-git-dir"], in: worktree)
    #expect(repository.workingDirectory == path(worktree) + "/")
    #expect(repository.gitDirectory == gitDirectory.trimmingNewline() + "/")
    #expect(!repository.isBare)
    let head = try builder.objectID("HEAD", in: worktree)
    #expect(head != (try builder.objectID("main")))
    #expect(try repository.commit("HEAD").id == head)
    #expect(try repository.commit("main").id == builder.objectID("main"))

    let headTree = try repository.commit("HEAD").tree
    #expect(try repository.changesInWorkingTree(from: headTree).paths == ["untracked.txt"])
  }

  @Test("A folder outside any repository is reported with advice", arguments: ["plain", "missing"])
  func notARepository(folder: String) throws {
    let plain = try ScratchDirectory.url.appending(path: "plain")
    try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
    let target = try path(ScratchDirectory.url.appending(path: folder))
    let oracle = try runProcess(
      URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", path(plain), "rev-parse", "--git-dir"],
      in: plain, environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"])
    #expect(oracle.status != 0)

    let error = #expect(throws: GitError.self) {
      try Repository(discoveringFrom: target)
    }
    #expect(error?.code == .notFound)
    #expect(
      error?.message
        == "'\(target)' is not inside a git repository; run affected in a checkout or pass "
        + "--repository PATH")
  }
}
