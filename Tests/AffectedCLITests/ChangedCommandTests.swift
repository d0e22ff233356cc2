import AffectedTestSupport
import Foundation
import Testing

@Suite("affected changed", .scratchDirectory)
struct ChangedCommandTests {
  /// A fixture repository where `feature` forked from `main` and both moved on; the working tree is
  /// on `feature`, whose changes include an addition, a deletion, a modification, a mode change, a
  /// file that became a symbolic link, and a path with spaces and non-ASCII characters.
  private func divergedRepository(at url: URL) throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: url, fixture: "fullstack")
    try builder.commit("Import fixture")
    try builder.branch("feature")
    try builder.write("compose.yml", "services: {}\n")
    try builder.commit("main edits compose.yml")
    try builder.checkout("feature")
    try builder.write("backend/src/main.py", "print('feature')\n")
    try builder.remove("backend/src/config.py")
    try builder.write("docs/Notes café 1.md", "# Notes\n")
    try builder.setExecutable("backend/alembic/env.py")
    try builder.remove("docs/docker.md")
    try builder.symlink("docs/docker.md", to: "../README.md")
    try builder.commit("feature changes")
    return builder
  }

  private static let featurePaths = [
    "backend/alembic/env.py", "backend/src/config.py", "backend/src/main.py",
    "docs/Notes café 1.md",
    "docs/docker.md",
  ]

  // MARK: - Text

  @Test("Text output: only the paths on standard output, what was compared on standard error")
  func text() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(["changed", "--base", "main"], in: builder)

    #expect(result.status == 0)
    #expect(result.stdout == Self.featurePaths.map { $0 + "\n" }.joined())
    #expect(
      result.stdout.split(separator: "\n").map(String.init)
        == (try builder.changedPaths("main...HEAD")))
    let notes = result.stderr.split(separator: "\n").map(String.init)
    let mergeBase = try builder.git("merge-base", "main", "HEAD")
    let head = try builder.git("rev-parse", "HEAD")
    let base = try builder.git("rev-parse", "main")
    #expect(
      notes == [
        "affected: base: main (\(base.prefix(7))) from --base: given on the command line",
        "affected: merge base: \(mergeBase.prefix(7))",
        "affected: head: HEAD (\(head.prefix(7))), comparing from \(mergeBase.prefix(7))",
      ])
  }

  @Test("-z separates the paths with NUL")
  func nulSeparated() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(["changed", "--base", "main", "-z"], in: builder)
    #expect(result.status == 0)
    #expect(result.stdout == Self.featurePaths.map { $0 + "\0" }.joined())
    #expect(!result.stderr.isEmpty)
  }

  @Test("Nothing changed: empty standard output and exit 0")
  func nothingChanged() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(
      ["changed", "--base", "HEAD", "--no-merge-base"], in: builder)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("affected: comparing with base itself (--no-merge-base)\n"))
  }

  @Test("-C analyses the repository around a folder, from anywhere")
  func repositoryOption() throws {
    let root = try ScratchDirectory.url
    let builder = try divergedRepository(at: root.appending(path: "repo"))
    let result = try AffectedExecutable.run(
      [
        "changed", "-C", builder.url.appending(path: "backend/src").path(percentEncoded: false),
        "--base",
        "main", "--no-merge-base",
      ],
      in: root, environment: builder.environment)
    #expect(result.status == 0)
    let expected = try builder.changedPaths("main", "HEAD")
    #expect(result.stdout == expected.map { $0 + "\n" }.joined())
    #expect(expected.contains("compose.yml"))
  }

  @Test("The base comes from the GitHub event when no --base is given, and standard error says so")
  func baseFromGitHubEvent() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let base = try builder.git("rev-parse", "main")
    let event = builder.url.appending(path: ".git/event.json")
    try Data(#"{"pull_request":{"base":{"sha":"\#(base)"}}}"#.utf8).write(to: event)
    let result = try AffectedExecutable.run(
      ["changed"], in: builder,
      adding: [
        "GITHUB_EVENT_PATH": event.path(percentEncoded: false), "GITHUB_EVENT_NAME": "pull_request",
      ])
    #expect(result.status == 0)
    #expect(result.stdout == Self.featurePaths.map { $0 + "\n" }.joined())
    #expect(
      result.stderr.hasPrefix(
        "affected: base: \(base) (\(base.prefix(7))) from GitHub pull_request.base.sha: "
          + "GITHUB_EVENT_PATH (pull_request event)\n"))
  }

  @Test("Without --base or CI variables the default branch is the base")
  func defaultBranch() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(["changed"], in: builder)
    #expect(result.status == 0)
    #expect(result.stdout == Self.featurePaths.map { $0 + "\n" }.joined())
    #expect(result.stderr.hasPrefix("affected: base: main ("))
    #expect(result.stderr.contains("from default branch: "))
  }

  @Test("--uncommitted lists staged, unstaged and untracked files, not ignored ones")
  func uncommitted() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.git("reset", "--quiet", "--hard", "main")
    try builder.write("frontend/src/staged.ts", "export {}\n")
    try builder.git("add", "frontend/src/staged.ts")
    try builder.write("README.md", "# unstaged\n")
    try builder.write("untracked.txt", "new\n")
    try builder.write("frontend/node_modules/ignored.js", "ignored\n")
    let result = try AffectedExecutable.run(
      ["changed", "--base", "main", "--uncommitted"], in: builder)
    #expect(result.status == 0)
    #expect(result.stdout == "README.md\nfrontend/src/staged.ts\nuntracked.txt\n")
    #expect(result.stderr.contains("affected: head: working tree of HEAD ("))
  }

  // MARK: - JSON

  @Test("--format json describes every change with its status, ids and modes")
  func json() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let result = try AffectedExecutable.run(
      ["changed", "--base", "main", "--format", "json"], in: builder)
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("]}\n"))

    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let mergeBase = try builder.git("merge-base", "main", "HEAD")
    #expect(document["base"] as? String == (try builder.git("rev-parse", "main")))
    #expect(document["head"] as? String == (try builder.git("rev-parse", "HEAD")))
    #expect(document["mergeBase"] as? String == mergeBase)
    #expect(document["start"] as? String == mergeBase)
    #expect(document["headIsWorkingTree"] as? Bool == false)
    #expect(document["allChangedReason"] is NSNull)

    let changes = try #require(document["changes"] as? [[String: Any]])
    #expect(changes.compactMap { $0["path"] as? String } == Self.featurePaths)
    let raw = try rawDiff(builder, "\(mergeBase)", "HEAD")
    for change in changes {
      let path = try #require(change["path"] as? String)
      let expected = try #require(raw[path], "git does not list \(path)")
      #expect(change["status"] as? String == expected.status, "\(path)")
      #expect(change["oldMode"] as? String == expected.oldMode, "\(path)")
      #expect(change["newMode"] as? String == expected.newMode, "\(path)")
      #expect(change["oldId"] as? String == expected.oldID, "\(path)")
      #expect(change["newId"] as? String == expected.newID, "\(path)")
      #expect(change["oldPath"] as? String == (expected.status == "added" ? nil : path), "\(path)")
    }
    #expect(
      changes.map { $0["status"] as? String } == [
        "modified", "deleted", "modified", "added", "typechange",
      ])
    let link = try #require(changes.last)
    #expect(link["oldMode"] as? String == "100644")
    #expect(link["newMode"] as? String == "120000")
    let added = try #require(changes.first { $0["status"] as? String == "added" })
    #expect(added["oldPath"] is NSNull && added["oldId"] is NSNull && added["oldMode"] is NSNull)
  }

  @Test("--format json with --if-no-base all: every file added, base null, the reason recorded")
  func jsonAllChanged() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let event = builder.url.appending(path: ".git/event.json")
    try Data(#"{"before":"0000000000000000000000000000000000000000"}"#.utf8).write(to: event)
    let result = try AffectedExecutable.run(
      ["changed", "--format", "json", "--if-no-base", "all"], in: builder,
      adding: ["GITHUB_EVENT_PATH": event.path(percentEncoded: false)])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["base"] is NSNull)
    #expect(document["mergeBase"] is NSNull)
    #expect(document["start"] is NSNull)
    let reason = try #require(document["allChangedReason"] as? String)
    #expect(reason.hasPrefix("no usable base: GitHub push before"))
    #expect(reason.contains("all zeros"))
    let changes = try #require(document["changes"] as? [[String: Any]])
    let files = try builder.git("ls-tree", "-r", "-z", "--name-only", "HEAD").split(separator: "\0")
    #expect(changes.count == files.count)
    #expect(changes.allSatisfy { $0["status"] as? String == "added" })
    #expect(
      result.stderr.contains("affected: --if-no-base all: every file of head counts as changed\n"))
  }

  /// `git diff --raw` for two revisions, by path: status, modes and ids as the JSON spells them.
  private func rawDiff(
    _ builder: RepositoryBuilder, _ old: String, _ new: String
  ) throws -> [String: (
    status: String, oldMode: String?, newMode: String?, oldID: String?, newID: String?
  )] {
    let fields = try builder.git("diff", "--raw", "-z", "--no-renames", "--no-abbrev", old, new)
      .split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
    let statuses = ["A": "added", "D": "deleted", "M": "modified", "T": "typechange"]
    var entries: [String: (String, String?, String?, String?, String?)] = [:]
    for index in stride(from: 0, to: fields.count - 1, by: 2) {
      let parts = fields[index].dropFirst().split(separator: " ").map(String.init)
      try #require(parts.count == 5, "unexpected --raw entry \(fields[index])")
      let status = try #require(statuses[parts[4]])
      let absent = { (value: String) in value.allSatisfy { $0 == "0" } ? nil : value }
      entries[fields[index + 1]] = (
        status, absent(parts[0]), absent(parts[1]), absent(parts[2]), absent(parts[3])
      )
    }
    return entries
  }

  // MARK: - Output files

  @Test("--output writes the whole result to the file and nothing to standard output")
  func outputFile() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let file = builder.url.appending(path: ".git/out/changed.json")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("old content that is longer than nothing\n".utf8).write(to: file)

    let result = try AffectedExecutable.run(
      [
        "changed", "--base", "main", "--format", "json", "--output",
        file.path(percentEncoded: false),
      ],
      in: builder)
    let direct = try AffectedExecutable.run(
      ["changed", "--base", "main", "--format", "json"], in: builder)

    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == direct.stderr)
    #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == direct.stdout)
    let folder = try FileManager.default.contentsOfDirectory(
      atPath: file.deletingLastPathComponent().path(percentEncoded: false))
    #expect(folder == ["changed.json"])
  }

  @Test("-o in a missing folder fails with exit 2 and creates nothing")
  func outputFolderMissing() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let file = builder.url.appending(path: ".git/missing/changed.txt").path(percentEncoded: false)
    let result = try AffectedExecutable.run(["changed", "--base", "main", "-o", file], in: builder)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasSuffix("check that the folder exists and is writable\n"))
    #expect(result.stderr.contains("error: cannot write '\(file)': "))
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(
      !FileManager.default.fileExists(atPath: builder.url.appending(path: ".git/missing").path))
  }

  @Test("--output onto a folder fails with exit 2 and leaves no partial file behind")
  func outputOntoFolder() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let parent = builder.url.appending(path: ".git/out", directoryHint: .isDirectory)
    let target = parent.appending(path: "result", directoryHint: .isDirectory)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try Data("keep\n".utf8).write(to: target.appending(path: "inside.txt"))

    let result = try AffectedExecutable.run(
      ["changed", "--base", "main", "--output", target.path(percentEncoded: false)], in: builder)

    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error: cannot write '\(target.path(percentEncoded: false))"))
    let parentPath = parent.path(percentEncoded: false)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parentPath) == ["result"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: target.path(percentEncoded: false))
        == ["inside.txt"])
  }

  // MARK: - Version

  @Test("--version prints the tool's and libgit2's versions")
  func version() throws {
    let result = try AffectedExecutable.run(
      ["--version"], in: ScratchDirectory.url, environment: ["PATH": "/usr/bin:/bin"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let match = try #require(
      result.stdout.wholeMatch(of: /affected \d+\.\d+\.\d+ \(libgit2 (\d+)\.(\d+)\.\d+\)\n/))
    let libgit2 = (major: Int(match.1) ?? 0, minor: Int(match.2) ?? 0)
    #expect(libgit2 >= (1, 7), "affected refuses to run with libgit2 older than 1.7")
  }
}
