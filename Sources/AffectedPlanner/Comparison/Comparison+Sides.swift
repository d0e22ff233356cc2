import AffectedGit

extension Comparison {
  /// The files of the head side: the working tree, or the head commit's tree.
  ///
  /// - Throws: `GitError` when the side cannot be read.
  public func headSource(in repository: Repository) throws(GitError) -> SnapshotFileSource {
    try Self.source(of: head, workingTree: headIsWorkingTree, in: repository)
  }

  /// The files of `commit`, or of the working tree (whose `HEAD` is `commit`) when `workingTree`.
  ///
  /// - Throws: `GitError` when they cannot be read.
  public static func source(
    of commit: Commit, workingTree: Bool, in repository: Repository
  ) throws(GitError) -> SnapshotFileSource {
    SnapshotFileSource(
      workingTree ? try repository.workingTreeSnapshot() : try repository.snapshot(of: commit))
  }

  /// The files of the start side (the merge base, or the base itself), or `nil` without a base.
  ///
  /// - Throws: `GitError` when the side cannot be read.
  public func startSource(in repository: Repository) throws(GitError) -> SnapshotFileSource? {
    guard let start else { return nil }
    return try Self.source(ofCommit: start, in: repository)
  }

  /// The files of the commit `id`.
  ///
  /// - Throws: `GitError` when they cannot be read.
  static func source(ofCommit id: ObjectID, in repository: Repository) throws(GitError)
    -> SnapshotFileSource
  {
    SnapshotFileSource(try repository.snapshot(of: try repository.commit(id: id)))
  }
}
