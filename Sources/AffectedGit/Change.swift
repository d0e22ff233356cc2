/// One changed path between two trees, or between a tree and the working tree.
public struct Change: Hashable, Sendable {
  /// How the path changed. Wraps `git_delta_t`.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    /// The path is new (`GIT_DELTA_ADDED`, `GIT_DELTA_UNTRACKED`).
    case added
    /// The path is gone (`GIT_DELTA_DELETED`).
    case deleted
    /// The content or mode changed (`GIT_DELTA_MODIFIED`).
    case modified
    /// The content moved to another path (`GIT_DELTA_RENAMED`); only with rename detection.
    case renamed
    /// The kind of entry changed, such as a file that became a symbolic link (`GIT_DELTA_TYPECHANGE`).
    case typechange
  }

  /// How the path changed.
  public var status: Status
  /// The path after the change, or before it for a deletion.
  public var path: String
  /// The path before the change; `nil` for an addition.
  public var oldPath: String?
  /// The object before the change; `nil` for an addition.
  public var oldID: ObjectID?
  /// The object after the change; `nil` for a deletion, or for a working-tree file that was not hashed.
  public var newID: ObjectID?
  /// The mode before the change; `nil` for an addition.
  public var oldMode: FileMode?
  /// The mode after the change; `nil` for a deletion.
  public var newMode: FileMode?

  /// Creates a change.
  public init(
    status: Status, path: String, oldPath: String?, oldID: ObjectID?, newID: ObjectID?,
    oldMode: FileMode?, newMode: FileMode?
  ) {
    self.status = status
    self.path = path
    self.oldPath = oldPath
    self.oldID = oldID
    self.newID = newID
    self.oldMode = oldMode
    self.newMode = newMode
  }

  /// Every path the change touches: both paths of a rename, else the one path.
  public var paths: [String] {
    if let oldPath, oldPath != path {
      return [oldPath, path]
    }
    return [path]
  }
}
