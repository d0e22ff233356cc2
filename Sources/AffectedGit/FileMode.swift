import CLibGit2

/// The mode git records for a tree entry. Wraps `git_filemode_t`.
public struct FileMode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The mode as git stores it, such as `0o100644`.
  public var rawValue: UInt32

  /// Creates a mode from its raw value.
  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// A regular file (`GIT_FILEMODE_BLOB`, 100644).
  public static let file = FileMode(rawValue: 0o100644)
  /// An executable file (`GIT_FILEMODE_BLOB_EXECUTABLE`, 100755).
  public static let executable = FileMode(rawValue: 0o100755)
  /// A symbolic link (`GIT_FILEMODE_LINK`, 120000).
  public static let symlink = FileMode(rawValue: 0o120000)
  /// A submodule, recorded as the commit it points to (`GIT_FILEMODE_COMMIT`, 160000).
  public static let submodule = FileMode(rawValue: 0o160000)
  /// A folder (`GIT_FILEMODE_TREE`, 040000).
  public static let tree = FileMode(rawValue: 0o040000)

  /// Whether the entry is a folder.
  public var isTree: Bool { self == .tree }

  /// The six octal digits git prints, such as `100644`.
  public var description: String {
    let digits = String(rawValue, radix: 8)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }
}
