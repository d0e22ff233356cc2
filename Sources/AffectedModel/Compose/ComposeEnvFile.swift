/// One entry of a service's `env_file`.
public struct ComposeEnvFile: Hashable, Sendable {
  /// The path as written (relative to the project directory).
  public var text: String
  /// The path resolved against the project directory.
  public var path: ComposePath
  /// Whether compose fails when the file is missing (`required`, default true).
  public var required: Bool

  /// Creates an entry.
  public init(text: String, path: ComposePath, required: Bool = true) {
    self.text = text
    self.path = path
    self.required = required
  }
}
