import AffectedGit
import AffectedModel
import AffectedPlanner
import ArgumentParser
import Foundation

/// The flags that choose which deploy units to compare, and with what.
struct DeployOptions: ParsableArguments {
  @Option(
    name: .customLong("k8s"),
    help: ArgumentHelp(
      "A Kubernetes manifest, kustomization or chart folder to deploy (repeatable).",
      valueName: "path"))
  var kubernetesPaths: [String] = []

  @Option(
    name: .customLong("base-per-unit"),
    help: ArgumentHelp(
      "Compare each unit with its own tag, {unit} being its name (deployed/prod/{unit}).",
      valueName: "pattern"))
  var basePerUnit: String?

  /// Whether any of these flags is given.
  var isGiven: Bool {
    !kubernetesPaths.isEmpty || basePerUnit != nil
  }

  /// The per-unit tag pattern, when given.
  ///
  /// - Throws: `ValidationError` when the pattern lacks `{unit}`.
  func tagPattern() throws -> UnitTagPattern? {
    guard let basePerUnit else { return nil }
    guard let pattern = UnitTagPattern(basePerUnit) else {
      throw ValidationError(
        "--base-per-unit needs {unit} in its pattern, such as 'deployed/prod/{unit}'")
    }
    return pattern
  }

  /// Plans the deploy, prints the comparison notes and then the warnings about the analysed
  /// files, and runs `body` with the plan and, for a single comparison, its image analysis.
  ///
  /// - Throws: the comparison's, analysis's, plan's and `body`'s errors; `ExitCode(8)` with
  ///   `--strict` when the analysed files produced warnings (after `body` ran).
  func plan(
    with planning: PlanningOptions, then body: (DeployPlan, ImpactAnalysis?) throws -> Void
  ) throws {
    guard let pattern = try tagPattern() else {
      var warnings: [Diagnostic] = []
      try planning.analyse { analysis in
        let repository = try Repository(discoveringFrom: planning.revisions.repository.path)
        let plan = try DeployPlan(
          analysis: analysis, in: repository, kubernetesPaths: kubernetesPaths)
        try body(plan, analysis)
        warnings = plan.impact.diagnostics
      }
      try planning.diagnostics.report(warnings)
      return
    }
    let revisions = planning.revisions
    let repository = try Repository(discoveringFrom: revisions.repository.path)
    let selector = BaseSelector(environment: ProcessInfo.processInfo.environment)
    var warnings: [Diagnostic] = []
    let plan = try DeployPlan(
      perUnitBase: pattern, options: revisions.comparisonOptions, in: repository,
      composeFiles: planning.discovery.composeFiles, kubernetesPaths: kubernetesPaths
    ) { options in
      let comparison = try Comparison.compute(in: repository, options: options, selector: selector)
      comparison.notes.forEach(StandardStreams.note)
      let analysis = try ImpactAnalysis(
        comparison: comparison, in: repository,
        options: planning.analysisOptions(for: repository))
      warnings += analysis.diagnostics
      return analysis
    }
    try body(plan, nil)
    try planning.diagnostics.report(warnings + plan.impact.diagnostics)
  }
}
