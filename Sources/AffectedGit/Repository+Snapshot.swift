import CLibGit2

extension Repository {
  /// A snapshot of the files of `commit`, read from its tree.
  ///
  /// Wraps `git_tree_lookup`.
  /// - Throws: ``GitError`` when the commit's tree is not in this clone.
  public func snapshot(of commit: Commit) throws(GitError) -> Snapshot {
    try snapshot(ofTree: commit.tree, description: "commit \(commit.id.abbreviated())")
  }

  /// A snapshot of the files of the tree `tree`.
  ///
  /// Wraps `git_tree_lookup`.
  /// - Throws: ``GitError`` when the tree is not in this clone.
  public func snapshot(ofTree tree: ObjectID) throws(GitError) -> Snapshot {
    try snapshot(ofTree: tree, description: "tree \(tree.abbreviated())")
  }

  private func snapshot(ofTree tree: ObjectID, description: String) throws(GitError) -> Snapshot {
    _ = try treeEntries(tree)
    return Snapshot(repository: self, root: nil, tree: tree, description: description)
  }

  /// The bytes of the blob `id`, found at `path`: from the pack files, or from libgit2 when they
  /// cannot give them.
  ///
  /// Wraps `git_blob_lookup`.
  /// - Throws: ``GitError`` saying how to get the blob when the clone lacks it.
  func blobContents(_ id: ObjectID, path: String) throws(GitError) -> [UInt8] {
    if let bytes = packReader?.contents(of: id, as: .blob) {
      return bytes
    }
    var oid = id.raw
    var blob: OpaquePointer?
    let result = git_blob_lookup(&blob, pointer, &oid)
    guard result == 0, let blob else {
      var error = LibGit2.lastError(code: result, "git_blob_lookup")
      if error.code == .notFound {
        error.message =
          "the content of '\(path)' (blob \(id.abbreviated())) is not in this clone; "
          + missingObjectAdvice
      }
      throw error
    }
    defer { git_blob_free(blob) }
    guard let content = git_blob_rawcontent(blob) else { return [] }
    return [UInt8](UnsafeRawBufferPointer(start: content, count: Int(git_blob_rawsize(blob))))
  }
}
