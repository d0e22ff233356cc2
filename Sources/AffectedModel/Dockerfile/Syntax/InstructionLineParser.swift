/// Splits one logical instruction line (continuations already joined) into its keyword, flags
/// and argument words, as BuildKit's `splitCommand` and line parsers do.
struct InstructionLineParser {
  /// The escape character in force (`\` or `` ` ``).
  let escape: Unicode.Scalar

  /// The instruction's parts, and for `ONBUILD` those of its trigger.
  ///
  /// - Throws: `DockerfileError` (without a line) when BuildKit's parser rejects the line, and
  ///   for `ONBUILD` forms BuildKit rejects when it builds: flags before the trigger and chained
  ///   `ONBUILD ONBUILD`.
  func parse(_ line: Substring) throws -> (InstructionParts, trigger: InstructionParts?) {
    let (keyword, flags, rest) = split(line)
    guard keyword.lowercased() == "onbuild" else {
      return (try parts(keyword: keyword, flags: flags, rest: rest), nil)
    }
    guard flags.isEmpty else {
      throw DockerfileError(
        line: nil,
        "ONBUILD takes no flags, but has \(flags.joined(separator: " ")); "
          + "write the flags after the trigger instruction")
    }
    guard !rest.isEmpty else {
      return (InstructionParts(keyword: keyword), nil)
    }
    let (triggerKeyword, triggerFlags, triggerRest) = split(rest)
    guard triggerKeyword.lowercased() != "onbuild" else {
      throw DockerfileError(
        line: nil, "chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed; keep one ONBUILD")
    }
    let trigger = try parts(keyword: triggerKeyword, flags: triggerFlags, rest: triggerRest)
    return (InstructionParts(keyword: keyword), trigger)
  }

  /// The keyword, the flag words and the trimmed rest of `line`.
  private func split(_ line: Substring) -> (String, [String], Substring) {
    let trimmed = GoText.trimSpace(line)
    let utf8 = trimmed.utf8
    guard let gap = utf8.firstIndex(where: GoText.isSeparator) else {
      return (String(trimmed), [], "")
    }
    let restStart = utf8[gap...].firstIndex(where: { !GoText.isSeparator($0) }) ?? utf8.endIndex
    let (flags, rest) = extractFlags(trimmed[restStart...])
    return (String(trimmed[..<gap]), flags, GoText.trimSpace(rest))
  }
}
