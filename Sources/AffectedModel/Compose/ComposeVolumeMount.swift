/// One entry of a service's `volumes`, in short (`./data:/data:ro`) or long syntax.
public struct ComposeVolumeMount: Hashable, Sendable {
  /// The mount type: `bind`, `volume`, `tmpfs`, `npipe`, `image` or `cluster`.
  public var type: String
  /// The source as written: a host path, a volume name, an image; `nil` for an anonymous volume.
  public var source: String?
  /// For a bind mount, the host path resolved against the project directory.
  public var hostPath: ComposePath?
  /// The path in the container.
  public var target: String
  /// Whether the mount is read-only.
  public var readOnly: Bool

  /// Creates a mount.
  public init(
    type: String, source: String?, hostPath: ComposePath?, target: String, readOnly: Bool = false
  ) {
    self.type = type
    self.source = source
    self.hostPath = hostPath
    self.target = target
    self.readOnly = readOnly
  }
}
