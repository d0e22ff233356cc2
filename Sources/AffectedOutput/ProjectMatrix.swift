import AffectedPlanner

/// The affected projects as a GitHub Actions matrix (`{"include":[…]}`), for test jobs:
/// `affected matrix --kind projects`.
///
/// Each entry is the project as the plan's JSON shows it (`id`, `kind`, `ecosystems`, `tags`,
/// `affected`, `reasons`, `dependsOn`), sorted by id.
public struct ProjectMatrix: Sendable {
  /// The plan whose projects are listed.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// The matrix, compact, without a trailing newline.
  public func json() -> String {
    GitHubMatrix.matrix(of: entries).rendered()
  }

  /// The matrix entries of the affected projects.
  var entries: [JSONValue] {
    plan.projects.filter(\.affected).map(PlanJSON.entry)
  }
}
