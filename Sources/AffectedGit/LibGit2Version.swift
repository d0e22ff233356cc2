import CLibGit2

/// The version of the libgit2 library linked at run time.
public struct LibGit2Version: Comparable, CustomStringConvertible, Sendable {
  /// The oldest libgit2 that `affected` works with: 1.7 added shallow-clone support, without which merge
  /// bases in CI clones fail with "object not found".
  public static let minimum = LibGit2Version(major: 1, minor: 7, revision: 0)

  /// The version reported by the loaded library. Wraps `git_libgit2_version`.
  public static var current: LibGit2Version {
    var major: Int32 = 0
    var minor: Int32 = 0
    var revision: Int32 = 0
    git_libgit2_version(&major, &minor, &revision)
    return LibGit2Version(major: Int(major), minor: Int(minor), revision: Int(revision))
  }

  /// The major version.
  public var major: Int
  /// The minor version.
  public var minor: Int
  /// The revision (patch) number.
  public var revision: Int

  /// Creates a version.
  public init(major: Int, minor: Int, revision: Int) {
    self.major = major
    self.minor = minor
    self.revision = revision
  }

  public static func < (lhs: LibGit2Version, rhs: LibGit2Version) -> Bool {
    (lhs.major, lhs.minor, lhs.revision) < (rhs.major, rhs.minor, rhs.revision)
  }

  public var description: String {
    "\(major).\(minor).\(revision)"
  }
}
