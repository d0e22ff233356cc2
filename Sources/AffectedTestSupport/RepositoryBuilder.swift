import Foundation

/// Builds a real git repository in a folder, one scripted step at a time, for tests.
///
/// Every step runs the git command-line tool, isolated from the machine: no system or global
/// configuration, a private `HOME`, a fixed author and committer, and dates that start at
/// 2025-01-01 00:00 UTC and advance by one minute per commit or merge. The same script therefore
/// produces the same SHAs on every run and every machine. Requires git 2.31 or later.
///
/// ```swift
/// let repository = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
/// let base = try repository.commit("Import fixture")
/// try repository.write("backend/src/main.py", "print('hi')\n")
/// let head = try repository.commit("Change the backend")
/// ```
public final class RepositoryBuilder {
  /// The folder that holds the fixtures, `Fixtures/` at the root of this package.
  public static let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appending(path: "Fixtures", directoryHint: .isDirectory)

  /// The root of the working tree.
  public let url: URL

  /// The commits and merges made so far; each one moves the clock on by a minute.
  private var clock = 0

  /// Creates a repository on branch `main` at `url`, copying in a fixture if one is named.
  ///
  /// The fixture's files are copied but not committed; call `commit(_:)` to record them.
  ///
  /// - Parameters:
  ///   - url: The folder for the working tree; it is created if missing.
  ///   - fixture: The name of a folder under `Fixtures/` to copy into the working tree.
  /// - Throws: `TestSupportError` if git is missing, the fixture does not exist, or a step fails.
  public init(at url: URL, fixture: String? = nil) throws {
    self.url = url.standardizedFileURL
    try FileManager.default.createDirectory(at: self.url, withIntermediateDirectories: true)
    try runGit(["init", "--quiet"])
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    try Data().write(to: globalConfiguration)
    if let fixture {
      try copyFixture(named: fixture)
    }
  }

  /// The working tree's path in the file system, without a trailing slash.
  public var path: String {
    let path = url.path(percentEncoded: false)
    return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  /// The environment every git command runs with.
  ///
  /// Only `PATH` is inherited. `HOME` and `XDG_CONFIG_HOME` point at `.git/home`, which holds an
  /// empty `.gitconfig`, and settings such as `init.defaultBranch=main` and
  /// `commit.gpgSign=false` are passed through `GIT_CONFIG_COUNT`. Pass it to `runProcess` so
  /// that a tool under test sees the same isolated configuration.
  public var environment: [String: String] {
    let date = "@\(Self.epoch + 60 * clock) +0000"
    var environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": home.path(percentEncoded: false),
      "XDG_CONFIG_HOME": home.path(percentEncoded: false),
      "GIT_CONFIG_GLOBAL": globalConfiguration.path(percentEncoded: false),
      "GIT_CONFIG_NOSYSTEM": "1",
      "GIT_AUTHOR_NAME": Self.author.name,
      "GIT_AUTHOR_EMAIL": Self.author.email,
      "GIT_AUTHOR_DATE": date,
      "GIT_COMMITTER_NAME": Self.author.name,
      "GIT_COMMITTER_EMAIL": Self.author.email,
      "GIT_COMMITTER_DATE": date,
      "LC_ALL": "C",
      "TZ": "UTC",
      "GIT_CONFIG_COUNT": String(Self.configuration.count),
    ]
    for (index, (key, value)) in Self.configuration.enumerated() {
      environment["GIT_CONFIG_KEY_\(index)"] = key
      environment["GIT_CONFIG_VALUE_\(index)"] = value
    }
    return environment
  }

  // MARK: - Editing the working tree

  /// Writes `text` as UTF-8 to the file at `path`, replacing it and creating missing folders.
  public func write(_ path: String, _ text: String) throws {
    let file = url.appending(path: path)
    try createParent(of: file)
    try Data(text.utf8).write(to: file)
  }

  /// Adds `text` at the end of the file at `path`, which must exist.
  public func append(_ path: String, _ text: String) throws {
    try write(path, try read(path) + text)
  }

  /// The UTF-8 text of the file at `path`.
  public func read(_ path: String) throws -> String {
    try String(contentsOf: url.appending(path: path), encoding: .utf8)
  }

  /// Deletes the file, symbolic link or folder at `path`.
  public func remove(_ path: String) throws {
    try FileManager.default.removeItem(at: url.appending(path: path))
  }

  /// Moves the file or folder at `path` to `destination`, creating missing folders.
  public func move(_ path: String, to destination: String) throws {
    let target = url.appending(path: destination)
    try createParent(of: target)
    try FileManager.default.moveItem(at: url.appending(path: path), to: target)
  }

  /// Creates a symbolic link at `path` whose target is the text `target`, stored as given.
  public func symlink(_ path: String, to target: String) throws {
    let link = url.appending(path: path)
    try createParent(of: link)
    try FileManager.default.createSymbolicLink(
      atPath: link.path(percentEncoded: false), withDestinationPath: target)
  }

  /// Sets or clears the executable bits of the file at `path`.
  public func setExecutable(_ path: String, _ executable: Bool = true) throws {
    let file = url.appending(path: path).path(percentEncoded: false)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    let mode = (attributes[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
    let newMode = executable ? mode | 0o111 : mode & ~0o111
    try FileManager.default.setAttributes([.posixPermissions: newMode], ofItemAtPath: file)
  }

  // MARK: - Recording history

  /// Stages every change in the working tree and commits it, even if nothing changed.
  ///
  /// - Returns: The full SHA of the new commit.
  @discardableResult
  public func commit(_ message: String) throws -> String {
    clock += 1
    try runGit(["add", "--all"])
    try runGit(["commit", "--quiet", "--allow-empty", "--no-verify", "--message", message])
    return try runGit(["rev-parse", "HEAD"])
  }

  /// Creates branch `name` at `start` (default `HEAD`) without switching to it.
  public func branch(_ name: String, at start: String = "HEAD") throws {
    try runGit(["branch", name, start])
  }

  /// Switches the working tree to a branch, tag or commit.
  public func checkout(_ revision: String) throws {
    try runGit(["checkout", "--quiet", revision])
  }

  /// Merges `branch` into the current branch with a merge commit, even if it could fast-forward.
  ///
  /// - Returns: The full SHA of the merge commit, whose parents are the old `HEAD` and `branch`.
  /// - Throws: `TestSupportError.commandFailed` on a conflict; the merge is then left in progress.
  @discardableResult
  public func merge(_ branch: String) throws -> String {
    clock += 1
    try runGit(["merge", "--quiet", "--no-ff", "--no-edit", branch])
    return try runGit(["rev-parse", "HEAD"])
  }

  /// Tags `revision` (default `HEAD`), lightweight, or annotated if `message` is given.
  public func tag(_ name: String, at revision: String = "HEAD", message: String? = nil) throws {
    if let message {
      try runGit(["tag", "--annotate", "--message", message, name, revision])
    } else {
      try runGit(["tag", name, revision])
    }
  }

  /// Runs git in the working tree with the isolated environment.
  ///
  /// - Returns: Standard output without its trailing newlines; leading spaces are kept because
  ///   they matter in formats such as `git status --short`.
  /// - Throws: `TestSupportError.commandFailed`, carrying git's standard error, on a non-zero exit.
  @discardableResult
  public func git(_ arguments: String...) throws -> String {
    try runGit(arguments)
  }

  // MARK: - Private

  /// 2025-01-01 00:00:00 UTC, the date of the repository's creation.
  private static let epoch = 1_735_689_600

  /// The author and committer of every commit.
  private static let author = (name: "Affected Tests", email: "tests@affected.invalid")

  /// Configuration passed through `GIT_CONFIG_KEY_n`, so it applies from `git init` on.
  private static let configuration = [
    ("init.defaultBranch", "main"),
    ("commit.gpgSign", "false"),
    ("tag.gpgSign", "false"),
    ("core.autocrlf", "false"),
    ("gc.auto", "0"),
    ("advice.detachedHead", "false"),
  ]

  /// The first `git` on `PATH`, looked up once.
  private static let gitExecutable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":")
      .map { URL(fileURLWithPath: String($0)).appending(path: "git") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path(percentEncoded: false)) }
  }()

  /// A private home folder inside `.git`, so it is never part of the working tree.
  private var home: URL { url.appending(path: ".git/home", directoryHint: .isDirectory) }

  /// The empty file that stands in for `~/.gitconfig`.
  private var globalConfiguration: URL { home.appending(path: ".gitconfig") }

  @discardableResult
  private func runGit(_ arguments: [String]) throws -> String {
    guard let git = Self.gitExecutable else { throw TestSupportError.gitNotFound }
    return try run(git, arguments)
  }

  /// Runs a tool in the working tree and returns its output, or throws with its standard error.
  @discardableResult
  private func run(_ executable: URL, _ arguments: [String]) throws -> String {
    let result = try runProcess(executable, arguments, in: url, environment: environment)
    guard result.status == 0 else {
      throw TestSupportError.commandFailed(
        command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
        status: result.status,
        stderr: result.stderr.trimmingTrailingNewlines())
    }
    return result.stdout.trimmingTrailingNewlines()
  }

  private func copyFixture(named name: String) throws {
    let source = Self.fixturesDirectory.appending(path: name, directoryHint: .isDirectory)
    let sourcePath = source.path(percentEncoded: false)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: sourcePath, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw TestSupportError.fixtureNotFound(name: name, searched: sourcePath)
    }
    // `cp -R` keeps symbolic links as links and keeps executable bits.
    try run(URL(fileURLWithPath: "/bin/cp"), ["-R", sourcePath + "/.", path])
  }

  private func createParent(of file: URL) throws {
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
  }
}

extension String {
  /// The string without the line breaks at its end.
  fileprivate func trimmingTrailingNewlines() -> String {
    var result = Substring(self)
    while result.last?.isNewline == true {
      result = result.dropLast()
    }
    return String(result)
  }
}
