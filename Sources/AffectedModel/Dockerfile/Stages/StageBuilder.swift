/// Walks a Dockerfile's instructions in order, keeping the global and per-stage variable scopes,
/// and builds the stages.
struct StageBuilder {
  private static let stageNamePattern: Set<Character> = Set(
    "abcdefghijklmnopqrstuvwxyz0123456789-_.")

  let expander: WordExpander
  let buildArguments: [String: String]
  let automaticArguments: [String: String]
  let file: String?
  /// The global `ARG` values (and the automatic arguments).
  private(set) var globalArguments: [String: String]
  /// The global `ARG`s declared, with their value if they have one.
  private var declaredGlobals: [String: String?] = [:]
  private(set) var stages: [Stage] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// The scope of the current stage.
  var scope = VariableScope()

  init(
    expander: WordExpander, buildArguments: [String: String],
    automaticArguments: [String: String], file: String?
  ) {
    self.expander = expander
    self.buildArguments = buildArguments
    self.automaticArguments = automaticArguments
    self.file = file
    self.globalArguments = automaticArguments
  }

  /// Adds the next instruction of the file.
  mutating func add(_ instruction: Instruction) throws {
    do {
      switch instruction.command {
      case "FROM":
        try startStage(instruction)
      case "ARG" where stages.isEmpty:
        try declareGlobalArguments(instruction)
      default:
        guard !stages.isEmpty else {
          throw DockerfileError(
            line: nil,
            "\(instruction.command) comes before the first FROM, where only ARG may stand; "
              + "move it into a stage")
        }
        let typed = try stageInstruction(instruction)
        stages[stages.count - 1].instructions.append(typed)
        stages[stages.count - 1].arguments = scope.arguments
        stages[stages.count - 1].environment = scope.environment
      }
    } catch let error as DockerfileError {
      throw error.located(at: instruction.startLine)
    }
  }

  /// Starts a stage at a `FROM` instruction.
  private mutating func startStage(_ instruction: Instruction) throws {
    let flags = try InstructionFlags(
      instruction.flags, accepted: ["platform": .string], instruction: "FROM")
    let arguments = instruction.arguments
    var name: String?
    switch arguments.count {
    case 1:
      break
    case 3 where arguments[1].lowercased() == "as":
      let lowered = arguments[2].lowercased()
      guard let first = lowered.first, first.isASCII, first.isLetter,
        lowered.allSatisfy(Self.stageNamePattern.contains)
      else {
        throw DockerfileError(
          line: nil,
          "invalid name for build stage: \"\(arguments[2])\", name can't start with a number "
            + "or contain symbols")
      }
      name = lowered
    default:
      throw DockerfileError(
        line: nil, "FROM requires either one or three arguments: FROM image [AS name]")
    }
    var resolver = WordResolver(expander: expander, variables: globalArguments)
    let baseName = try resolver.expand(arguments[0])
    guard !baseName.isEmpty else {
      throw DockerfileError(
        line: nil, "base name (\(arguments[0])) should not be blank; give its variables a value")
    }
    let platform = try flags.string("platform").map { try resolver.expand($0) }
    let baseStage = stages.lastIndex { $0.name == baseName }
    scope = VariableScope(
      arguments: baseStage.map { stages[$0].arguments } ?? [:],
      environment: baseStage.map { stages[$0].environment } ?? [:])
    report(resolver.unresolved, in: instruction)
    stages.append(
      Stage(
        index: stages.count, name: name, baseName: baseName, baseStageIndex: baseStage,
        platform: platform, line: instruction.startLine,
        unresolvedVariables: resolver.unresolved.sorted(), arguments: scope.arguments,
        environment: scope.environment))
  }

  /// Applies an `ARG` before the first `FROM`.
  private mutating func declareGlobalArguments(_ instruction: Instruction) throws {
    var unresolved: Set<String> = []
    for (key, defaultValue) in try argumentDeclarations(instruction) {
      var value = buildArguments[key] ?? automaticArguments[key]
      if value == nil, let defaultValue {
        var resolver = WordResolver(expander: expander, variables: globalArguments)
        value = try resolver.expand(defaultValue)
        unresolved.formUnion(resolver.unresolved)
      }
      declaredGlobals[key] = value
      if let value {
        globalArguments[key] = value
      }
    }
    report(unresolved, in: instruction)
  }

  /// Applies an `ARG` inside a stage and returns the variables it could not resolve.
  mutating func declareStageArguments(_ instruction: Instruction) throws -> Set<String> {
    var unresolved: Set<String> = []
    for (key, defaultValue) in try argumentDeclarations(instruction) {
      var resolver = WordResolver(expander: expander, variables: scope.variables)
      let value: String?
      if let given = buildArguments[key] ?? automaticArguments[key] {
        value = given
      } else if let defaultValue {
        value = try resolver.expand(defaultValue)
      } else {
        value = declaredGlobals[key] ?? nil
      }
      unresolved.formUnion(resolver.unresolved)
      if let value {
        scope.arguments[key] = value
      }
    }
    return unresolved
  }

  /// The `name` or `name=default` declarations of an `ARG` instruction.
  private func argumentDeclarations(_ instruction: Instruction) throws -> [(String, String?)] {
    _ = try InstructionFlags(instruction.flags, accepted: [:], instruction: "ARG")
    guard !instruction.arguments.isEmpty else {
      throw DockerfileError(line: nil, "ARG requires at least one argument: ARG name[=default]")
    }
    return try instruction.arguments.map { word in
      let scalars = word.unicodeScalars
      guard let equals = scalars.firstIndex(of: "=") else {
        return (word, nil)
      }
      guard equals != scalars.startIndex else {
        throw DockerfileError(line: nil, "ARG names can not be blank; write ARG name=value")
      }
      return (String(scalars[..<equals]), String(scalars[scalars.index(after: equals)...]))
    }
  }

  /// Records a warning when `unresolved` is not empty.
  mutating func report(_ unresolved: Set<String>, in instruction: Instruction) {
    guard !unresolved.isEmpty else {
      return
    }
    let names = unresolved.sorted().map { "$" + $0 }.joined(separator: ", ")
    let verb = unresolved.count == 1 ? "has" : "have"
    diagnostics.append(
      Diagnostic(
        .warning,
        "\(instruction.command) refers to \(names), which \(verb) no value here; declare it "
          + "with ARG and give it a default or a build argument",
        file: file, line: instruction.startLine))
  }
}
