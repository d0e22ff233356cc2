import AffectedTestSupport
import Foundation
import Testing

/// Every error of `affected changed`: its one-line message on standard error, nothing on standard
/// output, and its documented exit code (`Docs/exit-codes.md`).
@Suite("affected exit codes", .scratchDirectory)
struct ExitStatusTests {
  /// A repository with `main` and a `feature` branch that forked from it; the working tree is on
  /// `feature`.
  private func repository(at url: URL) throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: url, fixture: "fullstack")
    try builder.commit("Import fixture")
    try builder.branch("feature")
    try builder.write("compose.yml", "services: {}\n")
    try builder.commit("main edits compose.yml")
    try builder.checkout("feature")
    try builder.write("backend/src/main.py", "print('feature')\n")
    try builder.commit("feature edits the backend")
    return builder
  }

  /// Checks that `result` is a failure with `status` whose only output is one `error: ` line on
  /// standard error, and returns that line without its prefix.
  private func errorLine(_ result: ProcessResult, status: Int32) -> String {
    #expect(result.status == status, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.hasSuffix("\n"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1, "one line: \(result.stderr)")
    return String(result.stderr.dropFirst("error: ".count).dropLast())
  }

  // MARK: - Exit 2: repository and revision errors

  @Test("Not a repository: exit 2")
  func notARepository() throws {
    let folder = try ScratchDirectory.url.appending(
      path: "plain folder", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.path(percentEncoded: false)
    let result = try AffectedExecutable.run(
      ["changed", "-C", path], in: ScratchDirectory.url, environment: ["PATH": "/usr/bin:/bin"])
    #expect(
      errorLine(result, status: 2)
        == "'\(path)' is not inside a git repository; run affected in a checkout or pass "
        + "--repository PATH (git_repository_open_ext)")
  }

  @Test("An unknown --base in a complete clone: exit 2")
  func unknownBase() throws {
    let builder = try repository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(["changed", "--base", "no-such-branch"], in: builder)
    #expect(
      errorLine(result, status: 2)
        == "unknown revision 'no-such-branch': no branch, tag or commit has that name "
        + "(from --base); check the spelling, or fetch it first")
  }

  @Test("An unknown --head: exit 2")
  func unknownHead() throws {
    let builder = try repository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(
      ["changed", "--base", "main", "--head", "no-such-head"], in: builder)
    #expect(
      errorLine(result, status: 2)
        == "unknown revision 'no-such-head': no branch, tag or commit has that name "
        + "(git_revparse_single)")
  }

  @Test("An empty repository: exit 2")
  func emptyRepository() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(["changed", "--base", "main"], in: builder)
    let message = errorLine(result, status: 2)
    #expect(message.contains("the repository has no commits yet"))
    #expect(message.contains("commit first"))
  }

  // MARK: - Exit 3: no usable base

  @Test("A base commit that is not in the clone: exit 3, naming the fix")
  func missingBaseCommit() throws {
    let builder = try repository(at: ScratchDirectory.url)
    let missing = "0123456789abcdef0123456789abcdef01234567"
    let result = try AffectedExecutable.run(["changed", "--base", missing], in: builder)
    let message = errorLine(result, status: 3)
    #expect(message.hasPrefix("the base commit \(missing) (from --base) is not in this clone; "))
    #expect(message.contains("fetch-depth: 0"))
    #expect(message.contains("--deepen"))
    #expect(message.contains("--base"))
  }

  @Test("A GitHub push whose before is all zeros: exit 3")
  func allZeroGitHubBefore() throws {
    let builder = try repository(at: ScratchDirectory.url)
    let event = builder.url.appending(path: ".git/event.json")
    let zeros = String(repeating: "0", count: 40)
    try Data(#"{"ref":"refs/heads/feature","before":"\#(zeros)"}"#.utf8).write(to: event)
    let result = try AffectedExecutable.run(
      ["changed"], in: builder,
      adding: ["GITHUB_EVENT_PATH": event.path(percentEncoded: false), "GITHUB_EVENT_NAME": "push"])
    let message = errorLine(result, status: 3)
    #expect(message.hasPrefix("GitHub push before: GITHUB_EVENT_PATH (push event): "))
    #expect(message.contains("all zeros (a first push or a new branch)"))
    #expect(message.contains("pass --base REV, or --if-no-base all"))
  }

  @Test("A shallow clone without the merge base: exit 3, naming fetch-depth and --deepen")
  func shallowWithoutMergeBase() throws {
    let root = try ScratchDirectory.url
    let origin = try repository(at: root.appending(path: "origin"))
    let clone = root.appending(path: "clone")
    try origin.git(
      "clone", "--quiet", "--depth", "1", "--no-single-branch", "--branch", "feature",
      "file://\(origin.path)", clone.path(percentEncoded: false))
    let result = try AffectedExecutable.run(
      ["changed", "--base", "origin/main"], in: clone, environment: origin.environment)
    let message = errorLine(result, status: 3)
    #expect(message.contains("is not in this shallow clone"))
    #expect(message.contains("actions/checkout: fetch-depth: 0"))
    #expect(message.contains("git fetch --deepen=200"))
    #expect(message.contains("--deepen"))
    #expect(message.contains("--no-merge-base"))
  }

  @Test("--if-no-base all turns a missing base into every file, exit 0")
  func ifNoBaseAll() throws {
    let builder = try repository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(
      ["changed", "--if-no-base", "all"], in: builder,
      adding: ["CI_COMMIT_BEFORE_SHA": String(repeating: "0", count: 40)])
    #expect(result.status == 0)
    let files = try builder.git("ls-tree", "-r", "--name-only", "HEAD")
    #expect(result.stdout.split(separator: "\n").count == files.split(separator: "\n").count)
    #expect(result.stderr.contains("affected: no usable base: CI_COMMIT_BEFORE_SHA: "))
  }

  // MARK: - Exit 64: usage errors

  @Test(
    "Usage errors: exit 64 with the parser's message",
    arguments: [
      (["changed", "--no-such-flag"], "--no-such-flag"),
      (["changed", "--format", "yaml"], "yaml"),
      (["changed", "--if-no-base", "sometimes"], "sometimes"),
      (
        ["changed", "--uncommitted", "--head", "HEAD~1"], "--uncommitted compares the working tree"
      ),
      (["no-such-command"], "no-such-command"),
    ])
  func usageErrors(arguments: [String], mention: String) throws {
    let builder = try repository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(arguments, in: builder)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: "))
    #expect(result.stderr.contains(mention))
    #expect(result.stderr.contains("Usage: affected"))
  }

  // MARK: - Quick exits

  /// Runs that end within milliseconds exit with their status, never a crash.
  ///
  /// `--version`, `--help` and a usage error end while libgit2 may still be initialising on
  /// another thread; exiting then ran OpenSSL's exit handler under that initialisation, and a
  /// few runs in a hundred of the release build died of a segmentation fault.
  @Test(
    "Quick exits never crash while libgit2 initialises",
    arguments: [
      (["--version"], Int32(0)), (["--help"], Int32(0)), (["plan", "--bogus"], Int32(64)),
    ])
  func quickExits(arguments: [String], status: Int32) throws {
    for _ in 0..<10 {
      let result = try AffectedExecutable.run(
        arguments, in: ScratchDirectory.url, environment: ["PATH": "/usr/bin:/bin"])
      #expect(result.status == status, "stderr: \(result.stderr)")
    }
  }
}
