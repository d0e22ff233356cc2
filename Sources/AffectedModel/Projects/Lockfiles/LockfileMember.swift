/// A local package of a lockfile: a workspace member, or a local path package it records.
///
/// Lockfiles identify members differently: `uv.lock`, `pnpm-lock.yaml` and `package-lock.json`
/// by folder (and uv also by name), `Cargo.lock` by name only.
public struct LockfileMember: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The member's repository-relative folder, when the lockfile records it.
  public var path: String?
  /// The member's package name, when the lockfile records it.
  public var name: String?

  /// Creates a member.
  public init(path: String?, name: String?) {
    self.path = path
    self.name = name
  }

  /// The folder (`.` for the root) or else the name.
  public var description: String {
    if let path {
      return path.isEmpty ? "." : path
    }
    return name ?? "?"
  }

  public static func < (lhs: LockfileMember, rhs: LockfileMember) -> Bool {
    (lhs.path ?? "", lhs.name ?? "") < (rhs.path ?? "", rhs.name ?? "")
  }
}
