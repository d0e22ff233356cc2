import AffectedGit
import AffectedOutput
import AffectedPlanner
import ArgumentParser

/// `affected changed`: the paths that differ between base and head.
struct ChangedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changed",
    abstract: "List the paths that changed between base and head, one per line.",
    discussion: """
      Standard output carries only the paths (both sides of a rename), so it pipes into other tools; \
      what was compared and why goes to standard error.
      """)

  @OptionGroup var revisions: RevisionOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "The output format.")
  var format: ReportFormat = .text

  @Flag(name: .customShort("z"), help: "Separate paths with NUL instead of newlines (text format).")
  var nulSeparated = false

  func run() throws {
    // The repository is released before the report is rendered, so the two never take memory at once.
    let comparison = try revisions.compare(in: Repository(discoveringFrom: revisions.repository.path))
    comparison.notes.forEach(StandardStreams.note)
    let report = ChangedReport(comparison: comparison)
    switch format {
    case .text: try outputOptions.emit(report.text(separator: nulSeparated ? "\0" : "\n"))
    case .json: try outputOptions.emit(report.json())
    }
  }
}
