/// Why a comparison cannot be made.
public enum ComparisonError: Error, CustomStringConvertible, Sendable {
  /// There is no usable base: a first push, a commit missing from the clone, or a merge base that a
  /// shallow clone cuts off. The message names the fix.
  /// `fetchMayHelp` is set when more history could supply it (`--deepen`).
  case noBase(String, fetchMayHelp: Bool)
  /// A revision name that does not resolve in a complete clone.
  case unknownRevision(String)

  public var description: String {
    switch self {
    case .noBase(let message, _), .unknownRevision(let message):
      message
    }
  }
}
