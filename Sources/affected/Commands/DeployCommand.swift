import AffectedOutput
import ArgumentParser

/// `affected deploy`: which deploy units a change rolls out or restarts, in waves.
struct DeployCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deploy",
    abstract: "List the deploy units to roll out or restart, in waves (dependencies first).",
    discussion: """
      Units are compose services, Kubernetes workloads and Helm charts (see Docs/deploy.md), from \
      --compose and --k8s, else from the environments of affected.yml, else every one found. With \
      --base-per-unit, each unit is compared with its own last-deployed tag. With --format github \
      and GITHUB_OUTPUT set, the outputs deploy-matrix, deploy-wave-N, deploy-waves, deploy-count \
      and deploy-any are also written there.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
  }

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var deploy: DeployOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "The output format.")
  var format: Format = .text

  func validate() throws {
    if deploy.basePerUnit != nil, planning.revisions.base != nil {
      throw ValidationError("--base-per-unit chooses each unit's base; drop --base")
    }
    _ = try deploy.tagPattern()
  }

  func run() throws {
    try deploy.plan(with: planning) { plan, _ in
      switch format {
      case .text:
        try outputOptions.emit(DeployText(plan: plan, style: outputOptions.textStyle).text())
      case .json:
        try outputOptions.emit(DeployJSON(plan: plan).json())
      case .github:
        try outputOptions.emit(DeployMatrix(plan: plan).json() + "\n")
        try GitHubStepFile.append(
          try DeployGitHubOutputs(plan: plan).fileContent(), toFileIn: "GITHUB_OUTPUT")
      }
    }
  }
}
