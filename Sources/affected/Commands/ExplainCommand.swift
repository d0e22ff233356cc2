import AffectedOutput
import ArgumentParser

/// `affected explain`: why images are affected, or why not; or what a path reaches.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain why images are affected (or not), or what a changed file reaches.",
    discussion: """
      For each IMAGE (an id or a short name, which means every image it matches): the chain from \
      each changed file to the image, with the first build step whose cache the change invalidates, \
      the chains through affected images it builds on, and the changed paths considered and dropped. \
      With --file, for each path: every image it reaches, directly and through the images built on \
      them.
      """)

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "The output format.")
  var format: ReportFormat = .text

  @Option(
    name: .customLong("file"),
    help: ArgumentHelp("A repository-relative path to follow (repeatable).", valueName: "path"))
  var files: [String] = []

  @Argument(help: ArgumentHelp("Image ids or short names.", valueName: "image"))
  var images: [String] = []

  func validate() throws {
    if images.isEmpty, files.isEmpty {
      throw ValidationError("name at least one image, or a path with --file")
    }
  }

  func run() throws {
    try planning.analyse { analysis in
      let selected = try analysis.catalog.images(named: images)
      if !images.isEmpty {
        StandardStreams.note("explain: matched \(selected.map(\.id).joined(separator: ", "))")
      }
      let explained = analysis.explanations(of: selected)
      let reaches = files.map(analysis.reach(of:))
      switch format {
      case .text:
        try outputOptions.emit(ExplanationText(images: explained, files: reaches).text())
      case .json:
        try outputOptions.emit(ExplanationJSON(images: explained, files: reaches).json())
      }
    }
  }
}
