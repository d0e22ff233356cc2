import AffectedModel
import AffectedPlanner

/// The deploy plan as a versioned JSON document (`affected deploy --format json`); its fields are
/// documented in `Docs/deploy.md`.
///
/// Every unit is listed, in id order, with its `action` (`none` when it does not deploy, and
/// then `wave` is `null`).
public struct DeployJSON: Sendable {
  /// The version of the document.
  public static let schemaVersion = 1

  /// The plan to render.
  public var plan: DeployPlan

  /// Creates a renderer.
  public init(plan: DeployPlan) {
    self.plan = plan
  }

  /// The document, one unit per line, ending with a newline.
  public func json() -> String {
    JSONValue.object([
      ("schemaVersion", .int(Self.schemaVersion)),
      ("base", .optional(plan.base)),
      ("head", .string(plan.head.description)),
      ("units", .array(plan.impact.decisions.map(entry))),
      ("waves", .array(plan.waves.map(JSONValue.strings))),
      ("removed", .strings(plan.impact.removed)),
    ]).rendered(itemsOnLines: true) + "\n"
  }

  private func entry(for decision: DeployDecision) -> JSONValue {
    let unit = decision.unit
    return .object([
      ("id", .string(unit.id)),
      ("action", .string(decision.action.rawValue)),
      ("reasons", .strings(decision.reasons)),
      ("wave", plan.wave(of: unit.id).map(JSONValue.int) ?? .null),
      ("environment", .string(unit.environment)),
      ("images", .strings(unit.images)),
      ("name", .string(unit.name)),
      ("kind", .string(unit.kind.rawValue)),
      ("base", .optional(plan.unitBases[unit.id]?.description)),
      ("needs", .strings(plan.impact.deployingDependencies(of: unit.id))),
    ])
  }
}
