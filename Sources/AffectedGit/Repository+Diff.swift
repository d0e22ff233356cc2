import CLibGit2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Repository {
  /// The changes from tree `old` to tree `new`, without rename detection.
  ///
  /// A rename is a deletion and an addition; type changes are reported as such. A `nil` tree is the
  /// empty tree, so `changes(from: nil, to: tree)` lists every file as added. Gives what
  /// `git_diff_tree_to_tree` gives, but walks the trees as `git diff-tree -r` does, skipping the
  /// folders whose ids match on both sides (see `appendChanges(from:to:in:to:)`).
  public func changes(from old: ObjectID?, to new: ObjectID) throws(GitError) -> ChangeSet {
    try withTree(old) { (oldTree) throws(GitError) in
      try withTree(new) { (newTree) throws(GitError) in
        var changes: [Change] = []
        var folder: [UInt8] = []
        try appendChanges(from: oldTree, to: newTree, in: &folder, to: &changes)
        return ChangeSet(changes: changes)
      }
    }
  }

  /// The changes from tree `old` (`nil`: the empty tree) to the working tree.
  ///
  /// They are the staged, unstaged, and untracked files that are not ignored, as `git diff <tree>`
  /// plus the untracked files reports them. Content changes inside a submodule's own working tree do
  /// not count; a moved submodule pointer does.
  ///
  /// Wraps `git_diff_tree_to_workdir_with_index`, then hashes the working-tree files it reports as
  /// modified without an id, so that a staged edit undone in the working tree is no change, as in
  /// git.
  /// - Throws: ``GitError`` when the repository is bare.
  public func changesInWorkingTree(from old: ObjectID?) throws(GitError) -> ChangeSet {
    guard !isBare else {
      throw GitError(
        code: .other(-1), message: "a bare repository has no working tree; drop --uncommitted",
        operation: "git_diff_tree_to_workdir_with_index")
    }
    return try withTree(old) { (oldTree) throws(GitError) in
      let flags = GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
      var options = try Self.diffOptions(flags: flags)
      options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY
      var diff: OpaquePointer?
      try LibGit2.check(
        git_diff_tree_to_workdir_with_index(&diff, pointer, oldTree, &options),
        "git_diff_tree_to_workdir_with_index")
      defer { git_diff_free(diff) }
      return ChangeSet(changes: Self.changeSet(of: diff).changes.compactMap(comparingEnds))
    }
  }

  /// The working-tree change with its status taken from the tree side and the working-tree side, as
  /// `git diff <tree>` compares them; `nil` when the two sides are the same.
  ///
  /// libgit2 builds the diff from tree→index and index→working tree and merges the two without
  /// comparing the ends (`git_diff__merge_like_cgit`): it keeps the second diff's status. So a staged
  /// edit undone in the working tree would still count as modified, and a file staged as a symbolic
  /// link and then written back as a file would count as a type change.
  private func comparingEnds(_ change: Change) -> Change? {
    guard change.status == .modified || change.status == .typechange,
      let oldMode = change.oldMode, let newMode = change.newMode
    else { return change }
    var change = change
    change.newID = change.newID ?? workingTreeID(of: change.path, mode: newMode)
    if oldMode == newMode, change.newID != nil, change.newID == change.oldID {
      return nil
    }
    change.status = oldMode.kind == newMode.kind ? .modified : .typechange
    return change
  }

  /// The blob id git would record for the working-tree file or symbolic link at `path`.
  ///
  /// `nil` if it cannot be read. Wraps `git_repository_hashfile`, which applies the repository's
  /// filters (such as `core.autocrlf`), and `git_odb_hash` of a link's target.
  private func workingTreeID(of path: String, mode: FileMode) -> ObjectID? {
    var oid = git_oid()
    switch mode {
    case .file, .executable:
      guard git_repository_hashfile(&oid, pointer, path, GIT_OBJECT_BLOB, nil) == 0 else {
        return nil
      }
    case .symlink:
      guard let directory = workingDirectory else { return nil }
      var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(directory + path, &target, target.count - 1)
      guard length >= 0, git_odb_hash(&oid, target, length, GIT_OBJECT_BLOB) == 0 else {
        return nil
      }
    default:
      return nil
    }
    return ObjectID(oid)
  }

  /// Calls `body` with the tree `id` (or `nil` for `nil`), freeing it afterwards.
  func withTree<Result>(
    _ id: ObjectID?, _ body: (OpaquePointer?) throws(GitError) -> Result
  ) throws(GitError) -> Result {
    guard let id else { return try body(nil) }
    var oid = id.raw
    var tree: OpaquePointer?
    let result = git_tree_lookup(&tree, pointer, &oid)
    guard result == 0 else {
      var error = LibGit2.lastError(code: result, "git_tree_lookup")
      if error.code == .notFound {
        error.message = "tree \(id) is not in this clone; \(missingObjectAdvice)"
      }
      throw error
    }
    defer { git_tree_free(tree) }
    return try body(tree)
  }

  /// What to do when an object the analysis needs is missing from the clone.
  var missingObjectAdvice: String {
    if isPartialClone {
      return "this is a partial clone (--filter) and the object was never fetched: "
        + "run 'git fetch --refetch --no-filter' or clone without --filter"
    }
    return "fetch the missing history (git fetch --deepen=N, or fetch-depth: 0 in actions/checkout)"
  }

  /// Diff options with `flags`, type changes reported as such, and no binary detection.
  static func diffOptions(flags: UInt32) throws(GitError) -> git_diff_options {
    var options = git_diff_options()
    try LibGit2.check(
      git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
    options.flags =
      flags | GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_SKIP_BINARY_CHECK.rawValue
    return options
  }

  /// The changes of `diff`, in its order.
  static func changeSet(of diff: OpaquePointer?) -> ChangeSet {
    let count = git_diff_num_deltas(diff)
    var changes: [Change] = []
    changes.reserveCapacity(count)
    for index in 0..<count {
      guard let delta = git_diff_get_delta(diff, index)?.pointee,
        let status = Change.Status(delta.status)
      else { continue }
      changes.append(Change(delta, status: status))
    }
    return ChangeSet(changes: changes)
  }
}

extension FileMode {
  /// The type of entry (file, symbolic link, submodule, folder) without its permission bits: a change
  /// between two types is a type change.
  fileprivate var kind: UInt32 { rawValue & 0o170000 }
}

extension Change.Status {
  init?(_ delta: git_delta_t) {
    switch delta {
    case GIT_DELTA_ADDED, GIT_DELTA_UNTRACKED: self = .added
    case GIT_DELTA_DELETED: self = .deleted
    case GIT_DELTA_MODIFIED: self = .modified
    case GIT_DELTA_RENAMED: self = .renamed
    case GIT_DELTA_TYPECHANGE: self = .typechange
    default: return nil
    }
  }
}

extension Change {
  init(_ delta: git_diff_delta, status: Status) {
    let validNewID = delta.new_file.flags & GIT_DIFF_FLAG_VALID_ID.rawValue != 0
    let old = status == .added ? nil : delta.old_file
    let new = status == .deleted ? nil : delta.new_file
    let newPath = String(cString: delta.new_file.path)
    let oldPath = String(cString: delta.old_file.path)
    self.init(
      status: status,
      path: status == .deleted ? oldPath : newPath,
      oldPath: old.map { _ in oldPath },
      oldID: old.map { ObjectID($0.id) },
      newID: new.flatMap { file in
        let id = ObjectID(file.id)
        return validNewID && !id.isZero ? id : nil
      },
      oldMode: old.map { FileMode(rawValue: UInt32($0.mode)) },
      newMode: new.map { FileMode(rawValue: UInt32($0.mode)) })
  }
}
