/// The name of the tag that marks where each deploy unit was last deployed:
/// `deployed/prod/{unit}`, where `{unit}` stands for the unit's short name.
public struct UnitTagPattern: Hashable, Sendable, CustomStringConvertible {
  /// The placeholder for the unit's name.
  public static let placeholder = "{unit}"

  /// The pattern as written.
  public var pattern: String

  /// Creates a pattern; `nil` when `pattern` lacks `{unit}`, since every unit would then share
  /// one tag.
  public init?(_ pattern: String) {
    guard pattern.contains(Self.placeholder) else { return nil }
    self.pattern = pattern
  }

  /// The tag of the unit called `name` (a service, workload or chart name).
  public func tag(forUnitNamed name: String) -> String {
    pattern.replacingOccurrences(of: Self.placeholder, with: name)
  }

  public var description: String {
    pattern
  }
}
