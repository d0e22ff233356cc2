/// A file that a `FileSource` could not provide.
public struct FileSourceError: Error, CustomStringConvertible, Sendable {
  /// The repository-relative path asked for.
  public var path: String
  /// Why it could not be read.
  public var reason: String

  /// Creates an error for `path`.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String {
    "cannot read '\(path)': \(reason)"
  }
}
