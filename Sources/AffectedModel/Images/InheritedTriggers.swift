/// The `ONBUILD` triggers a stage inherits from its base, with what they need to run: the
/// variables in force and the escape character of the file they were written in.
struct InheritedTriggers {
  /// The triggers, in order.
  var triggers: [StageInstruction]
  /// The variables the triggers expand with.
  var scope: [String: String]
  /// The expander of the Dockerfile that wrote them.
  var expander: WordExpander
  /// The Dockerfile that wrote them.
  var file: String?

  /// The triggers `stage` declares, for a stage built from it: they see its `ARG`s and `ENV`s
  /// (inside one Dockerfile, a stage inherits both); for a stage built from the image it makes
  /// (`isImage`), only its `ENV`s, which the image keeps.
  init(stage: Stage, expander: WordExpander, file: String?, isImage: Bool = false) {
    triggers = stage.instructions.compactMap {
      if case .onbuild(let trigger) = $0.kind {
        return trigger
      }
      return nil
    }
    let arguments = isImage ? [:] : stage.arguments
    scope = VariableScope(arguments: arguments, environment: stage.environment).variables
    self.expander = expander
    self.file = file
  }

  /// `trigger` typed as it runs: its words expanded in `scope`.
  ///
  /// - Throws: `DockerfileError` when BuildKit would refuse to run it.
  func typed(_ trigger: StageInstruction) throws -> StageInstruction {
    var resolver = WordResolver(expander: expander, variables: scope)
    let instruction = trigger.instruction
    let kind: StageInstruction.Kind
    switch instruction.command {
    case "COPY":
      kind = .copy(try FileCopy(instruction, command: .copy, resolver: &resolver))
    case "ADD":
      kind = .copy(try FileCopy(instruction, command: .add, resolver: &resolver))
    case "RUN":
      kind = .run(try RunCommand(instruction, resolver: &resolver))
    default:
      kind = .other
    }
    return StageInstruction(
      instruction: instruction, kind: kind, unresolvedVariables: resolver.unresolved.sorted())
  }
}
