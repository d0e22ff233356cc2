import AffectedOutput
import ArgumentParser

/// `affected plan` (and `affected` alone): the images to build, why, and in which waves.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show which images to build, why, and in which waves.",
    discussion: """
      Text is for people; `--format json` is the versioned plan document (Docs/formats.md).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(
    help:
      "The output format. Default: affected.yml defaults.format if it is one of these, else text."
  )
  var format: Format?

  func run() throws {
    try planning.analyse { analysis in
      let plan = analysis.plan
      switch format ?? analysis.configuredFormat(Format.self) ?? .text {
      case .text:
        try outputOptions.emit(PlanText(plan: plan, style: outputOptions.textStyle).text())
      case .json: try outputOptions.emit(PlanJSON(plan: plan).json())
      }
      // A row per image: freeing them would be the last work before the process exits.
      KeptUntilExit.keep(plan)
    }
  }
}
