/// An output that would pass a limit of the system consuming it; the command fails (exit 6) rather
/// than hand over something that would be cut or rejected.
public struct OutputLimitExceeded: Error, CustomStringConvertible, Sendable {
  /// The output, as `GITHUB_OUTPUT 'matrix-part-2'`.
  public var output: String
  /// Its size in the limit's unit.
  public var size: Int
  /// The limit, as its owner documents it: `GitHub's limit of 1 MiB per job output`.
  public var limit: String
  /// What to do about it.
  public var remedy: String

  /// Creates the error.
  public init(output: String, size: Int, limit: String, remedy: String) {
    self.output = output
    self.size = size
    self.limit = limit
    self.remedy = remedy
  }

  public var description: String {
    "\(output) would be \(size) bytes, over \(limit); \(remedy)"
  }
}
