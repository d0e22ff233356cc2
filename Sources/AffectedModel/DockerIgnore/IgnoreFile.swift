/// Splits `.dockerignore` text into patterns the way BuildKit's client reads the file.
///
/// This follows moby/patternmatcher's `ignorefile.ReadAll`: lines end at `\n` (a `\r` before it is
/// dropped), a byte order mark before the first line is ignored, a line whose first character is
/// `#` is a comment, surrounding white space is trimmed, blank lines are skipped, and the text
/// after an optional `!` is cleaned like a path with a leading `/` removed.
enum IgnoreFile {
  /// A pattern with the line it came from.
  struct Line: Sendable {
    /// The 1-based line number.
    var number: Int
    /// The line without surrounding white space, for messages.
    var text: String
    /// The pattern as `ReadAll` returns it: cleaned, with `!` before an exception.
    var pattern: String
  }

  /// The patterns of `text`, in order.
  static func lines(of text: String) -> [Line] {
    var result: [Line] = []
    var rawLines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if rawLines.last?.isEmpty == true {
      rawLines.removeLast()
    }
    for (index, rawLine) in rawLines.enumerated() {
      var bytes = rawLine[...]
      if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        bytes = bytes.dropFirst(3)
      }
      if bytes.last == UInt8(ascii: "\r") {
        bytes = bytes.dropLast()
      }
      if bytes.first == UInt8(ascii: "#") {
        continue
      }
      let trimmed = GoPath.trimSpace(Substring(decoding: bytes, as: UTF8.self))
      if trimmed.isEmpty {
        continue
      }
      result.append(Line(number: index + 1, text: String(trimmed), pattern: normalise(trimmed)))
    }
    return result
  }

  /// The pattern `ReadAll` makes of a trimmed, non-empty line.
  private static func normalise(_ line: Substring) -> String {
    let isException = line.utf8.first == UInt8(ascii: "!")
    var pattern = isException ? GoPath.trimSpace(Substring(line.unicodeScalars.dropFirst())) : line
    if !pattern.isEmpty {
      let cleaned = GoPath.clean(String(pattern))
      let isRooted = cleaned.utf8.count > 1 && cleaned.utf8.first == UInt8(ascii: "/")
      pattern = isRooted ? Substring(cleaned.unicodeScalars.dropFirst()) : cleaned[...]
    }
    return (isException ? "!" : "") + pattern
  }
}
