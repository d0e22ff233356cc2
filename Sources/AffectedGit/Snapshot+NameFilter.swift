extension Snapshot {
  /// A test on file names, with a key that names it, so that reading a snapshot's trees ahead
  /// (``Repository/readTrees(below:gathering:)``) can gather the files it accepts on the way, and
  /// ``Snapshot/files(named:)`` answers with them instead of walking every folder again.
  ///
  /// Filters are told apart by their key alone: two filters with one key must accept the same
  /// names. The test runs on every thread that reads trees.
  public struct NameFilter: Sendable {
    /// What names the filter, such as `image-declaring-files`.
    public var key: String
    /// Whether a file, symbolic link or submodule called `name` (the last element of its path)
    /// is wanted.
    public var accepts: @Sendable (_ name: String) -> Bool

    /// A filter called `key` that keeps the names `accepts`.
    public init(key: String, accepts: @escaping @Sendable (_ name: String) -> Bool) {
      self.key = key
      self.accepts = accepts
    }
  }

  /// The paths of every file, symbolic link and submodule of the snapshot whose name `filter`
  /// accepts, in byte order: ``files(under:named:)`` of the root.
  ///
  /// When the snapshot's tree was read ahead gathering `filter`, by any handle on its
  /// repository's ``Repository/location``, the paths gathered then are the answer and no folder
  /// is walked.
  public func files(named filter: NameFilter) -> [String] {
    if let tree, let gathered = repository.trees.gathered(filter.key, below: tree) {
      return gathered
    }
    return files(under: "", named: filter.accepts)
  }
}
