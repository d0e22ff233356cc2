/// A `COPY` or `ADD` instruction: what it copies, from where, and with which options.
public struct FileCopy: Hashable, Sendable {
  /// Which instruction this is.
  public enum Command: String, Hashable, Sendable {
    /// `COPY`: copies from the build context or, with `--from`, from a stage or image.
    case copy = "COPY"
    /// `ADD`: like `COPY` from the build context, and also downloads URLs and clones Git
    /// repositories.
    case add = "ADD"
  }

  /// Which instruction this is.
  public var command: Command
  /// The sources, in order.
  public var sources: [CopySource]
  /// The destination path, variables expanded.
  public var destination: String
  /// `--from`: the stage name, stage index or image the sources come from; `nil` for the build
  /// context.
  public var from: String?
  /// `--chown`.
  public var chown: String?
  /// `--chmod`.
  public var chmod: String?
  /// `--link`.
  public var link: Bool
  /// `--parents` (`COPY` only): keep the sources' parent folders.
  public var parents: Bool
  /// `--exclude` patterns, in order.
  public var excludes: [String]
  /// `--keep-git-dir` (`ADD` only).
  public var keepGitDir: Bool
  /// `--checksum` (`ADD` only).
  public var checksum: String?
  /// `--unpack` (`ADD` only), when written.
  public var unpack: Bool?

  /// Creates a copy instruction.
  public init(
    command: Command, sources: [CopySource], destination: String, from: String? = nil,
    chown: String? = nil, chmod: String? = nil, link: Bool = false, parents: Bool = false,
    excludes: [String] = [], keepGitDir: Bool = false, checksum: String? = nil,
    unpack: Bool? = nil
  ) {
    self.command = command
    self.sources = sources
    self.destination = destination
    self.from = from
    self.chown = chown
    self.chmod = chmod
    self.link = link
    self.parents = parents
    self.excludes = excludes
    self.keepGitDir = keepGitDir
    self.checksum = checksum
    self.unpack = unpack
  }
}
