extension StageBuilder {
  /// The instructions BuildKit knows, with the flags of those typed as `.other`.
  private static let otherInstructions: [String: [String: InstructionFlags.Kind]] = [
    "CMD": [:], "ENTRYPOINT": [:], "EXPOSE": [:], "LABEL": [:], "MAINTAINER": [:], "SHELL": [:],
    "STOPSIGNAL": [:], "USER": [:], "VOLUME": [:], "WORKDIR": [:],
    "HEALTHCHECK": [
      "interval": .string, "timeout": .string, "start-period": .string,
      "start-interval": .string, "retries": .string,
    ],
  ]

  /// Types an instruction of the current stage and applies `ARG` and `ENV` to its scope.
  mutating func stageInstruction(_ instruction: Instruction) throws -> StageInstruction {
    let unresolved: Set<String>
    let kind: StageInstruction.Kind
    switch instruction.command {
    case "ARG":
      unresolved = try declareStageArguments(instruction)
      kind = .other
    case "ENV":
      unresolved = try setEnvironment(instruction)
      kind = .other
    case "ONBUILD":
      unresolved = []
      kind = .onbuild(try trigger(of: instruction))
    default:
      var resolver = WordResolver(expander: expander, variables: scope.variables)
      kind = try Self.kind(of: instruction, resolver: &resolver)
      unresolved = resolver.unresolved
    }
    report(unresolved, in: instruction)
    return StageInstruction(
      instruction: instruction, kind: kind, unresolvedVariables: unresolved.sorted())
  }

  /// Applies an `ENV` instruction: every key and value is expanded in the scope from before the
  /// instruction, then all are set.
  private mutating func setEnvironment(_ instruction: Instruction) throws -> Set<String> {
    _ = try InstructionFlags(instruction.flags, accepted: [:], instruction: "ENV")
    let words = instruction.arguments
    guard !words.isEmpty else {
      throw DockerfileError(line: nil, "ENV requires at least one argument: ENV name=value")
    }
    guard words.count.isMultiple(of: 2) else {
      throw DockerfileError(line: nil, "ENV needs a value for every name: ENV name=value")
    }
    var resolver = WordResolver(expander: expander, variables: scope.variables)
    var assignments: [(String, String)] = []
    for index in stride(from: 0, to: words.count, by: 2) {
      guard !words[index].isEmpty else {
        throw DockerfileError(line: nil, "ENV names can not be blank; write ENV name=value")
      }
      assignments.append((try resolver.expand(words[index]), try resolver.expand(words[index + 1])))
    }
    for (key, value) in assignments {
      scope.environment[key] = value
    }
    return resolver.unresolved
  }

  /// The trigger of an `ONBUILD` instruction, typed without expanding its variables.
  ///
  /// BuildKit only checks the trigger's name here; a trigger it would reject in the build that
  /// runs it (an unknown instruction or flag, say) is kept as `.other`.
  private func trigger(of instruction: Instruction) throws -> StageInstruction {
    guard let trigger = instruction.trigger else {
      throw DockerfileError(line: nil, "ONBUILD requires at least one argument: the trigger")
    }
    switch trigger.command {
    case "FROM", "MAINTAINER":
      throw DockerfileError(line: nil, "\(trigger.command) isn't allowed as an ONBUILD trigger")
    case "ARG", "ENV":
      return StageInstruction(instruction: trigger, kind: .other)
    default:
      var resolver = WordResolver(deferringWith: expander)
      let kind = (try? Self.kind(of: trigger, resolver: &resolver)) ?? .other
      return StageInstruction(
        instruction: trigger, kind: kind, unresolvedVariables: resolver.unresolved.sorted())
    }
  }

  /// The kind of an instruction that does not change the scope.
  private static func kind(
    of instruction: Instruction, resolver: inout WordResolver
  ) throws -> StageInstruction.Kind {
    switch instruction.command {
    case "COPY":
      return .copy(try FileCopy(instruction, command: .copy, resolver: &resolver))
    case "ADD":
      return .copy(try FileCopy(instruction, command: .add, resolver: &resolver))
    case "RUN":
      return .run(try RunCommand(instruction, resolver: &resolver))
    default:
      guard let flags = otherInstructions[instruction.command] else {
        throw DockerfileError(
          line: nil,
          "unknown instruction: \(instruction.command); check its spelling, or whether a "
            + "line continuation is missing on the line before")
      }
      _ = try InstructionFlags(instruction.flags, accepted: flags, instruction: instruction.command)
      return .other
    }
  }
}
