import CLibGit2

extension Repository {
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
