import AffectedOutput
import Foundation

/// The files GitHub Actions gives a step to write to (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`).
enum GitHubStepFile {
  /// Appends `text` to the file the environment variable `variable` names, in one write,
  /// creating it if missing; does nothing (and does not compute `text`) when the variable is
  /// unset or empty.
  static func append(_ text: @autoclosure () throws -> String, toFileIn variable: String) throws {
    guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else { return }
    let content = Data(try text().utf8)
    let files = FileManager.default
    guard files.fileExists(atPath: path) || files.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw OutputFileError(path: path, reason: "it cannot be opened for writing")
    }
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: content)
  }
}
