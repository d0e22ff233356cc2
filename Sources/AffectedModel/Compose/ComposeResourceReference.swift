/// A service's use of a top-level config or secret (`configs:`, `secrets:`, `build.secrets:`).
public struct ComposeResourceReference: Hashable, Sendable {
  /// The name of the top-level config or secret.
  public var source: String
  /// Where it is mounted, when given.
  public var target: String?

  /// Creates a reference.
  public init(source: String, target: String? = nil) {
    self.source = source
    self.target = target
  }
}
