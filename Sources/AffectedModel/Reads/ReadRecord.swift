/// The repository paths a computation read through a ``RecordingFileSource``: entries looked
/// up, files read, folders listed.
///
/// A change at a path the record does not reach cannot change what was read, so a result
/// computed from those reads holds at another revision that differs only elsewhere.
public struct ReadRecord: Hashable, Sendable {
  /// The paths looked up or read, and the folders listed (except the root).
  public private(set) var paths: Set<String> = []
  /// Whether the names of all the repository's files were listed (`files(under: "")`); a
  /// walk of the root with entries (`entries(under: "")`) records the path `""` instead.
  public private(set) var listsRoot = false
  /// The paths looked up and found to be folders: what was learnt is that a folder is there
  /// (readers never use a folder's id), so only adding or deleting a file below one changes it.
  public private(set) var folderLookups: Set<String> = []

  /// Creates an empty record.
  public init() {}

  /// Records that `path` was looked up or read, or that the folder `path` was listed.
  public mutating func add(_ path: String) {
    paths.insert(path)
  }

  /// Records that the entry at `path` was looked up and is a folder.
  public mutating func addFolderLookup(_ path: String) {
    folderLookups.insert(path)
  }

  /// Records that the names of all the repository's files were listed.
  public mutating func addRootListing() {
    listsRoot = true
  }

  /// Whether a change at `path` reaches a recorded read (the root listing aside): `path` is a
  /// recorded path, lies inside one (a listed folder), or holds one (a file replaced by a folder,
  /// a link along a recorded path). To ask for many paths, see ``ChangedPaths/reach(_:)``.
  public func reaches(_ path: String) -> Bool {
    ChangedPaths([path]).reach(self)
  }
}
