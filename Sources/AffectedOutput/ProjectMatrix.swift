import AffectedPlanner

/// The affected projects as a GitHub Actions matrix (`{"include":[…]}`), for test jobs:
/// `affected matrix --kind projects`.
///
/// Each entry is the project as the plan's JSON shows it (`id`, `kind`, `ecosystems`, `tags`,
/// `affected`, `reasons`, `dependsOn`), sorted by id.
public struct ProjectMatrix: Sendable, GitHubOutputSet {
  /// The plan whose projects are listed.
  public var plan: BuildPlan
  /// How many entries one matrix output holds before it is split.
  public var jobsPerMatrix: Int
  /// The size limit of one output, in bytes.
  public var bytesPerOutput: Int

  /// Creates a renderer, with GitHub's limits unless told otherwise.
  public init(
    plan: BuildPlan, jobsPerMatrix: Int = GitHubOutputs.defaultJobsPerMatrix,
    bytesPerOutput: Int = GitHubOutputs.defaultBytesPerOutput
  ) {
    self.plan = plan
    self.jobsPerMatrix = max(1, jobsPerMatrix)
    self.bytesPerOutput = bytesPerOutput
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
  /// past ``jobsPerMatrix`` entries, with `projects-matrix-parts`), `projects-count` and
  /// `projects-any`.
  ///
  /// - Throws: ``OutputLimitExceeded`` when an output passes ``bytesPerOutput``.
  public func outputs() throws(OutputLimitExceeded) -> [GitHubOutputs.Output] {
    let entries = entries
    let outputs =
      GitHubOutputs.split(entries, named: "projects-matrix", jobsPerMatrix: jobsPerMatrix)
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

}
