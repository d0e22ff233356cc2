/// One external package as a lockfile resolves it.
public struct ResolvedPackage: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The package's name.
  public var name: String
  /// The version resolved, or the lockfile's reference when it has no plain version.
  public var version: String
  /// Where it comes from and its checksum when the lockfile records them (registry URL, git
  /// commit, integrity hash); a package that the lockfile names but does not list says so here.
  public var source: String

  /// Creates a resolved package.
  public init(name: String, version: String, source: String = "") {
    self.name = name
    self.version = version
    self.source = source
  }

  /// `name version`, then the source in parentheses when there is one.
  public var description: String {
    let named = version.isEmpty ? name : "\(name) \(version)"
    return source.isEmpty ? named : "\(named) (\(source))"
  }

  public static func < (lhs: ResolvedPackage, rhs: ResolvedPackage) -> Bool {
    (lhs.name, lhs.version, lhs.source) < (rhs.name, rhs.version, rhs.source)
  }
}
