import AffectedGit
import AffectedOutput
import AffectedPlanner
import ArgumentParser
import Foundation

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
    let comparison = try compare()
    comparison.notes.forEach(StandardStreams.note)
    let report = ChangedReport(comparison: comparison)
    switch format {
    case .text: try outputOptions.emit(report.text(separator: nulSeparated ? "\0" : "\n"))
    case .json: try outputOptions.emit(report.json())
    }
  }

  /// The comparison the flags ask for.
  ///
  /// The repository is freed on return, before the report is rendered, so that the two never
  /// take memory at the same time.
  private func compare() throws -> Comparison {
    let repository = try Repository(discoveringFrom: revisions.repository.path)
    return try Comparison.compute(
      in: repository, options: revisions.comparisonOptions,
      selector: BaseSelector(environment: ProcessInfo.processInfo.environment))
  }
}
