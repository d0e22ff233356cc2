/// A repository file or folder whose content a deploy unit reads when it starts, such as an
/// `env_file`, a bind-mounted file or folder, or the files a kustomize generator turns into a
/// ConfigMap.
///
/// A change to the path itself or to anything below it restarts the unit.
public struct DeployRead: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The repository-relative path of the file or folder.
  public var path: String
  /// How the unit reads it, as a short phrase (`env_file`, `bind mount`, `ConfigMap app-config`).
  public var purpose: String
  /// For a bind mount inside the service's own build context, that context: only the paths its
  /// `.dockerignore` lets through count, as for the image built from it.
  public var context: LocalContext?

  /// Creates a read of `path`, filtered through `context`'s `.dockerignore` when given.
  public init(path: String, purpose: String, context: LocalContext? = nil) {
    self.path = path
    self.purpose = purpose
    self.context = context
  }

  /// Whether a change to the repository path `changed` changes what the unit reads: it is the
  /// path, or lies below it (the root, `""`, covers everything), and the context's
  /// `.dockerignore`, if any, does not drop it.
  public func covers(_ changed: String) -> Bool {
    guard path.isEmpty || changed == path || changed.hasPrefix(path + "/") else {
      return false
    }
    return context.map { $0.sentPath(of: changed) != nil } ?? true
  }

  /// The path, then the purpose in parentheses.
  public var description: String {
    "\(path.isEmpty ? "." : path) (\(purpose))"
  }

  /// Orders by path, then by purpose, in byte order.
  public static func < (lhs: DeployRead, rhs: DeployRead) -> Bool {
    if lhs.path != rhs.path {
      return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8)
    }
    return lhs.purpose.utf8.lexicographicallyPrecedes(rhs.purpose.utf8)
  }
}
