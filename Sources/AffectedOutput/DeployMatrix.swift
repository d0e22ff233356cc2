import AffectedModel
import AffectedPlanner

/// The units to deploy as GitHub Actions matrices (`affected deploy --format github`):
/// `{"include":[…]}`, one entry per deploying unit, by wave then id.
///
/// Each entry has `id`, `name`, `kind`, `environment`, `action`, `images` (a list), `reasons`
/// (one per line), `wave` and `needs` (the deploying units to deploy first).
public struct DeployMatrix: Sendable {
  /// The plan to render.
  public var plan: DeployPlan

  /// Creates a renderer.
  public init(plan: DeployPlan) {
    self.plan = plan
  }

  /// The matrix of every deploying unit, or of wave `wave` only.
  public func json(wave: Int? = nil) -> String {
    GitHubMatrix.matrix(of: entries(wave: wave)).rendered()
  }

  /// The entries of every deploying unit, or of one wave, by wave then id.
  func entries(wave: Int? = nil) -> [JSONValue] {
    plan.waves.enumerated()
      .filter { wave == nil || $0.offset == wave }
      .flatMap { index, ids in
        ids.compactMap { plan.impact.decision(forUnit: $0) }.map { entry(for: $0, wave: index) }
      }
  }

  private func entry(for decision: DeployDecision, wave: Int) -> JSONValue {
    let unit = decision.unit
    return .object([
      ("id", .string(unit.id)),
      ("name", .string(unit.name)),
      ("kind", .string(unit.kind.rawValue)),
      ("environment", .string(unit.environment)),
      ("action", .string(decision.action.rawValue)),
      ("images", .strings(unit.images)),
      ("reasons", .string(decision.reasons.joined(separator: "\n"))),
      ("wave", .int(wave)),
      ("needs", .strings(plan.impact.deployingDependencies(of: unit.id))),
    ])
  }
}
