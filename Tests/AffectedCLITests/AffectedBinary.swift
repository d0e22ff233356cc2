import AffectedTestSupport
import Foundation

/// The `affected` executable the tests run: `AFFECTED_BINARY` when set, else the one built next to
/// the test bundle.
enum AffectedBinary {
  static var url: URL {
    if let path = ProcessInfo.processInfo.environment["AFFECTED_BINARY"], !path.isEmpty {
      return URL(filePath: path)
    }
    let runner = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
      || folder.lastPathComponent == "Contents"
    {
      folder = folder.deletingLastPathComponent()
    }
    return folder.appending(path: "affected")
  }

  /// Runs `affected` with `arguments` in `builder`'s repository, with its environment plus
  /// `extra`.
  static func run(
    _ arguments: [String], in builder: RepositoryBuilder, extra: [String: String] = [:]
  ) throws -> ProcessResult {
    try runProcess(
      url, arguments, in: builder.url,
      environment: builder.environment.merging(extra) { $1 })
  }
}
