import Foundation

/// Writes results to standard output and notes to standard error.
enum StandardStreams {
  /// Writes `text` to standard output as is.
  ///
  /// The text is written in one call and not copied first: it can be megabytes.
  static func writeOutput(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let start = bytes.baseAddress else { return }
      let borrowed = Data(
        bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count,
        deallocator: .none)
      FileHandle.standardOutput.write(borrowed)
    }
  }

  /// Writes one line to standard error, prefixed with `affected: `.
  static func note(_ line: String) {
    FileHandle.standardError.write(Data("affected: \(line)\n".utf8))
  }

  /// Writes a diagnostic line (already formatted as `file:line: warning: message`) to standard error.
  static func diagnostic(_ line: String) {
    FileHandle.standardError.write(Data("\(line)\n".utf8))
  }

  /// Writes an error line to standard error.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }
}
