/// What a comparison decides for one deploy unit: its action and why.
public struct DeployDecision: Hashable, Sendable, Identifiable {
  /// The unit, as it is at head (or at the base, for a unit whose file cannot be read at head).
  public var unit: DeployUnit
  /// The strongest action its reasons call for; `none` without reasons.
  public var action: DeployAction
  /// Why, one sentence each: the reasons for a rollout first, then those for a restart.
  public var reasons: [String]

  /// Creates a decision.
  public init(unit: DeployUnit, action: DeployAction, reasons: [String]) {
    self.unit = unit
    self.action = action
    self.reasons = reasons
  }

  /// The unit's id.
  public var id: String {
    unit.id
  }
}
