import AffectedTestSupport
import Foundation
import Testing

/// The built `affected` executable, run as a user would run it.
enum AffectedExecutable {
  /// The `affected` product of the current build.
  ///
  /// SwiftPM puts every product of a build in one folder, so the executable sits beside the test
  /// bundle that is running (`.build/<triple>/debug/affectedPackageTests.xctest`), wherever the
  /// build folder is. The package's own `.build/debug` is the fallback for runners that start the
  /// tests from elsewhere.
  static func url() throws -> URL {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folders = [
      Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent(),
      packageRoot.appending(path: ".build/debug", directoryHint: .isDirectory),
    ].compactMap { $0 }
    let candidates = folders.map { $0.appending(path: "affected") }
    let found = candidates.first {
      FileManager.default.isExecutableFile(atPath: $0.path(percentEncoded: false))
    }
    return try #require(
      found,
      """
      the affected executable is not built (looked for \(candidates.map(\.path))); \
      run `swift build --build-tests` before `swift test --skip-build`
      """)
  }

  /// Runs `affected` with `arguments` in `directory`, with exactly `environment`: nothing is
  /// inherited from the test process, so CI variables of the machine running the tests
  /// (`GITHUB_EVENT_PATH`, `CI_COMMIT_BEFORE_SHA`…) never reach it.
  ///
  /// `/usr/bin/timeout` bounds the run, so a hang fails the test with status 124 instead of
  /// blocking the suite.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String], seconds: Int = 120
  ) throws -> ProcessResult {
    try runProcess(
      URL(fileURLWithPath: "/usr/bin/timeout"),
      ["--kill-after=5", String(seconds), try url().path(percentEncoded: false)] + arguments,
      in: directory, environment: environment)
  }

  /// Runs `affected` in `builder`'s working tree with its isolated git environment plus `extra`.
  static func run(
    _ arguments: [String], in builder: RepositoryBuilder, adding extra: [String: String] = [:]
  ) throws -> ProcessResult {
    try run(
      arguments, in: builder.url,
      environment: builder.environment.merging(extra) { _, new in new })
  }
}

extension RepositoryBuilder {
  /// The paths `git diff --name-only --no-renames` prints for `revisions`, in git's order: the
  /// oracle for `affected changed`.
  func changedPaths(_ revisions: String...) throws -> [String] {
    let result = try runProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["git", "diff", "--name-only", "-z", "--no-renames"] + revisions, in: url,
      environment: environment)
    try #require(result.status == 0, "git diff \(revisions) failed: \(result.stderr)")
    return result.stdout.split(separator: "\0").map(String.init)
  }
}
