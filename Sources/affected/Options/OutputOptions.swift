import AffectedOutput
import ArgumentParser

/// Where results go: standard output, or a file written whole or not at all.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write the result to this file (whole or not at all) instead of standard output.",
      valueName: "file"))
  var output: String?

  /// Writes `text` to the output file, or to standard output.
  func emit(_ text: String) throws {
    if let output {
      try OutputFile(path: output).write(Array(text.utf8))
    } else {
      StandardStreams.writeOutput(text)
    }
  }
}
