import AffectedModel
import ArgumentParser

/// How warnings about the analysed files are reported.
struct DiagnosticOptions: ParsableArguments {
  @Flag(help: "Exit with code 8 when the analysed files produce warnings (after printing the result).")
  var strict = false

  /// Prints each diagnostic to standard error as `file:line: warning: message`, once each, in order.
  ///
  /// - Throws: `ExitCode(8)` with `--strict` when there was any warning.
  func report(_ diagnostics: [Diagnostic]) throws {
    var seen = Set<Diagnostic>()
    for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
      StandardStreams.diagnostic(diagnostic.description)
    }
    if strict, diagnostics.contains(where: { $0.severity == .warning }) {
      throw ExitCode(ExitStatus.strictWarnings.rawValue)
    }
  }
}
