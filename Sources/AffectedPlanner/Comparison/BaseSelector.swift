import Foundation

/// Chooses where the base of a comparison comes from: the user, a CI system, or the default branch.
///
/// The first source that applies wins, in this order: `--base` or `AFFECTED_BASE`; GitHub Actions'
/// event (`merge_group.base_sha`, `pull_request.base.sha`, a push's `before`); GitLab
/// (`CI_MERGE_REQUEST_DIFF_BASE_SHA`, then `CI_COMMIT_BEFORE_SHA`); Buildkite
/// (`origin/$BUILDKITE_PULL_REQUEST_BASE_BRANCH`); `affected.yml` `defaults.base`; then the default
/// branch.
public struct BaseSelector: Sendable {
  /// The names tried, in order, for the default branch; the first that resolves wins.
  public static let defaultBranchNames = [
    "origin/HEAD", "origin/main", "origin/master", "main", "master",
  ]

  /// The process environment (or a stand-in for tests).
  public var environment: [String: String]
  /// The base `affected.yml` names (`defaults.base`), tried before the default branch.
  public var configuredBase: String?

  /// Creates a selector that reads CI variables from `environment`, and falls back on
  /// `configuredBase` before the default branch.
  public init(environment: [String: String], configuredBase: String? = nil) {
    self.environment = environment
    self.configuredBase = configuredBase
  }

  /// The candidates for the base, in the order to try them.
  ///
  /// Every source but the default branch yields exactly one candidate, which must resolve; the default
  /// branch yields one candidate per name in ``defaultBranchNames``.
  public func candidates(explicit: String?) -> [BaseCandidate] {
    if let explicit, !explicit.isEmpty {
      return [
        BaseCandidate(revision: explicit, source: "--base", reason: "given on the command line")
      ]
    }
    if let value = nonEmpty("AFFECTED_BASE") {
      return [
        BaseCandidate(revision: value, source: "AFFECTED_BASE", reason: "set in the environment")
      ]
    }
    if let candidate = gitHubCandidate() ?? gitLabCandidate() ?? buildkiteCandidate() {
      return [candidate]
    }
    if let configuredBase, !configuredBase.isEmpty {
      return [
        BaseCandidate(
          revision: configuredBase, source: "affected.yml", reason: "defaults.base names it")
      ]
    }
    return Self.defaultBranchNames.map {
      BaseCandidate(
        revision: $0, source: "default branch",
        reason: "no --base, AFFECTED_BASE or CI variables that name a base")
    }
  }

  private func nonEmpty(_ name: String) -> String? {
    guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
      return nil
    }
    return value
  }

  private func gitHubCandidate() -> BaseCandidate? {
    guard let path = nonEmpty("GITHUB_EVENT_PATH"),
      let data = FileManager.default.contents(atPath: path),
      let event = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    let name = environment["GITHUB_EVENT_NAME"].map { " (\($0) event)" } ?? ""
    if let sha = (event["merge_group"] as? [String: Any])?["base_sha"] as? String {
      return BaseCandidate(
        revision: sha, source: "GitHub merge_group.base_sha", reason: "GITHUB_EVENT_PATH\(name)")
    }
    if let base = (event["pull_request"] as? [String: Any])?["base"] as? [String: Any],
      let sha = base["sha"] as? String
    {
      return BaseCandidate(
        revision: sha, source: "GitHub pull_request.base.sha", reason: "GITHUB_EVENT_PATH\(name)")
    }
    if let before = event["before"] as? String {
      return Self.beforeCandidate(
        before, source: "GitHub push before", reason: "GITHUB_EVENT_PATH\(name)")
    }
    return nil
  }

  private func gitLabCandidate() -> BaseCandidate? {
    if let sha = nonEmpty("CI_MERGE_REQUEST_DIFF_BASE_SHA") {
      return BaseCandidate(
        revision: sha, source: "CI_MERGE_REQUEST_DIFF_BASE_SHA",
        reason: "GitLab merge request pipeline")
    }
    if let before = nonEmpty("CI_COMMIT_BEFORE_SHA") {
      return Self.beforeCandidate(before, source: "CI_COMMIT_BEFORE_SHA", reason: "GitLab pipeline")
    }
    return nil
  }

  private func buildkiteCandidate() -> BaseCandidate? {
    guard let branch = nonEmpty("BUILDKITE_PULL_REQUEST_BASE_BRANCH") else { return nil }
    return BaseCandidate(
      revision: "origin/\(branch)", source: "BUILDKITE_PULL_REQUEST_BASE_BRANCH",
      reason: "Buildkite pull request build")
  }

  /// A push's "before" commit; all zeros means a first push or a new branch, which has no base.
  private static func beforeCandidate(_ sha: String, source: String, reason: String)
    -> BaseCandidate
  {
    if !sha.isEmpty, sha.allSatisfy({ $0 == "0" }) {
      return BaseCandidate(
        revision: nil, source: source,
        reason: "\(reason): the commit before the push is all zeros (a first push or a new branch)")
    }
    return BaseCandidate(revision: sha, source: source, reason: reason)
  }
}
