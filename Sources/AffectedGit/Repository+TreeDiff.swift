import CLibGit2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Repository {
  /// Appends to `changes` every file that differs between trees `old` and `new`, in git's order.
  ///
  /// The statuses, ids and modes are those `git_diff_tree_to_tree` gives with
  /// `GIT_DIFF_INCLUDE_TYPECHANGE` and without rename detection. But where `git_diff_tree_to_tree`
  /// expands both trees completely, this walks them side by side as `git diff-tree -r` does and
  /// skips every folder whose id is the same on both sides, so the cost follows the size of the
  /// change rather than the size of the repository.
  ///
  /// - Parameters:
  ///   - old: The tree before, or `nil` for the empty tree.
  ///   - new: The tree after, or `nil` for the empty tree.
  ///   - folder: The path of both trees from the root, as bytes ending in `/`, or empty.
  ///   - changes: Where the changes go.
  /// - Throws: ``GitError`` when a folder's tree is not in the clone.
  func appendChanges(
    from old: OpaquePointer?, to new: OpaquePointer?, in folder: inout [UInt8],
    to changes: inout [Change]
  ) throws(GitError) {
    let oldCount = old.map(git_tree_entrycount) ?? 0
    let newCount = new.map(git_tree_entrycount) ?? 0
    var oldIndex = 0
    var newIndex = 0
    while oldIndex < oldCount || newIndex < newCount {
      let oldEntry = oldIndex < oldCount ? git_tree_entry_byindex(old, oldIndex) : nil
      let newEntry = newIndex < newCount ? git_tree_entry_byindex(new, newIndex) : nil
      switch (oldEntry, newEntry) {
      case (let oldEntry?, let newEntry?):
        let order = TreeEntry(oldEntry).order(comparedWith: TreeEntry(newEntry))
        if order < 0 {
          try appendOneSided(TreeEntry(oldEntry), status: .deleted, in: &folder, to: &changes)
          oldIndex += 1
        } else if order > 0 {
          try appendOneSided(TreeEntry(newEntry), status: .added, in: &folder, to: &changes)
          newIndex += 1
        } else {
          try appendMatched(TreeEntry(oldEntry), TreeEntry(newEntry), in: &folder, to: &changes)
          oldIndex += 1
          newIndex += 1
        }
      case (let oldEntry?, nil):
        try appendOneSided(TreeEntry(oldEntry), status: .deleted, in: &folder, to: &changes)
        oldIndex += 1
      case (nil, let newEntry?):
        try appendOneSided(TreeEntry(newEntry), status: .added, in: &folder, to: &changes)
        newIndex += 1
      case (nil, nil):
        return  // an index past the end returned no entry: nothing more to compare
      }
    }
  }

  /// An entry with the same name and kind on both sides: unchanged, modified, or a type change.
  private func appendMatched(
    _ old: TreeEntry, _ new: TreeEntry, in folder: inout [UInt8], to changes: inout [Change]
  ) throws(GitError) {
    let oldID = old.id
    let newID = new.id
    if old.isTree {
      guard oldID != newID else { return }
      try descend(into: new, in: &folder) { (folder) throws(GitError) in
        try withTree(oldID) { (oldTree) throws(GitError) in
          try withTree(newID) { (newTree) throws(GitError) in
            try appendChanges(from: oldTree, to: newTree, in: &folder, to: &changes)
          }
        }
      }
      return
    }
    let status: Change.Status
    if old.mode & Self.typeMask != new.mode & Self.typeMask {
      status = .typechange
    } else if oldID == newID, old.mode == new.mode, !oldID.isZero {
      return
    } else {
      status = .modified
    }
    let path = new.path(in: folder)
    changes.append(
      Change(
        status: status, path: path, oldPath: path, oldID: oldID, newID: newID.isZero ? nil : newID,
        oldMode: FileMode(rawValue: old.mode), newMode: FileMode(rawValue: new.mode)))
  }

  /// An entry on one side only: the file, or every file below the folder, added or deleted.
  private func appendOneSided(
    _ entry: TreeEntry, status: Change.Status, in folder: inout [UInt8], to changes: inout [Change]
  ) throws(GitError) {
    let id = entry.id
    if entry.isTree {
      try descend(into: entry, in: &folder) { (folder) throws(GitError) in
        try withTree(id) { (tree) throws(GitError) in
          if status == .added {
            try appendChanges(from: nil, to: tree, in: &folder, to: &changes)
          } else {
            try appendChanges(from: tree, to: nil, in: &folder, to: &changes)
          }
        }
      }
      return
    }
    let path = entry.path(in: folder)
    let mode = FileMode(rawValue: entry.mode)
    changes.append(
      status == .added
        ? Change(
          status: .added, path: path, oldPath: nil, oldID: nil, newID: id.isZero ? nil : id,
          oldMode: nil, newMode: mode)
        : Change(
          status: .deleted, path: path, oldPath: path, oldID: id, newID: nil, oldMode: mode,
          newMode: nil))
  }

  /// Calls `body` with `folder` extended by the entry's name and a slash, then restores it.
  private func descend(
    into entry: TreeEntry, in folder: inout [UInt8],
    _ body: (inout [UInt8]) throws(GitError) -> Void
  ) throws(GitError) {
    let length = folder.count
    folder.append(contentsOf: entry.name)
    folder.append(UInt8(ascii: "/"))
    defer { folder.removeSubrange(length...) }
    try body(&folder)
  }

  /// The bits of a mode that give the kind of entry (`GIT_MODE_TYPE`).
  private static let typeMask: UInt32 = 0o170000
}

/// A borrowed `git_tree_entry` of a tree that outlives it.
private struct TreeEntry {
  let pointer: OpaquePointer

  init(_ pointer: OpaquePointer) {
    self.pointer = pointer
  }

  /// The mode as stored (`git_tree_entry_filemode_raw`), as `git_diff_tree_to_tree` reports it.
  var mode: UInt32 { git_tree_entry_filemode_raw(pointer).rawValue }

  var isTree: Bool { mode & 0o170000 == 0o040000 }

  var id: ObjectID { ObjectID(git_tree_entry_id(pointer).pointee) }

  /// The name's bytes, without the terminating NUL.
  var name: UnsafeBufferPointer<UInt8> {
    let start = UnsafeRawPointer(git_tree_entry_name(pointer))
    return UnsafeBufferPointer(
      start: start?.assumingMemoryBound(to: UInt8.self), count: start.map { strlen($0) } ?? 0)
  }

  /// The path of the entry in `folder`.
  func path(in folder: [UInt8]) -> String {
    let name = self.name
    return String(unsafeUninitializedCapacity: folder.count + name.count) { buffer in
      let end = buffer.initialize(fromContentsOf: folder)
      _ = buffer[end...].initialize(fromContentsOf: name)
      return folder.count + name.count
    }
  }

  /// Git's tree order: names compared bytewise, a folder's as if it ended in `/`.
  func order(comparedWith other: TreeEntry) -> Int {
    let left = name
    let right = other.name
    let common = min(left.count, right.count)
    if common > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress {
      let result = memcmp(leftStart, rightStart, common)
      if result != 0 { return Int(result) }
    }
    let leftNext = left.count > common ? left[common] : isTree ? UInt8(ascii: "/") : 0
    let rightNext = right.count > common ? right[common] : other.isTree ? UInt8(ascii: "/") : 0
    return Int(leftNext) - Int(rightNext)
  }
}
