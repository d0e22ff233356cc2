import CLibGit2

extension Repository {
  /// Points the lightweight tag `refs/tags/<name>` at `target`, creating or moving it.
  ///
  /// Wraps `git_reference_name_is_valid` and `git_reference_create`.
  /// - Returns: the commit the tag named before, or `nil` when it is new.
  /// - Throws: ``GitError`` when `name` is not a valid tag name, when the tag exists and `force`
  ///   is not set, or when the reference cannot be written.
  @discardableResult
  public func setTag(name: String, target: ObjectID, force: Bool) throws(GitError) -> ObjectID? {
    let reference = "refs/tags/\(name)"
    var valid: Int32 = 0
    try LibGit2.check(
      git_reference_name_is_valid(&valid, reference), "git_reference_name_is_valid")
    guard valid == 1 else {
      throw GitError(
        code: .invalid,
        message: "'\(name)' is not a valid tag name; use letters, digits, '/', '-', '_' and '.', "
          + "without spaces, '..' or a trailing '/'",
        operation: "git_reference_name_is_valid")
    }
    let previous = try tagTarget(reference)
    if let previous, !force {
      throw GitError(
        code: .other(GIT_EEXISTS.rawValue),
        message: "the tag '\(name)' already exists at \(previous.abbreviated()); "
          + "move it on purpose (force)",
        operation: "git_reference_create")
    }
    var oid = target.raw
    var created: OpaquePointer?
    try LibGit2.check(
      git_reference_create(
        &created, pointer, reference, &oid, force ? 1 : 0, "affected: tag \(name)"),
      "git_reference_create")
    git_reference_free(created)
    return previous
  }

  /// The commit the tag reference `reference` names, or `nil` when there is no such tag.
  private func tagTarget(_ reference: String) throws(GitError) -> ObjectID? {
    do {
      return try commit(reference).id
    } catch {
      guard error.code == .notFound else { throw error }
      return nil
    }
  }
}
