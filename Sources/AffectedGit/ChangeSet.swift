/// The changed paths between two states of a repository, in git's path order.
public struct ChangeSet: Hashable, Sendable {
  /// Every change, ordered by path as git orders them.
  public var changes: [Change]

  /// Creates a change set.
  public init(changes: [Change]) {
    self.changes = changes
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { changes.isEmpty }

  /// Every changed path (both sides of a rename), ordered by the bytes of the path.
  public var paths: [String] {
    changes.flatMap(\.paths).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
