import AffectedOutput
import ArgumentParser

/// `affected inputs`: the files each image reads.
struct InputsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inputs",
    abstract: "List the files each image reads, as definition or content inputs.",
    discussion: """
      Definition inputs (the compose or skaffold file, the Dockerfile, the .dockerignore in effect) count \
      through what they define; content inputs are the files the stages the target reaches copy or mount, \
      after the .dockerignore. An IMAGE is an id or a short name, which may match several images.
      """)

  @OptionGroup var snapshot: SnapshotOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var diagnostics: DiagnosticOptions

  @Option(help: "The output format.")
  var format: ReportFormat = .text

  @Argument(help: "Images to show (ids or short names); all when none is given.")
  var images: [String] = []

  func run() throws {
    let snapshot = try snapshot.imageSnapshot()
    let selected = try snapshot.images(named: images)
    if !images.isEmpty {
      StandardStreams.note("matched \(selected.map(\.id).joined(separator: ", "))")
    }
    let report = InputsReport(snapshot: snapshot, images: selected)
    switch format {
    case .text: try outputOptions.emit(report.text())
    case .json: try outputOptions.emit(report.json())
    }
    try diagnostics.report(
      snapshot.catalog.diagnostics
        + report.inputs.flatMap { $0.definition.image.diagnostics + $0.definition.diagnostics })
  }
}
