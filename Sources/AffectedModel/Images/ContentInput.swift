/// One entry of a build context that an image reads: a file, a symbolic link (as a link), or a
/// submodule (its pointer).
///
/// Two inputs are equal when they sit at the same place in the same context with the same
/// content and mode, wherever the context lies in the repository: moving a whole context
/// changes nothing the build sees.
public struct ContentInput: Hashable, Sendable, Comparable {
  /// The named context the entry is in; `nil` for the main build context.
  public var context: String?
  /// The entry's path relative to its context.
  public var path: String
  /// The entry's repository-relative path.
  public var repositoryPath: String
  /// The entry's kind and content id.
  public var entry: FileEntry

  /// Creates an input.
  public init(context: String?, path: String, repositoryPath: String, entry: FileEntry) {
    self.context = context
    self.path = path
    self.repositoryPath = repositoryPath
    self.entry = entry
  }

  /// Equal when context, context-relative path and entry are equal.
  public static func == (lhs: ContentInput, rhs: ContentInput) -> Bool {
    lhs.context == rhs.context && lhs.path == rhs.path && lhs.entry == rhs.entry
  }

  /// Hashes what equality compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(context)
    hasher.combine(path)
    hasher.combine(entry)
  }

  /// The main context first, then named contexts by name; paths in byte order.
  public static func < (lhs: ContentInput, rhs: ContentInput) -> Bool {
    if lhs.context != rhs.context {
      return ContextPath.precedes(lhs.context ?? "", rhs.context ?? "") || lhs.context == nil
    }
    return ContextPath.precedes(lhs.path, rhs.path)
  }
}
