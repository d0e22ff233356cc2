/// A `.dockerignore` line that BuildKit would reject, failing the build.
public struct DockerIgnoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with the line.
  public enum Reason: Hashable, Sendable {
    /// The line is `!` with nothing to re-include after it, once cleaned (`!`, `! `, `!/..`).
    ///
    /// BuildKit reports `illegal exclusion pattern: "!"`.
    case loneExclamationMark
    /// The pattern is malformed; the text says how.
    ///
    /// BuildKit reports `syntax error in pattern`.
    case invalidPattern(String)
  }

  /// The 1-based line of the file.
  public var line: Int
  /// The line as written, without surrounding white space.
  public var text: String
  /// What is wrong.
  public var reason: Reason

  /// Creates an error for `text` on `line`.
  public init(line: Int, text: String, reason: Reason) {
    self.line = line
    self.text = text
    self.reason = reason
  }

  /// The problem and how to fix it, starting with `line N:`.
  public var description: String {
    switch reason {
    case .loneExclamationMark:
      "line \(line): '\(text)' is an exception with no pattern after the '!'; write what to"
        + " re-include after it (as in '!keep.txt'), or delete the line"
    case .invalidPattern(let problem):
      "line \(line): '\(text)' is not a valid pattern: \(problem); fix the pattern or delete"
        + " the line"
    }
  }
}
