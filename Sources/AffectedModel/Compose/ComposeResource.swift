/// A top-level network, volume, config or secret.
public struct ComposeResource: Hashable, Sendable {
  /// Its name (the key under `networks`, `volumes`, `configs` or `secrets`).
  public var name: String
  /// For a config or secret read from a file (`file:`), that file resolved against the project
  /// directory.
  public var file: ComposePath?
  /// Its block, as merged.
  public var definition: ComposeValue

  /// Creates a resource.
  public init(name: String, file: ComposePath? = nil, definition: ComposeValue) {
    self.name = name
    self.file = file
    self.definition = definition
  }
}
