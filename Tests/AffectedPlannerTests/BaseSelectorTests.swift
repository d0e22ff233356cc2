import AffectedPlanner
import AffectedTestSupport
import Foundation
import Testing

@Suite("BaseSelector", .scratchDirectory)
struct BaseSelectorTests {
  private static let sha = "1111111111111111111111111111111111111111"
  private static let otherSHA = "2222222222222222222222222222222222222222"
  private static let zeros = String(repeating: "0", count: 40)

  /// Writes a GitHub event payload to the scratch folder and returns the environment that names it.
  private func gitHubEnvironment(_ event: String, name: String? = nil) throws -> [String: String] {
    let file = try ScratchDirectory.url.appending(path: "event.json")
    try Data(event.utf8).write(to: file)
    var environment = ["GITHUB_EVENT_PATH": file.path(percentEncoded: false)]
    environment["GITHUB_EVENT_NAME"] = name
    return environment
  }

  private func only(_ candidates: [BaseCandidate]) throws -> BaseCandidate {
    try #require(candidates.count == 1, "expected one candidate, got \(candidates)")
    return try #require(candidates.first)
  }

  // MARK: - Explicit bases

  @Test("--base wins over AFFECTED_BASE and every CI variable")
  func explicitWins() throws {
    var environment = try gitHubEnvironment(#"{"pull_request":{"base":{"sha":"\#(Self.sha)"}}}"#)
    environment["AFFECTED_BASE"] = "release"
    environment["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = Self.otherSHA
    environment["BUILDKITE_PULL_REQUEST_BASE_BRANCH"] = "develop"
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: "v1.2.0"))
    #expect(
      candidate
        == BaseCandidate(revision: "v1.2.0", source: "--base", reason: "given on the command line"))
    #expect(!candidate.isCommitID)
  }

  @Test("AFFECTED_BASE wins over the CI systems")
  func affectedBaseWinsOverCI() throws {
    var environment = try gitHubEnvironment(#"{"merge_group":{"base_sha":"\#(Self.sha)"}}"#)
    environment["AFFECTED_BASE"] = "origin/release"
    environment["CI_COMMIT_BEFORE_SHA"] = Self.otherSHA
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == "origin/release")
    #expect(candidate.source == "AFFECTED_BASE")
  }

  @Test("An empty --base or a blank AFFECTED_BASE does not count")
  func blankValuesIgnored() throws {
    let environment = ["AFFECTED_BASE": "  ", "CI_COMMIT_BEFORE_SHA": Self.sha]
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: ""))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "CI_COMMIT_BEFORE_SHA")
  }

  // MARK: - GitHub Actions

  @Test("GitHub merge_group.base_sha wins over pull_request and before in the same event")
  func gitHubMergeGroup() throws {
    let environment = try gitHubEnvironment(
      """
      {"merge_group":{"base_sha":"\(Self.sha)","head_sha":"\(Self.otherSHA)"},
       "pull_request":{"base":{"sha":"\(Self.otherSHA)"}},"before":"\(Self.otherSHA)"}
      """, name: "merge_group")
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "GitHub merge_group.base_sha")
    #expect(candidate.reason == "GITHUB_EVENT_PATH (merge_group event)")
    #expect(candidate.isCommitID)
  }

  @Test("GitHub pull_request.base.sha wins over before")
  func gitHubPullRequest() throws {
    let environment = try gitHubEnvironment(
      """
      {"before":"\(Self.otherSHA)","pull_request":{"number":7,
       "base":{"ref":"main","sha":"\(Self.sha)"},"head":{"sha":"\(Self.otherSHA)"}}}
      """, name: "pull_request")
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "GitHub pull_request.base.sha")
  }

  @Test("A GitHub push uses its before commit")
  func gitHubPush() throws {
    let environment = try gitHubEnvironment(
      #"{"ref":"refs/heads/main","before":"\#(Self.sha)","after":"\#(Self.otherSHA)"}"#,
      name: "push")
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "GitHub push before")
    #expect(candidate.reason == "GITHUB_EVENT_PATH (push event)")
  }

  @Test("A GitHub push whose before is all zeros ends the search with no base")
  func gitHubFirstPush() throws {
    var environment = try gitHubEnvironment(#"{"ref":"refs/heads/new","before":"\#(Self.zeros)"}"#)
    environment["CI_COMMIT_BEFORE_SHA"] = Self.sha
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == nil)
    #expect(candidate.source == "GitHub push before")
    #expect(candidate.reason.contains("all zeros"))
    #expect(!candidate.isCommitID)
  }

  @Test("A GitHub event without a base falls through to the next source")
  func gitHubEventWithoutBase() throws {
    var environment = try gitHubEnvironment(#"{"inputs":{},"ref":"refs/heads/main"}"#)
    environment["BUILDKITE_PULL_REQUEST_BASE_BRANCH"] = "develop"
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == "origin/develop")
  }

  @Test("An unreadable GitHub event file falls through to the default branch")
  func gitHubMissingEventFile() throws {
    let environment = [
      "GITHUB_EVENT_PATH": try ScratchDirectory.url.appending(path: "none.json").path
    ]
    let candidates = BaseSelector(environment: environment).candidates(explicit: nil)
    #expect(candidates.map(\.revision) == BaseSelector.defaultBranchNames)
  }

  // MARK: - GitLab and Buildkite

  @Test("GitLab's merge request diff base wins over CI_COMMIT_BEFORE_SHA")
  func gitLabMergeRequest() throws {
    let environment = [
      "CI_MERGE_REQUEST_DIFF_BASE_SHA": Self.sha, "CI_COMMIT_BEFORE_SHA": Self.otherSHA,
      "BUILDKITE_PULL_REQUEST_BASE_BRANCH": "develop",
    ]
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "CI_MERGE_REQUEST_DIFF_BASE_SHA")
    #expect(candidate.isCommitID)
  }

  @Test("GitLab's CI_COMMIT_BEFORE_SHA is used for a push pipeline")
  func gitLabBefore() throws {
    let candidate = try only(
      BaseSelector(environment: ["CI_COMMIT_BEFORE_SHA": Self.sha]).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
    #expect(candidate.source == "CI_COMMIT_BEFORE_SHA")
    #expect(candidate.reason == "GitLab pipeline")
  }

  @Test("GitLab's all-zero CI_COMMIT_BEFORE_SHA means there is no base")
  func gitLabAllZeros() throws {
    let environment = [
      "CI_COMMIT_BEFORE_SHA": Self.zeros, "BUILDKITE_PULL_REQUEST_BASE_BRANCH": "main",
    ]
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == nil)
    #expect(candidate.source == "CI_COMMIT_BEFORE_SHA")
    #expect(candidate.reason.contains("all zeros"))
  }

  @Test("GitHub wins over GitLab when both are set")
  func gitHubBeforeGitLab() throws {
    var environment = try gitHubEnvironment(#"{"before":"\#(Self.sha)"}"#)
    environment["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = Self.otherSHA
    let candidate = try only(BaseSelector(environment: environment).candidates(explicit: nil))
    #expect(candidate.revision == Self.sha)
  }

  @Test("Buildkite's base branch is read from origin")
  func buildkite() throws {
    let candidate = try only(
      BaseSelector(environment: ["BUILDKITE_PULL_REQUEST_BASE_BRANCH": "release/2.0"])
        .candidates(explicit: nil))
    #expect(candidate.revision == "origin/release/2.0")
    #expect(candidate.source == "BUILDKITE_PULL_REQUEST_BASE_BRANCH")
    #expect(!candidate.isCommitID)
  }

  @Test("Buildkite's empty base branch (not a pull request) falls through to the default branch")
  func buildkiteNotPullRequest() {
    let candidates = BaseSelector(environment: ["BUILDKITE_PULL_REQUEST_BASE_BRANCH": ""])
      .candidates(explicit: nil)
    #expect(candidates.map(\.source) == Array(repeating: "default branch", count: 5))
  }

  // MARK: - Default branch

  @Test("Without any source, the default branch names are tried in git's usual order")
  func defaultBranchOrder() {
    let candidates = BaseSelector(environment: ["PATH": "/usr/bin"]).candidates(explicit: nil)
    #expect(
      candidates.map(\.revision)
        == ["origin/HEAD", "origin/main", "origin/master", "main", "master"])
    #expect(candidates.allSatisfy { $0.source == "default branch" })
  }

  @Test(
    "A candidate is a commit id only when it is 40 hexadecimal digits",
    arguments: [
      ("0123456789abcdefABCDEF0123456789abcdef01", true),
      ("0123456789abcdef0123456789abcdef0123456", false),
      ("0123456789abcdef0123456789abcdef0123456g", false),
      ("origin/main", false),
    ])
  func commitIDs(revision: String, isCommitID: Bool) {
    let candidate = BaseCandidate(revision: revision, source: "--base", reason: "test")
    #expect(candidate.isCommitID == isCommitID)
  }
}
