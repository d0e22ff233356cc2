import AffectedGit

/// What the command line adds to an analysis, beyond the comparison and `affected.yml`.
public struct AnalysisOptions: Hashable, Sendable {
  /// Stands for the shell environment of `docker compose`; leave it empty so a plan does not
  /// depend on the shell it runs in.
  public var environment: [String: String]
  /// Compose files to load together as the only compose environment (`--compose`,
  /// `COMPOSE_FILE`), overriding `affected.yml` `environments`; `nil` when not given.
  public var composeFiles: [String]?
  /// The branch `{branch}` stands for in tag templates; `nil` when unknown.
  public var branch: String?

  /// Creates options; by default nothing is added.
  public init(
    environment: [String: String] = [:], composeFiles: [String]? = nil, branch: String? = nil
  ) {
    self.environment = environment
    self.composeFiles = composeFiles
    self.branch = branch
  }
}

extension AnalysisOptions {
  /// The branch being built: the CI system's (`GITHUB_HEAD_REF` for a pull request, then
  /// `GITHUB_REF_NAME`, `CI_COMMIT_REF_NAME`, `BUILDKITE_BRANCH`), else the branch `HEAD` is on;
  /// `nil` when `HEAD` is detached outside CI.
  public static func branch(of repository: Repository, environment: [String: String]) -> String? {
    let variables = ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BUILDKITE_BRANCH"]
    return variables.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
      ?? repository.currentBranch
  }
}
