import Foundation

/// Writes a rendered output whole or not at all: to a temporary file in the target's folder, then renamed
/// into place, so a reader never sees half a file.
public struct OutputFile: Sendable {
  /// Where the output goes.
  public var path: String

  /// Creates a writer for `path`.
  public init(path: String) {
    self.path = path
  }

  /// Writes `bytes` to ``path`` atomically.
  ///
  /// - Throws: ``OutputFileError`` naming the path and the system's reason.
  public func write(_ bytes: [UInt8]) throws(OutputFileError) {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(bytes).write(to: url, options: .atomic)
    } catch {
      throw OutputFileError(path: path, reason: error.localizedDescription)
    }
  }
}

/// An output file that could not be written.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
  /// The path given with `--output`.
  public var path: String
  /// Why it failed.
  public var reason: String

  /// Creates the error for `path`, failed because of `reason`.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String {
    "cannot write '\(path)': \(reason); check that the folder exists and is writable"
  }
}
