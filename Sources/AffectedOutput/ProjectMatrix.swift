import AffectedPlanner
import Foundation

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

  /// The step outputs for `GITHUB_OUTPUT`: `projects-matrix` (split into `projects-matrix-part-N`
  /// past `jobsPerMatrix` entries, with `projects-matrix-parts`), `projects-count` and
  /// `projects-any`.
  ///
  /// - Throws: ``OutputLimitExceeded`` when an output passes `bytesPerOutput`.
  public func outputs(
    jobsPerMatrix: Int = GitHubOutputs.defaultJobsPerMatrix,
    bytesPerOutput: Int = GitHubOutputs.defaultBytesPerOutput
  ) throws(OutputLimitExceeded) -> [GitHubOutputs.Output] {
    let entries = entries
    let outputs =
      GitHubOutputs.split(entries, named: "projects-matrix", jobsPerMatrix: max(1, jobsPerMatrix))
      + [
        GitHubOutputs.Output(name: "projects-count", value: String(entries.count)),
        GitHubOutputs.Output(name: "projects-any", value: entries.isEmpty ? "false" : "true"),
      ]
    try GitHubOutputs.check(
      outputs, bytesPerOutput: bytesPerOutput,
      remedy: "pass the plan as an artifact (`--format json --output FILE`) instead of a job "
        + "output")
    return outputs
  }

  /// The text to append to `GITHUB_OUTPUT` in one write.
  ///
  /// - Throws: ``OutputLimitExceeded`` when a value passes GitHub's size limit.
  public func fileContent(
    delimiter: String = "ghadelimiter_" + UUID().uuidString
  ) throws(OutputLimitExceeded) -> String {
    GitHubOutputs.fileContent(of: try outputs(), delimiter: delimiter)
  }
}
