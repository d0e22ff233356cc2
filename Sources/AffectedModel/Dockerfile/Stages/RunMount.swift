/// One `--mount` of a `RUN` instruction, as BuildKit parses it.
public struct RunMount: Hashable, Sendable {
  /// What the mount provides.
  public enum MountType: String, Hashable, Sendable, CaseIterable {
    /// A folder of the build context, or of the stage or image named by `from` (the default).
    case bind
    /// A persistent cache folder.
    case cache
    /// An empty in-memory file system.
    case tmpfs
    /// A secret passed to the build.
    case secret
    /// The SSH agent socket passed to the build.
    case ssh
  }

  /// How builds share a cache mount.
  public enum Sharing: String, Hashable, Sendable, CaseIterable {
    /// Concurrent builds use the cache at the same time.
    case shared
    /// Each concurrent build gets its own cache.
    case `private`
    /// Concurrent builds wait for each other.
    case locked
  }

  /// `type` (default `bind`).
  public var type: MountType
  /// `from`: the stage or image a `bind` or `cache` mount reads; `nil` for the build context.
  public var from: String?
  /// `source` (or `src`): the path inside `from` or the context.
  public var source: String?
  /// `target` (or `dst`, `destination`): where the mount appears.
  public var target: String?
  /// Whether the mount is read-only (`readonly`/`ro`, `readwrite`/`rw`; by default `bind`,
  /// `secret` and `ssh` mounts are read-only, `cache` and `tmpfs` are not).
  public var isReadOnly: Bool
  /// `id`: the cache, secret or SSH id.
  public var id: String?
  /// `sharing` (`cache` mounts only).
  public var sharing: Sharing?
  /// `required` (`secret` and `ssh` mounts only).
  public var isRequired: Bool
  /// `mode`, read as octal (`cache`, `secret` and `ssh` mounts only).
  public var mode: UInt32?
  /// `uid` (`cache`, `secret` and `ssh` mounts only).
  public var uid: UInt32?
  /// `gid` (`cache`, `secret` and `ssh` mounts only).
  public var gid: UInt32?
  /// `env`: the environment variable a secret is exposed as.
  public var environmentVariable: String?

  /// Creates a mount.
  public init(
    type: MountType = .bind, from: String? = nil, source: String? = nil, target: String? = nil,
    isReadOnly: Bool? = nil, id: String? = nil, sharing: Sharing? = nil, isRequired: Bool = false,
    mode: UInt32? = nil, uid: UInt32? = nil, gid: UInt32? = nil,
    environmentVariable: String? = nil
  ) {
    self.type = type
    self.from = from
    self.source = source
    self.target = target
    self.isReadOnly = isReadOnly ?? (type != .cache && type != .tmpfs)
    self.id = id
    self.sharing = sharing
    self.isRequired = isRequired
    self.mode = mode
    self.uid = uid
    self.gid = gid
    self.environmentVariable = environmentVariable
  }

  /// Whether the mount reads files from the build context or from a stage or image: a `bind`
  /// mount, or a `cache` mount seeded `from` a stage or image.
  public var readsFiles: Bool {
    type == .bind || (type == .cache && from != nil)
  }
}
