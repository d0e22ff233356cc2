import AffectedOutput
import ArgumentParser
import Foundation

/// Where results go: standard output, or a file written whole or not at all.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write the result to this file (whole or not at all) instead of standard output.",
      valueName: "file"))
  var output: String?

  /// The style for text meant for a person: coloured only when it goes to a standard output
  /// that is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
  var textStyle: TextStyle {
    TextStyle.forStream(
      isTerminal: output == nil && isatty(STDOUT_FILENO) == 1,
      environment: ProcessInfo.processInfo.environment)
  }

  /// Writes `text` to the output file, or to standard output.
  func emit(_ text: String) throws {
    if let output {
      try OutputFile(path: output).write(Array(text.utf8))
    } else {
      StandardStreams.writeOutput(text)
    }
  }
}
