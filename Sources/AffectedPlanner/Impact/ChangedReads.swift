import AffectedGit
import AffectedModel

/// The paths of a comparison's changes, to tell whether a result computed at head from the
/// paths in a ``ReadRecord`` holds at the start side too.
struct ChangedReads {
  /// Every changed path (both sides of a rename), whatever `affected.yml` ignores.
  let paths: ChangedPaths
  /// The paths added or deleted (both sides of a rename): those change a listing of names.
  let listedPaths: [String]

  /// The paths of `changes`.
  init(_ changes: ChangeSet) {
    let listedPaths = changes.changes.flatMap { change -> [String] in
      switch change.status {
      case .added, .deleted, .renamed:
        return [change.oldPath, change.path].compactMap { $0 }
      case .modified, .typechange:
        return []
      }
    }
    paths = ChangedPaths(changes.paths, listed: listedPaths)
    self.listedPaths = listedPaths
  }

  /// Whether no change reaches the reads of `record`, so that the same reads at the start side
  /// give the same result; `isFolder` tells the folders of the start side (see
  /// ``ChangedPaths/reach(_:isFolder:)``). A listing of the root's file names counts as changed
  /// when a file that `rootListingLooksAt` accepts was added or deleted.
  func leave(
    _ record: ReadRecord, rootListingLooksAt: (String) -> Bool, isFolder: (String) -> Bool
  ) -> Bool {
    if record.listsRoot, listedPaths.contains(where: rootListingLooksAt) {
      return false
    }
    return !paths.reach(record, isFolder: isFolder)
  }
}
