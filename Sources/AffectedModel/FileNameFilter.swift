/// A test on file names, with a key that names it, for listing the files of a whole source by
/// name (``FileSource/files(named:)``).
///
/// The key lets a source that met every name ahead, such as one whose trees were read before
/// discovery, answer with what it gathered then. Filters are told apart by their key alone: two
/// filters with one key must accept the same names.
public struct FileNameFilter: Sendable {
  /// What names the filter, such as `image-declaring-files`.
  public var key: String
  /// Whether a file called `name` (the last element of its path) is wanted.
  public var accepts: @Sendable (_ name: String) -> Bool

  /// A filter called `key` that keeps the names `accepts`.
  public init(key: String, accepts: @escaping @Sendable (_ name: String) -> Bool) {
    self.key = key
    self.accepts = accepts
  }
}
