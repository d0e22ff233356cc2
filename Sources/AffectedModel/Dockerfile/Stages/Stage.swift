/// One build stage: a `FROM` line and the instructions up to the next one.
public struct Stage: Hashable, Sendable {
  /// The stage's position, counting from 0 (what `COPY --from=N` refers to).
  public var index: Int
  /// The `AS` name, lower-cased as BuildKit stores it; `nil` for an unnamed stage.
  public var name: String?
  /// The image or stage the stage starts from, with global `ARG`s expanded.
  public var baseName: String
  /// The index of the earlier stage `baseName` names (the last one so named, compared exactly
  /// with the lower-cased stage names, as BuildKit does), or `nil` when it names an image.
  public var baseStageIndex: Int?
  /// `--platform`, with global `ARG`s expanded.
  public var platform: String?
  /// The 1-based line of the `FROM` instruction.
  public var line: Int
  /// The variables the `FROM` line referenced that had no value, sorted.
  public var unresolvedVariables: [String]
  /// The instructions after `FROM`, in order.
  public var instructions: [StageInstruction]
  /// The `ARG` values in force at the end of the stage, inherited ones included (a stage built
  /// `FROM` this one starts with them).
  public var arguments: [String: String]
  /// The `ENV` variables in force at the end of the stage, inherited ones included (a stage
  /// built `FROM` this one starts with them).
  public var environment: [String: String]

  /// Creates a stage.
  public init(
    index: Int, name: String?, baseName: String, baseStageIndex: Int? = nil,
    platform: String? = nil, line: Int, unresolvedVariables: [String] = [],
    instructions: [StageInstruction] = [], arguments: [String: String] = [:],
    environment: [String: String] = [:]
  ) {
    self.index = index
    self.name = name
    self.baseName = baseName
    self.baseStageIndex = baseStageIndex
    self.platform = platform
    self.line = line
    self.unresolvedVariables = unresolvedVariables
    self.instructions = instructions
    self.arguments = arguments
    self.environment = environment
  }

  /// The `COPY` and `ADD` instructions of the stage, in order.
  public var fileCopies: [FileCopy] {
    instructions.compactMap {
      guard case .copy(let copy) = $0.kind else {
        return nil
      }
      return copy
    }
  }

  /// The `RUN` instructions of the stage, in order.
  public var runCommands: [RunCommand] {
    instructions.compactMap {
      guard case .run(let run) = $0.kind else {
        return nil
      }
      return run
    }
  }
}
