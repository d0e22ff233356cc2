/// Which members of a workspace a lockfile change affects.
public enum LockfileChange: Hashable, Sendable {
  /// The members whose resolved external dependencies differ between the two revisions, sorted
  /// (none when only packages that no member uses changed). A member present on one side only
  /// counts as changed.
  case members([LockfileMember])
  /// The lockfile cannot tell members apart, so every member of its workspace is affected; the
  /// reason says why.
  case allMembers(reason: String)

  /// Compares a lockfile at the base revision with the same lockfile at the head revision;
  /// `nil` stands for a revision where the file does not exist.
  public init(from base: LockfileResolution?, to head: LockfileResolution?) {
    guard let base, let head else {
      if let only = base ?? head {
        self = .allMembers(
          reason: "\(only.file) was \(base == nil ? "added" : "removed")")
      } else {
        self = .members([])
      }
      return
    }
    if let limitation = head.limitation ?? base.limitation {
      self = head.fallbackText == base.fallbackText ? .members([]) : .allMembers(reason: limitation)
      return
    }
    let members = Set(base.dependencies.keys).union(head.dependencies.keys)
    self = .members(members.filter { base.dependencies[$0] != head.dependencies[$0] }.sorted())
  }
}
