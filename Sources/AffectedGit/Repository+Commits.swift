import CLibGit2

extension Repository {
  /// The commit that a revision spec names: `origin/main`, `HEAD~3`, `v1.2.0`, a short id,
  /// `main@{upstream}`, or anything else git's `rev-parse` accepts. Tags are peeled to their commit.
  ///
  /// Wraps `git_revparse_single` and `git_object_peel`.
  /// - Throws: ``GitError`` with code ``GitError/Code/notFound`` when nothing has that name,
  ///   ``GitError/Code/unbornBranch`` when the repository has no commits yet.
  public func commit(_ spec: String) throws(GitError) -> Commit {
    var object: OpaquePointer?
    let result = git_revparse_single(&object, pointer, spec)
    guard result == 0, let object else {
      if spec == "HEAD" || spec.hasPrefix("HEAD"), isEmpty {
        throw GitError(
          code: .unbornBranch,
          message:
            "the repository has no commits yet, so there is nothing to compare; commit first",
          operation: "git_revparse_single")
      }
      var error = LibGit2.lastError(code: result, "git_revparse_single")
      if error.code == .notFound || error.code == .invalid {
        error.code = .notFound
        // For `HEAD~9` or `main@{upstream}` the name exists: libgit2's reason ("parent 0 does not
        // exist", "config value 'branch.main.remote' was not found") says what is missing.
        let isPlainName = !spec.contains { "~^@:{".contains($0) }
        error.message =
          isPlainName
          ? "unknown revision '\(spec)': no branch, tag or commit has that name"
          : "unknown revision '\(spec)': \(error.message)"
      }
      throw error
    }
    defer { git_object_free(object) }
    var peeled: OpaquePointer?
    try LibGit2.check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "git_object_peel")
    defer { git_object_free(peeled) }
    return try commit(id: ObjectID(git_object_id(peeled).pointee))
  }

  /// The commit with the given id. Wraps `git_commit_lookup`.
  public func commit(id: ObjectID) throws(GitError) -> Commit {
    var oid = id.raw
    var handle: OpaquePointer?
    let result = git_commit_lookup(&handle, pointer, &oid)
    guard result == 0, let handle else {
      var error = LibGit2.lastError(code: result, "git_commit_lookup")
      if error.code == .notFound {
        error.message = "commit \(id) is not in this clone"
      }
      throw error
    }
    defer { git_commit_free(handle) }
    let parentCount = git_commit_parentcount(handle)
    let parents = (0..<parentCount).compactMap { index in
      git_commit_parent_id(handle, index).map { ObjectID($0.pointee) }
    }
    let summary = git_commit_summary(handle).map { String(cString: $0) } ?? ""
    return Commit(
      id: id, tree: ObjectID(git_commit_tree_id(handle).pointee), parents: parents, summary: summary
    )
  }

  /// The merge bases of two commits: the best common ancestor git picks first, then any others.
  ///
  /// Empty when the histories share nothing — or, in a shallow clone, when the history that would join
  /// them is cut off. Wraps `git_merge_base` and `git_merge_bases`.
  public func mergeBases(of first: ObjectID, and second: ObjectID) throws(GitError) -> [ObjectID] {
    var one = first.raw
    var two = second.raw
    var best = git_oid()
    let result = git_merge_base(&best, pointer, &one, &two)
    if result == GIT_ENOTFOUND.rawValue {
      return []
    }
    try LibGit2.check(result, "git_merge_base")
    var all = git_oidarray()
    try LibGit2.check(git_merge_bases(&all, pointer, &one, &two), "git_merge_bases")
    defer { git_oidarray_dispose(&all) }
    let chosen = ObjectID(best)
    let others = (0..<all.count).map { ObjectID(all.ids[$0]) }.filter { $0 != chosen }
    return [chosen] + others
  }
}
