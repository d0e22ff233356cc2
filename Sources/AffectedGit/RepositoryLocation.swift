/// Where a ``Repository`` was opened, to open another handle on it from another thread.
///
/// Handles opened from one location share the tree listings any of them read (trees are
/// immutable, so this is exact), so parallel work and the two sides of a comparison read each
/// tree once between them; they also read one mapping of the pack files. Get one from
/// ``Repository/location``.
public struct RepositoryLocation: Sendable {
  /// The working tree, or the git folder of a bare repository.
  public let path: String
  /// The listings shared by the handles opened here.
  let trees: TreeStore
  /// The pack files shared by the handles opened here.
  let packs: SharedPackFiles

  /// Opens a new handle on the repository, sharing what the others read.
  ///
  /// - Throws: ``GitError`` when the repository can no longer be opened.
  public func open() throws(GitError) -> Repository {
    try Repository(discoveringFrom: path, trees: trees, packs: packs)
  }
}
