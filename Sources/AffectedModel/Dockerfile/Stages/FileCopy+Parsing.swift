extension FileCopy {
  /// The flags `COPY` accepts.
  private static let copyFlags: [String: InstructionFlags.Kind] = [
    "from": .string, "chown": .string, "chmod": .string, "link": .boolean,
    "parents": .boolean, "exclude": .strings,
  ]

  /// The flags `ADD` accepts.
  private static let addFlags: [String: InstructionFlags.Kind] = [
    "chown": .string, "chmod": .string, "link": .boolean, "keep-git-dir": .boolean,
    "checksum": .string, "exclude": .strings, "unpack": .boolean,
  ]

  /// Types a `COPY` or `ADD` instruction, expanding its words with `resolver` as BuildKit does
  /// when it builds: every source (except here-documents), the destination and the string flags.
  ///
  /// - Throws: `DockerfileError` (without a line) for unknown flags, a missing destination, a
  ///   here-document as destination, or a URL or Git source given to `COPY`.
  init(_ instruction: Instruction, command: Command, resolver: inout WordResolver) throws {
    let name = command.rawValue
    let flags = try InstructionFlags(
      instruction.flags, accepted: command == .copy ? Self.copyFlags : Self.addFlags,
      instruction: name)
    guard let rawDestination = instruction.arguments.last, instruction.arguments.count >= 2 else {
      throw DockerfileError(
        line: nil,
        "\(name) requires at least two arguments, but only one was provided. "
          + "Destination could not be determined.")
    }
    if (try? Heredoc(marker: rawDestination)) != nil {
      throw DockerfileError(
        line: nil, "\(name) cannot accept a heredoc as a destination; name a path instead")
    }
    var sources: [CopySource] = []
    for word in instruction.arguments.dropLast() {
      if let marker = try? Heredoc(marker: word) {
        let body = instruction.heredocs.last { $0.name == marker.name }
        sources.append(.heredoc(body ?? marker))
        continue
      }
      let source = CopySource(expanded: try resolver.expand(word))
      if command == .copy && source.isRemote {
        throw DockerfileError(
          line: nil,
          "source can't be a URL or Git reference for COPY: \(word); use ADD to fetch it")
      }
      sources.append(source)
    }
    self.init(
      command: command, sources: sources, destination: try resolver.expand(rawDestination),
      from: try flags.string("from").map { try resolver.expand($0) },
      chown: try flags.string("chown").map { try resolver.expand($0) },
      chmod: try flags.string("chmod").map { try resolver.expand($0) },
      link: flags.isSet("link"), parents: flags.isSet("parents"),
      excludes: try flags.list("exclude").map { try resolver.expand($0) },
      keepGitDir: flags.isSet("keep-git-dir"),
      checksum: try flags.string("checksum").map { try resolver.expand($0) },
      unpack: flags.isWritten("unpack") ? flags.isSet("unpack") : nil)
  }
}
