/// One build argument (`--build-arg NAME=VALUE`).
public struct BuildArgument: Hashable, Sendable {
  /// The argument's name.
  public var name: String
  /// Its value.
  public var value: String

  /// Creates a build argument.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
