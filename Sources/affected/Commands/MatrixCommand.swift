import AffectedOutput
import AffectedPlanner
import ArgumentParser
import Foundation

/// `affected matrix`: the images to build as a CI system's matrix, pipeline or bake file.
struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "Write the images to build as a CI matrix, a child pipeline, or a bake file.",
    discussion: """
      With --format github and GITHUB_OUTPUT set, the outputs matrix, wave-N, waves, count and any \
      are also written there, and a summary goes to GITHUB_STEP_SUMMARY (see Docs/formats.md).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case github, gitlab, buildkite, bake, json
  }

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  /// What the matrix lists.
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case images, projects
  }

  @Option(
    help: """
      The output format. Default: affected.yml defaults.format if it is one of these and fits the \
      other flags, else github.
      """)
  var format: Format?

  @Option(help: "What to list: the images to build, or the affected projects (for test jobs).")
  var kind: Kind = .images

  @Option(help: ArgumentHelp("Only this wave (github format).", valueName: "n"))
  var wave: Int?

  @Option(
    name: .customLong("job-template"),
    help: ArgumentHelp(
      "A YAML file with the body of each GitLab or Buildkite job, with placeholders.",
      valueName: "file"))
  var jobTemplate: String?

  func validate() throws {
    if let format, let problem = problem(with: format) {
      throw ValidationError(problem)
    }
    if let wave, wave < 0 {
      throw ValidationError("--wave takes a wave number, 0 or more")
    }
  }

  /// Why `format` does not fit the other flags, or `nil` when it does.
  private func problem(with format: Format) -> String? {
    if kind == .projects, ![.github, .json].contains(format) {
      return "--kind projects writes a github matrix or json; use one of those"
    }
    if wave != nil, format != .github {
      return "--wave selects a wave of the github matrix; use --format github"
    }
    if jobTemplate != nil, ![.gitlab, .buildkite].contains(format) {
      return "--job-template shapes gitlab and buildkite jobs; use one of those"
    }
    return nil
  }

  func run() throws {
    let template = try jobTemplate.map { path in
      guard let data = FileManager.default.contents(atPath: path) else {
        throw JobTemplateError(file: path, problem: "it cannot be read")
      }
      return try JobTemplate(yaml: String(decoding: data, as: UTF8.self), file: path)
    }
    try planning.analyse { analysis in
      let plan = analysis.plan
      let configured = analysis.configuredFormat(Format.self).flatMap {
        problem(with: $0) == nil ? $0 : nil
      }
      let format = format ?? configured ?? .github
      if kind == .projects {
        let matrix = ProjectMatrix(plan: plan)
        try outputOptions.emit(format == .json ? PlanJSON(plan: plan).json() : matrix.json() + "\n")
        if format == .github {
          try GitHubStepFile.append(try matrix.fileContent(), toFileIn: "GITHUB_OUTPUT")
        }
        return
      }
      switch format {
      case .github:
        try outputOptions.emit(GitHubMatrix(plan: plan).json(wave: wave) + "\n")
        try writeGitHubFiles(plan)
      case .gitlab:
        try outputOptions.emit(GitLabPipeline(plan: plan, template: template ?? .gitLab).yaml())
      case .buildkite:
        try outputOptions.emit(
          BuildkitePipeline(plan: plan, template: template ?? .buildkite).yaml())
      case .bake:
        try outputOptions.emit(BakeFile(plan: plan).json())
      case .json:
        try outputOptions.emit(PlanJSON(plan: plan).json())
      }
    }
  }

  /// Appends the step outputs (the images', then the projects') to `GITHUB_OUTPUT` and the
  /// summary to `GITHUB_STEP_SUMMARY`, for each that is set.
  private func writeGitHubFiles(_ plan: BuildPlan) throws {
    try GitHubStepFile.append(
      try GitHubOutputs(plan: plan).fileContent(), toFileIn: "GITHUB_OUTPUT")
    try GitHubStepFile.append(
      try ProjectMatrix(plan: plan).fileContent(), toFileIn: "GITHUB_OUTPUT")
    try GitHubStepFile.append(
      GitHubStepSummary(plan: plan).markdown(), toFileIn: "GITHUB_STEP_SUMMARY")
  }
}
