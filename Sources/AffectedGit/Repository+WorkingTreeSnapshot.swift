import CLibGit2

extension Repository {
  /// A snapshot of the working tree: the files in the index, plus the untracked files that are not
  /// ignored, minus the files deleted from disk, with their content read from disk.
  ///
  /// A file that differs from the index gets the mode it has on disk; its id is computed the first
  /// time its entry is asked for. Files that a sparse checkout leaves out of the working tree are
  /// kept as the index records them. Changes inside a submodule's own working tree do not count; a
  /// submodule whose checked-out commit moved gets that commit as its id.
  ///
  /// Wraps `git_repository_index` and `git_diff_index_to_workdir`.
  /// - Throws: ``GitError`` when the repository is bare or the index cannot be read.
  public func workingTreeSnapshot() throws(GitError) -> Snapshot {
    guard !isBare else {
      throw GitError(
        code: .other(-1),
        message: "a bare repository has no working tree; analyse a commit instead",
        operation: "git_repository_index")
    }
    var index: OpaquePointer?
    try LibGit2.check(git_repository_index(&index, pointer), "git_repository_index")
    defer { git_index_free(index) }
    try LibGit2.check(git_index_read(index, 0), "git_index_read")

    var changed: [String: Change] = [:]
    var untracked: [WorkingTreeFile] = []
    for change in try changesFromIndexToWorkingTree(index) {
      if change.status == .added {
        untracked.append(
          WorkingTreeFile(change.path, mode: change.newMode ?? .file, known: change.newID))
      } else {
        changed[change.path] = change
      }
    }
    untracked.sort { $0.path.precedesInByteOrder($1.path) }

    var builder = FolderListingBuilder()
    var pending = untracked[...]
    for file in trackedFiles(in: index, changed: changed) {
      while let next = pending.first, next.path.precedesInByteOrder(file.path) {
        builder.add(next)
        pending.removeFirst()
      }
      builder.add(file)
    }
    pending.forEach { builder.add($0) }
    return Snapshot(
      repository: self, root: builder.finish(), tree: nil, description: "the working tree")
  }

  /// The files of `index` as the working tree has them, minus the deleted ones, in byte order.
  private func trackedFiles(in index: OpaquePointer?, changed: [String: Change])
    -> [WorkingTreeFile]
  {
    let count = git_index_entrycount(index)
    var files: [WorkingTreeFile] = []
    files.reserveCapacity(count)
    var previousPath: String?
    var inByteOrder = true
    for position in 0..<count {
      guard let entry = git_index_get_byindex(index, position) else { continue }
      let path = String(cString: entry.pointee.path)
      // A conflict has up to three entries for one path, one per stage.
      guard path != previousPath else { continue }
      if let previousPath, !previousPath.precedesInByteOrder(path) {
        inByteOrder = false
      }
      previousPath = path
      if let file = WorkingTreeFile(entry, at: path, change: changed.isEmpty ? nil : changed[path])
      {
        files.append(file)
      }
    }
    // With core.ignorecase set, libgit2 sorts the index without regard to case.
    if !inByteOrder {
      files.sort { $0.path.precedesInByteOrder($1.path) }
    }
    return files
  }

  /// How the working tree differs from `index`: untracked files that are not ignored show as added.
  private func changesFromIndexToWorkingTree(_ index: OpaquePointer?) throws(GitError) -> [Change] {
    let flags = GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
    var options = try Self.diffOptions(flags: flags)
    options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY
    var diff: OpaquePointer?
    try LibGit2.check(
      git_diff_index_to_workdir(&diff, pointer, index, &options), "git_diff_index_to_workdir")
    defer { git_diff_free(diff) }
    return Self.changeSet(of: diff).changes
  }

  /// The id `git add` would record for the working-tree entry at `path`: the blob id of a file,
  /// filters applied, or of a symbolic link's target text; the commit checked out in a submodule.
  ///
  /// Wraps `git_repository_hashfile`, `git_odb_hash` and `git_submodule_wd_id`.
  func workingTreeID(at path: String, mode: FileMode) throws(GitError) -> ObjectID {
    var oid = git_oid()
    if mode == .submodule {
      return try checkedOutCommit(inSubmodule: path)
    }
    if mode == .symlink {
      let target = try FileSystem.readLink(workingTreePath(path), shownAs: path)
      let result = target.withUnsafeBytes { bytes in
        git_odb_hash(&oid, bytes.baseAddress, bytes.count, GIT_OBJECT_BLOB)
      }
      try LibGit2.check(result, "git_odb_hash")
      return ObjectID(oid)
    }
    let result = git_repository_hashfile(&oid, pointer, path, GIT_OBJECT_BLOB, nil)
    guard result == 0 else {
      var error = LibGit2.lastError(code: result, "git_repository_hashfile")
      error.message = "cannot hash '\(path)' in the working tree: \(error.message)"
      throw error
    }
    return ObjectID(oid)
  }

  /// The commit checked out in the submodule at `path`.
  private func checkedOutCommit(inSubmodule path: String) throws(GitError) -> ObjectID {
    var submodule: OpaquePointer?
    try LibGit2.check(git_submodule_lookup(&submodule, pointer, path), "git_submodule_lookup")
    defer { git_submodule_free(submodule) }
    guard let commit = git_submodule_wd_id(submodule) else {
      throw GitError(
        code: .notFound,
        message:
          "the submodule '\(path)' has no commit checked out; run 'git submodule update --init'",
        operation: "git_submodule_wd_id")
    }
    return ObjectID(commit.pointee)
  }

  /// The bytes of the working-tree file at `path`; for a symbolic link, its target text.
  func readWorkingTreeFile(at path: String, mode: FileMode) throws(GitError) -> [UInt8] {
    let fullPath = try workingTreePath(path)
    if mode == .symlink {
      return try FileSystem.readLink(fullPath, shownAs: path)
    }
    return try FileSystem.readFile(fullPath, shownAs: path)
  }

  /// The file-system path of the repository-relative `path`.
  private func workingTreePath(_ path: String) throws(GitError) -> String {
    guard let workingDirectory else {
      throw GitError(
        code: .other(-1), message: "a bare repository has no working tree to read '\(path)' from",
        operation: "git_repository_workdir")
    }
    return workingDirectory + path
  }
}

/// A working-tree file on its way into a snapshot.
private struct WorkingTreeFile {
  var path: String
  var mode: FileMode
  var id: ObjectID
  var origin: Snapshot.Origin

  /// A file found on disk whose id is `known`, or not known yet.
  init(_ path: String, mode: FileMode, known: ObjectID?) {
    self.path = path
    self.mode = mode
    self.id = known ?? .zero
    self.origin = known == nil ? .changedOnDisk : .workingTree
  }

  /// The index entry `entry` at `path`, as the working tree has it; `nil` if it was deleted.
  init?(_ entry: UnsafePointer<git_index_entry>, at path: String, change: Change?) {
    let indexed = entry.pointee
    let mode = FileMode(rawValue: indexed.mode)
    let skipWorktree = UInt32(indexed.flags_extended) & GIT_INDEX_ENTRY_SKIP_WORKTREE.rawValue != 0
    if skipWorktree {
      self.init(path, mode: mode, known: ObjectID(indexed.id))
      origin = .objectDatabase
    } else if git_index_entry_stage(entry) > 0 {
      // A conflicted file: what is on disk, conflict markers and all, is what `git add` would take.
      self.init(path, mode: mode, known: nil)
    } else if let change {
      guard change.status != .deleted else { return nil }
      self.init(path, mode: change.newMode ?? mode, known: change.newID)
    } else {
      self.init(path, mode: mode, known: ObjectID(indexed.id))
    }
  }
}

extension FolderListingBuilder {
  /// Adds a working-tree file.
  fileprivate mutating func add(_ file: WorkingTreeFile) {
    add(file.path, mode: file.mode, id: file.id, origin: file.origin)
  }
}
