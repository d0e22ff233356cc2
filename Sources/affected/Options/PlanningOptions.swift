import AffectedGit
import AffectedPlanner
import ArgumentParser
import Foundation

/// The flags of every command that plans: what to compare, and how strictly to treat warnings.
struct PlanningOptions: ParsableArguments {
  @OptionGroup var revisions: RevisionOptions
  @OptionGroup var diagnostics: DiagnosticOptions
  @OptionGroup var discovery: DiscoveryOptions

  /// Compares the two sides, analyses the images, and prints the comparison notes to standard
  /// error; then runs `body` with the analysis and prints the warnings about the analysed files.
  ///
  /// - Throws: the comparison's, analysis's and `body`'s errors; `ExitCode(8)` with `--strict`
  ///   when the analysed files produced warnings (after `body` ran).
  func analyse(then body: (ImpactAnalysis) throws -> Void) throws {
    let repository = try Repository(discoveringFrom: revisions.repository.path)
    let comparison = try revisions.compare(in: repository, readingHeadAhead: true)
    comparison.notes.forEach(StandardStreams.note)
    let analysis = try ImpactAnalysis(
      comparison: comparison, in: repository, options: analysisOptions(for: repository))
    try body(analysis)
    try diagnostics.report(analysis.diagnostics)
    KeptUntilExit.keep((repository, analysis))
  }

  /// What the command line adds to an analysis of `repository`: the compose files, and the
  /// branch for tag templates.
  func analysisOptions(for repository: Repository) -> AnalysisOptions {
    AnalysisOptions(
      composeFiles: discovery.composeFiles,
      branch: AnalysisOptions.branch(
        of: repository, environment: ProcessInfo.processInfo.environment))
  }
}
