import CLibGit2

extension Repository {
  /// Reads every tree below the tree `id`, and `id` itself, into the listings the handles opened
  /// from this repository's ``location`` share, so their snapshots walk them without reading;
  /// on the way, gathers the files each of `filters` accepts, which ``Snapshot/files(named:)``
  /// of a snapshot of `id` then answers with, on any of those handles.
  ///
  /// Reading ahead never changes an answer, only when trees are read. The trees are read from
  /// the pack files on several threads (``TreeReading``; libgit2 reads packs under process-wide
  /// locks, so threads reading through it take turns), and what the packs cannot give (loose
  /// objects, alternates, anything unusual) through libgit2; then nothing is gathered, and
  /// ``Snapshot/files(named:)`` walks the folders.
  /// - Throws: ``GitError`` when a tree is missing from the clone (a walk that needs it reports
  ///   the same error).
  public func readTrees(
    below id: ObjectID, gathering filters: [Snapshot.NameFilter] = []
  ) throws(GitError) {
    trees.waitForReading(below: id)
    if trees.hasRead(below: id, gathering: filters.map(\.key)) {
      return
    }
    if let packs, TreeReading(packs: packs, store: trees, filters: filters).readWhole(below: id) {
      return
    }
    try readTreesThroughLibgit2(below: id)
  }

  /// Starts reading every tree below the tree `id`, and `id` itself, on other threads, gathering
  /// the files each of `filters` accepts, and returns at once: what
  /// ``readTrees(below:gathering:)`` does, sooner, while this thread goes on with other work.
  ///
  /// A later ``readTrees(below:gathering:)`` of `id`, on any handle opened from this repository's
  /// ``location``, waits for this reading instead of starting its own, then reads what it could
  /// not (through libgit2) and gathers the filters it did not. Reading ahead never changes an
  /// answer, only when trees are read.
  public func startReadingTrees(below id: ObjectID, gathering filters: [Snapshot.NameFilter] = []) {
    guard let packs else { return }
    let reading = TreeReading(packs: packs, store: trees, filters: filters)
    trees.startReading(below: id) {
      _ = reading.readWhole(below: id)
    }
  }

  /// Reads every tree below the tree `id`, and `id` itself, that no handle has read yet.
  private func readTreesThroughLibgit2(below id: ObjectID) throws(GitError) {
    for entry in try treeEntries(id) where entry.mode == .tree {
      try readTreesThroughLibgit2(below: entry.id)
    }
  }

  /// The folder of the object database, ending with `/`: in the common git folder, which linked
  /// worktrees share.
  var objectsDirectory: String {
    String(cString: git_repository_commondir(pointer)) + "objects/"
  }

  /// The entries of the tree `id`, in git's order: from the listings the handles opened from
  /// this repository's ``location`` share, read the first time from the pack files, or from
  /// libgit2 when they cannot give it.
  ///
  /// Wraps `git_tree_lookup` and `git_tree_entry_byindex`.
  func treeEntries(_ id: ObjectID) throws(GitError) -> [Snapshot.Child] {
    if let known = trees.listing(of: id) {
      return known
    }
    if let bytes = packReader?.contents(of: id, as: .tree), let entries = TreeBytes.entries(bytes) {
      trees.keep(entries, of: id)
      return entries
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
