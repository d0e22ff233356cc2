import AffectedOutput
import ArgumentParser

/// `affected images`: every image the repository builds, and how.
struct ImagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "images",
    abstract: "List every image the repository builds: source, context, Dockerfile, target, links.",
    discussion: """
      Images come from compose files (every service with a build section, whatever its profiles), \
      skaffold files, and every other Dockerfile. Warnings about broken files go to standard error; \
      the images they touch are listed as uncertain.
      """)

  @OptionGroup var snapshot: SnapshotOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var diagnostics: DiagnosticOptions

  @Option(help: "The output format.")
  var format: ReportFormat = .text

  func run() throws {
    let images = try snapshot.imageSnapshot()
    let report = ImagesReport(snapshot: images, images: images.catalog.images)
    switch format {
    case .text: try outputOptions.emit(report.text())
    case .json: try outputOptions.emit(report.json())
    }
    try diagnostics.report(
      images.catalog.diagnostics + report.definitions.flatMap { $0.image.diagnostics + $0.diagnostics })
  }
}
