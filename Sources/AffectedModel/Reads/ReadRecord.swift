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
  /// Every folder that holds a path of `paths`.
  private var folders: Set<String> = []

  /// Creates an empty record.
  public init() {}

  /// Records that `path` was looked up or read, or that the folder `path` was listed.
  public mutating func add(_ path: String) {
    guard paths.insert(path).inserted else {
      return
    }
    var folder = ComposePath.folder(of: path)
    while !folder.isEmpty, folders.insert(folder).inserted {
      folder = ComposePath.folder(of: folder)
    }
  }

  /// Records that the names of all the repository's files were listed.
  public mutating func addRootListing() {
    listsRoot = true
  }

  /// Whether a change at `path` reaches a recorded read (the root listing aside): `path` is a
  /// recorded path, lies inside one (a listed folder), or holds one (a file replaced by a folder,
  /// a link along a recorded path).
  public func reaches(_ path: String) -> Bool {
    if paths.contains(path) || folders.contains(path) || paths.contains("") {
      return true
    }
    var folder = ComposePath.folder(of: path)
    while !folder.isEmpty {
      if paths.contains(folder) {
        return true
      }
      folder = ComposePath.folder(of: folder)
    }
    return false
  }
}
