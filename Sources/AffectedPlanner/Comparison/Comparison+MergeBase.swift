import AffectedGit

extension Comparison {
  /// Where a merge-base comparison starts, and what to say about it.
  struct MergeBaseStart {
    var mergeBase: ObjectID
    var start: Commit
    var notes: [String]
  }

  /// The merge base of `base` and `head`, or head's first parent when the merge base is head itself (a
  /// push to the default branch), since comparing head with itself would build nothing.
  static func findMergeBase(
    of base: Commit, and head: Commit, in repository: Repository, options: ComparisonOptions
  ) throws -> MergeBaseStart {
    var bases: [ObjectID] = []
    do {
      bases = try repository.mergeBases(of: base.id, and: head.id)
    } catch {
      // libgit2 may report a walk that hits the shallow boundary as a failure, not as "no merge base".
      guard repository.isShallow else { throw error }
    }
    guard let mergeBase = bases.first else {
      if repository.isShallow {
        throw ComparisonError.noBase(
          "the merge base of \(base.id.abbreviated()) and \(head.id.abbreviated()) is not in this shallow "
            + "clone; fetch more history (actions/checkout: fetch-depth: 0; or git fetch --deepen=200; "
            + "or --deepen), or compare the trees directly with --no-merge-base",
          fetchMayHelp: true)
      }
      throw ComparisonError.noBase(
        "\(base.id.abbreviated()) and \(head.id.abbreviated()) share no history, so they have no merge "
          + "base; compare the trees directly with --no-merge-base",
        fetchMayHelp: false)
    }
    var notes: [String] = []
    if bases.count > 1 {
      notes.append(
        "warning: \(base.id.abbreviated())...\(head.id.abbreviated()): multiple merge bases, using "
          + "\(mergeBase)")
    }
    guard mergeBase == head.id, !options.uncommitted else {
      notes.append("merge base: \(mergeBase.abbreviated())")
      return MergeBaseStart(
        mergeBase: mergeBase, start: try repository.commit(id: mergeBase), notes: notes)
    }
    guard let parent = head.parents.first else {
      let advice =
        repository.isShallow
        ? "in this shallow clone; fetch more history (fetch-depth: 0, git fetch --deepen=200, or --deepen)"
        : "(a root commit); pass --if-no-base all to treat every file as changed"
      throw ComparisonError.noBase(
        "the merge base is head \(head.id.abbreviated()) itself and head has no parent \(advice)",
        fetchMayHelp: repository.isShallow)
    }
    notes.append(
      "merge base is head itself (a push to the base branch, or a scheduled run): comparing with head's "
        + "first parent \(parent.abbreviated()) instead")
    return MergeBaseStart(mergeBase: mergeBase, start: try repository.commit(id: parent), notes: notes)
  }
}
