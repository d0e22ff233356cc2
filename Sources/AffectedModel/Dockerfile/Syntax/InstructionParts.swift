/// The parts of one instruction line, split as BuildKit's `newNodeFromLine` splits them.
struct InstructionParts {
  /// The instruction's name as written.
  var keyword: String
  /// The `--flag` words before the arguments.
  var flags: [String] = []
  /// The argument words (see `Instruction.arguments`).
  var arguments: [String] = []
  /// Whether the arguments were a JSON array.
  var isJSON = false

  /// Whether this is an instruction whose shell form may carry here-documents.
  var acceptsHeredocs: Bool {
    !isJSON && ["run", "copy", "add"].contains(keyword.lowercased())
  }
}
