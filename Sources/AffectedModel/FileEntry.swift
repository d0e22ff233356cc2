/// What a `FileSource` knows about one path.
public struct FileEntry: Hashable, Sendable {
  /// The kind of a tree entry, as git records it.
  public enum Kind: Hashable, Sendable {
    /// A regular file (mode 100644).
    case file
    /// An executable file (mode 100755).
    case executable
    /// A symbolic link (mode 120000); its content is the link's target.
    case symlink
    /// A submodule (mode 160000); its id is the commit it points to.
    case submodule
    /// A folder.
    case directory
  }

  /// The kind of entry.
  public var kind: Kind
  /// The content id (a git object id in hexadecimal), empty for folders of the working tree.
  public var id: String

  /// Creates an entry.
  public init(kind: Kind, id: String) {
    self.kind = kind
    self.id = id
  }
}
