import AffectedPlanner

/// The deploy step outputs for GitHub Actions, written to `GITHUB_OUTPUT` in one write, split
/// and limited as ``GitHubOutputs`` does for builds.
///
/// The outputs are `deploy-matrix` (every deploying unit), `deploy-wave-0`, `deploy-wave-1`, …
/// (one matrix per wave), `deploy-waves` (how many waves), `deploy-count` (how many units) and
/// `deploy-any` (`true` or `false`), each matrix with its `-parts` count.
public struct DeployGitHubOutputs: Sendable, GitHubOutputSet {
  /// The plan to render.
  public var plan: DeployPlan
  /// The most entries one matrix output may hold before it is split.
  public var jobsPerMatrix: Int
  /// The largest output value, in UTF-16 bytes.
  public var bytesPerOutput: Int

  /// Creates a renderer with GitHub's limits, or others for tests.
  public init(
    plan: DeployPlan, jobsPerMatrix: Int = GitHubOutputs.defaultJobsPerMatrix,
    bytesPerOutput: Int = GitHubOutputs.defaultBytesPerOutput
  ) {
    self.plan = plan
    self.jobsPerMatrix = max(1, jobsPerMatrix)
    self.bytesPerOutput = bytesPerOutput
  }

  /// The outputs, in order: `deploy-matrix`, `deploy-matrix-parts`, `deploy-wave-N`,
  /// `deploy-wave-N-parts` for each wave, `deploy-waves`, `deploy-count`, `deploy-any`.
  ///
  /// - Throws: ``OutputLimitExceeded`` when a value is larger than ``bytesPerOutput``.
  public func outputs() throws(OutputLimitExceeded) -> [GitHubOutputs.Output] {
    let matrix = DeployMatrix(plan: plan)
    var outputs = GitHubOutputs.split(
      matrix.entries(), named: "deploy-matrix", jobsPerMatrix: jobsPerMatrix)
    for wave in plan.waves.indices {
      outputs += GitHubOutputs.split(
        matrix.entries(wave: wave), named: "deploy-wave-\(wave)", jobsPerMatrix: jobsPerMatrix)
    }
    let count = plan.impact.deploying.count
    outputs += [
      GitHubOutputs.Output(name: "deploy-waves", value: String(plan.waves.count)),
      GitHubOutputs.Output(name: "deploy-count", value: String(count)),
      GitHubOutputs.Output(name: "deploy-any", value: count > 0 ? "true" : "false"),
    ]
    try GitHubOutputs.check(
      outputs, bytesPerOutput: bytesPerOutput,
      remedy: "deploy fewer environments per run (--compose, --k8s), or pass the plan as an "
        + "artifact (`--format json --output FILE`) instead of a job output")
    return outputs
  }

}
