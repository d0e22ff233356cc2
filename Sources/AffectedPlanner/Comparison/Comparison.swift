import AffectedGit

/// Two states of a repository and the paths that differ between them.
public struct Comparison: Sendable {
  /// The base as chosen and resolved; `nil` when there was none and every file counts as changed.
  public var base: ResolvedBase?
  /// The head commit; with `--uncommitted`, the `HEAD` commit whose working tree is compared.
  public var head: Commit
  /// Whether the head side is the working tree rather than `head`'s tree.
  public var headIsWorkingTree: Bool
  /// The commit whose tree is the "before" side: the merge base, head's first parent, or base itself.
  /// `nil` when there is no base.
  public var start: ObjectID?
  /// The merge base of base and head, when one was computed.
  public var mergeBase: ObjectID?
  /// The changed paths from `start` to head.
  public var changes: ChangeSet
  /// Set when every file counts as changed because there is no base (`--if-no-base all`): the reason.
  public var allChangedReason: String?
  /// What was chosen and why, one line each, for standard error.
  public var notes: [String]

  /// Creates a comparison.
  public init(
    base: ResolvedBase?, head: Commit, headIsWorkingTree: Bool, start: ObjectID?, mergeBase: ObjectID?,
    changes: ChangeSet, allChangedReason: String?, notes: [String]
  ) {
    self.base = base
    self.head = head
    self.headIsWorkingTree = headIsWorkingTree
    self.start = start
    self.mergeBase = mergeBase
    self.changes = changes
    self.allChangedReason = allChangedReason
    self.notes = notes
  }
}

/// A base candidate resolved to a commit.
public struct ResolvedBase: Hashable, Sendable {
  /// Where it came from.
  public var candidate: BaseCandidate
  /// The commit it names.
  public var commit: Commit

  /// Creates a resolved base.
  public init(candidate: BaseCandidate, commit: Commit) {
    self.candidate = candidate
    self.commit = commit
  }
}
