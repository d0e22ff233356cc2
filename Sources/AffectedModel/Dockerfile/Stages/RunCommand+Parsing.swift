extension RunCommand {
  /// The flags `RUN` accepts (`--device` is accepted and ignored, as in labs syntax).
  private static let flags: [String: InstructionFlags.Kind] = [
    "mount": .strings, "network": .string, "security": .string, "device": .strings,
  ]

  /// Types a `RUN` instruction, expanding the `--mount` values with `resolver`.
  ///
  /// - Throws: `DockerfileError` (without a line) for unknown flags, invalid mounts, and unknown
  ///   network or security modes.
  init(_ instruction: Instruction, resolver: inout WordResolver) throws {
    let flags = try InstructionFlags(instruction.flags, accepted: Self.flags, instruction: "RUN")
    let mounts = try flags.list("mount").map { try RunMount(parsing: $0, resolver: &resolver) }
    var network: Network?
    if let value = flags.string("network") {
      guard let mode = Network(rawValue: value) else {
        throw DockerfileError(
          line: nil, "unsupported network mode \"\(value)\"; use default, none or host")
      }
      network = mode
    }
    var security: Security?
    if let value = flags.string("security") {
      guard let mode = Security(rawValue: value) else {
        throw DockerfileError(
          line: nil, "unsupported security mode \"\(value)\"; use sandbox or insecure")
      }
      security = mode
    }
    self.init(
      mounts: mounts, network: network, security: security,
      arguments: instruction.isJSON
        ? instruction.arguments : [instruction.arguments.joined(separator: " ")],
      isShellForm: !instruction.isJSON, heredocs: instruction.heredocs)
  }
}
