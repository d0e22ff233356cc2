/// One instruction of a build stage, typed where it decides what the stage reads.
public struct StageInstruction: Hashable, Sendable {
  /// What the instruction does, for the instructions whose inputs matter.
  public indirect enum Kind: Hashable, Sendable {
    /// `COPY` or `ADD`, words expanded in the stage's scope.
    case copy(FileCopy)
    /// `RUN`, `--mount` values expanded in the stage's scope.
    case run(RunCommand)
    /// `ONBUILD`: the trigger, typed with its variables left unexpanded (they are only known
    /// in the build that uses this stage as its base).
    case onbuild(StageInstruction)
    /// Any other instruction (`ARG` and `ENV` have already been applied to the scope).
    case other
  }

  /// The instruction as parsed.
  public var instruction: Instruction
  /// What the instruction does.
  public var kind: Kind
  /// The variables the instruction's expanded words referenced that had no value, sorted.
  public var unresolvedVariables: [String]

  /// Creates a stage instruction.
  public init(instruction: Instruction, kind: Kind, unresolvedVariables: [String] = []) {
    self.instruction = instruction
    self.kind = kind
    self.unresolvedVariables = unresolvedVariables
  }
}
