import AffectedGit
import AffectedOutput
import AffectedPlanner
import ArgumentParser

/// `affected explain`: why images are affected or units deploy, or why not; or what a path
/// reaches.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain why images are affected (or not), or what a changed file reaches.",
    discussion: """
      For each IMAGE (an id or a short name, which means every image it matches): the chain from \
      each changed file to the image, with the first build step whose cache the change invalidates, \
      the chains through affected images it builds on, and the changed paths considered and dropped. \
      With --file, for each path: every image it reaches, directly and through the images built on \
      them. With --deploy, or for a name that is no image but a deploy unit's id or short name, \
      the unit is explained: its action, its reasons, and the chains to the affected images it \
      runs (text format).
      """)

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "The output format.")
  var format: ReportFormat = .text

  @Option(
    name: .customLong("file"),
    help: ArgumentHelp("A repository-relative path to follow (repeatable).", valueName: "path"))
  var files: [String] = []

  @Flag(help: "Name deploy units instead of images (a name that is no image is tried as a unit).")
  var deploy = false

  @Argument(help: ArgumentHelp("Image or deploy unit ids or short names.", valueName: "image"))
  var images: [String] = []

  func validate() throws {
    if images.isEmpty, files.isEmpty {
      throw ValidationError("name at least one image, or a path with --file")
    }
  }

  func run() throws {
    try planning.analyse { analysis in
      let unitNames =
        deploy ? images : images.filter { analysis.catalog.images(matching: $0).isEmpty }
      let selected = try analysis.catalog.images(named: images.filter { !unitNames.contains($0) })
      if !selected.isEmpty {
        StandardStreams.note("explain: matched \(selected.map(\.id).joined(separator: ", "))")
      }
      let units = try explainedUnits(named: unitNames, analysis: analysis)
      let explained = analysis.explanations(of: selected)
      let reaches = files.map(analysis.reach(of:))
      switch format {
      case .text:
        let blocks = [
          explained.isEmpty && reaches.isEmpty
            ? nil : ExplanationText(images: explained, files: reaches).text(),
          units.isEmpty ? nil : DeployExplanationText(units: units).text(),
        ]
        try outputOptions.emit(blocks.compactMap { $0 }.joined(separator: "\n"))
      case .json:
        guard units.isEmpty else {
          throw ValidationError(
            "explain shows deploy units as text; use --format text, or affected deploy "
              + "--format json for every unit's reasons")
        }
        try outputOptions.emit(ExplanationJSON(images: explained, files: reaches).json())
      }
    }
  }

  /// The explanations of the deploy units `names` select, with the units found as
  /// `affected deploy` finds them.
  ///
  /// - Throws: ``UnknownName``, for a name that
  ///   matches no unit.
  private func explainedUnits(
    named names: [String], analysis: ImpactAnalysis
  ) throws -> [DeployExplanation] {
    guard !names.isEmpty else { return [] }
    let repository = try Repository(discoveringFrom: planning.revisions.repository.path)
    let plan = try DeployPlan(analysis: analysis, in: repository)
    let catalog = plan.catalog
    for name in names where !deploy && catalog.units(matching: name).isEmpty {
      throw UnknownName(.image, name: name, known: analysis.catalog.images.map(\.id))
    }
    let units = try catalog.units(named: names)
    StandardStreams.note("explain: matched units \(units.map(\.id).joined(separator: ", "))")
    return plan.explanations(of: units, analysis: analysis)
  }
}
