/// A Dockerfile that BuildKit would refuse to build.
///
/// The message names the problem and, where it helps, what to change; `line` points at the
/// instruction (1-based, as BuildKit counts) when the problem has a place in the file.
public struct DockerfileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line of the instruction at fault, if the problem has a place in the file.
  public var line: Int?
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates an error about `line`.
  public init(line: Int?, _ message: String) {
    self.line = line
    self.message = message
  }

  /// The message, prefixed with `line N: ` when the line is known.
  public var description: String {
    guard let line else {
      return message
    }
    return "line \(line): \(message)"
  }

  /// This error placed at `line`, unless it already names a line.
  func located(at line: Int) -> DockerfileError {
    var located = self
    located.line = self.line ?? line
    return located
  }
}
