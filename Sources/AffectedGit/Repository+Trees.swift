import CLibGit2

extension Repository {
  /// Reads every tree below the tree `id`, and `id` itself, into the listings the handles opened
  /// from this repository's ``location`` share, so their snapshots walk them without reading.
  ///
  /// Reading ahead never changes an answer, only when trees are read. One thread reading is as
  /// fast as two: libgit2 reads a pack under one process-wide lock.
  /// - Throws: ``GitError`` when a tree is missing from the clone (a walk that needs it reports
  ///   the same error).
  public func readTrees(below id: ObjectID) throws(GitError) {
    for entry in try treeEntries(id) where entry.mode == .tree {
      try readTrees(below: entry.id)
    }
  }

  /// The entries of the tree `id`, in git's order: from the listings the handles opened from
  /// this repository's ``location`` share, read from git the first time.
  ///
  /// Wraps `git_tree_lookup` and `git_tree_entry_byindex`.
  func treeEntries(_ id: ObjectID) throws(GitError) -> [Snapshot.Child] {
    if let known = trees.listing(of: id) {
      return known
    }
    let entries = try withTree(id) { tree in
      let count = git_tree_entrycount(tree)
      var entries: [Snapshot.Child] = []
      entries.reserveCapacity(count)
      for index in 0..<count {
        guard let entry = git_tree_entry_byindex(tree, index) else { continue }
        entries.append(
          Snapshot.Child(
            name: String(cString: git_tree_entry_name(entry)),
            mode: FileMode(rawValue: git_tree_entry_filemode(entry).rawValue),
            id: ObjectID(git_tree_entry_id(entry).pointee), origin: .objectDatabase, folder: nil))
      }
      return entries
    }
    trees.keep(entries, of: id)
    return entries
  }
}
