import AffectedGit
import AffectedModel

/// A git ``Snapshot`` seen as a `FileSource`, so the parsers read a commit's tree or the working tree
/// without knowing about git.
public struct SnapshotFileSource: ContextListingCaching {
  /// The snapshot read through.
  public let snapshot: Snapshot
  /// What build contexts send in the snapshot, kept for the images that list the same folders.
  public let contextListings = ContextListingCache()

  /// Wraps `snapshot`.
  public init(_ snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public func entry(at path: String) -> FileEntry? {
    snapshot.entry(at: path).map(Self.entry)
  }

  public func contents(of path: String) throws -> [UInt8] {
    try snapshot.contents(of: path)
  }

  public func files(under folder: String) -> [String] {
    snapshot.files(under: folder)
  }

  public func files(under folder: String, named accepts: (String) -> Bool) -> [String] {
    snapshot.files(under: folder, named: accepts)
  }

  /// The files of the snapshot with a name `filter` accepts: gathered when its trees were read
  /// ahead with the same filter, or found by walking its folders.
  public func files(named filter: FileNameFilter) -> [String] {
    snapshot.files(named: Snapshot.NameFilter(filter))
  }

  public func entries(under folder: String, entering enters: (String) -> Bool)
    -> [(path: String, entry: FileEntry)]
  {
    snapshot.fileEntries(under: folder, entering: enters) { ($0, Self.entry($1)) }
  }

  /// The model's view of a snapshot entry.
  private static func entry(_ entry: Snapshot.Entry) -> FileEntry {
    FileEntry(kind: kind(of: entry.mode), id: entry.id.description)
  }

  private static func kind(of mode: FileMode) -> FileEntry.Kind {
    switch mode {
    case .executable: .executable
    case .symlink: .symlink
    case .submodule: .submodule
    case .tree: .directory
    default: .file
    }
  }
}

extension Snapshot.NameFilter {
  /// The filters of the files discovery lists by name: the image-declaring files and the
  /// project manifests.
  static let discovery = [ImageCatalog.declaringNameFilter, ProjectGraph.manifestFilter].map(
    Snapshot.NameFilter.init)

  /// The snapshot's form of the model's `filter`, with its key.
  init(_ filter: FileNameFilter) {
    self.init(key: filter.key, accepts: filter.accepts)
  }
}
