/// What to compare: the choices a user makes with `--base`, `--head`, `--uncommitted` and friends.
public struct ComparisonOptions: Hashable, Sendable {
  /// What to do when no usable base exists.
  public enum MissingBasePolicy: String, Hashable, Sendable, CaseIterable {
    /// Stop with exit code 3 and say how to get a base.
    case fail
    /// Treat every file of head as changed, and say so.
    case all
  }

  /// The base revision given by the user; `nil` lets ``BaseSelector`` choose.
  public var base: String?
  /// The head revision; ignored when `uncommitted` is set.
  public var head: String
  /// Compare the working tree (staged, unstaged and untracked files) instead of a head commit.
  public var uncommitted: Bool
  /// Start from the merge base of base and head (`git diff base...head`) rather than base itself.
  public var useMergeBase: Bool
  /// What to do when no usable base exists.
  public var missingBase: MissingBasePolicy
  /// Fetch more history through libgit2 when the base or the merge base is missing from a shallow clone.
  public var deepen: Bool
  /// Start reading every tree of the head commit on other threads as soon as it is resolved,
  /// gathering the files discovery lists by name, for an ``ImpactAnalysis`` of the comparison
  /// to find read; only when trees are read changes.
  public var readsHeadAhead: Bool

  /// Creates options; the defaults compare `HEAD` with the merge base of the chosen base.
  public init(
    base: String? = nil, head: String = "HEAD", uncommitted: Bool = false,
    useMergeBase: Bool = true,
    missingBase: MissingBasePolicy = .fail, deepen: Bool = false, readsHeadAhead: Bool = false
  ) {
    self.base = base
    self.head = head
    self.uncommitted = uncommitted
    self.useMergeBase = useMergeBase
    self.missingBase = missingBase
    self.deepen = deepen
    self.readsHeadAhead = readsHeadAhead
  }
}
