extension InstructionLineParser {
  /// The parts of an instruction whose name, flags and (trimmed) rest are known, with the rest
  /// split by the line parser BuildKit's dispatch table assigns to the instruction.
  func parts(keyword: String, flags: [String], rest: Substring) throws -> InstructionParts {
    var parts = InstructionParts(keyword: keyword, flags: flags)
    switch keyword.lowercased() {
    case "add", "copy", "volume":
      (parts.arguments, parts.isJSON) = try jsonOrWords(rest)
    case "cmd", "entrypoint", "run", "shell":
      (parts.arguments, parts.isJSON) = try jsonOrWhole(rest)
    case "arg":
      parts.arguments = words(rest)
    case "env", "label":
      parts.arguments = try keysAndValues(rest, instruction: keyword.uppercased())
    case "expose", "from":
      parts.arguments = whitespaceSeparated(rest)
    case "healthcheck":
      (parts.arguments, parts.isJSON) = try healthcheck(rest)
    case "maintainer", "stopsignal", "user", "workdir":
      parts.arguments = rest.isEmpty ? [] : [String(rest)]
    default:
      // BuildKit keeps unknown instructions with one empty argument and rejects them at build.
      parts.arguments = [""]
    }
    return parts
  }

  /// `rest` as a JSON array, else as its whitespace-separated words (BuildKit's
  /// `parseMaybeJSONToList`).
  private func jsonOrWords(_ rest: Substring) throws -> ([String], Bool) {
    if let strings = try jsonStrings(rest) {
      return (strings, true)
    }
    return (whitespaceSeparated(rest), false)
  }

  /// `rest` as a JSON array, else as one word (BuildKit's `parseMaybeJSON`).
  private func jsonOrWhole(_ rest: Substring) throws -> ([String], Bool) {
    guard !rest.isEmpty else {
      return ([], false)
    }
    if let strings = try jsonStrings(rest) {
      return (strings, true)
    }
    return ([String(rest)], false)
  }

  /// The strings of `rest` when it is a JSON array of strings; `nil` when it is not valid JSON
  /// starting with `[`.
  ///
  /// - Throws: when `rest` is a valid JSON array holding something other than strings.
  private func jsonStrings(_ rest: Substring) throws -> [String]? {
    let text = GoText.trimLeadingSpace(rest)
    guard text.hasPrefix("[") else {
      return nil
    }
    switch JSONStringArray(text.utf8) {
    case .strings(let strings):
      return strings
    case .notStrings:
      throw DockerfileError(
        line: nil,
        "when using JSON array syntax, arrays must be comprised of strings only; "
          + "quote every element")
    case .invalid:
      return nil
    }
  }

  /// `rest` split at runs of `[\t\v\f\r ]` (BuildKit's `parseStringsWhitespaceDelimited`).
  func whitespaceSeparated(_ rest: Substring) -> [String] {
    // One pass over the bytes, each word made a string as it ends: no array of slices first.
    // Separators are ASCII, so a word's bytes are whole characters wherever the split falls.
    var text = rest
    return text.withUTF8 { bytes in
      var words: [String] = []
      var index = 0
      while index < bytes.count {
        guard !GoText.isSeparator(bytes[index]) else {
          index += 1
          continue
        }
        let start = index
        repeat {
          index += 1
        } while index < bytes.count && !GoText.isSeparator(bytes[index])
        words.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
      }
      return words
    }
  }

  /// The keys and values of an `ENV` or `LABEL` line, alternately (BuildKit's `parseNameVal`).
  ///
  /// `KEY value with spaces` (the legacy form) gives one key and the rest of the line;
  /// `KEY=value …` gives each pair, quotes kept.
  private func keysAndValues(_ rest: Substring, instruction: String) throws -> [String] {
    let words = words(rest)
    guard let first = words.first else {
      return []
    }
    guard first.unicodeScalars.contains("=") else {
      let utf8 = rest.utf8
      guard let gap = utf8.firstIndex(where: GoText.isSeparator) else {
        throw DockerfileError(
          line: nil, "\(instruction) must have two arguments; write \(instruction) name=value")
      }
      let valueStart = utf8[gap...].firstIndex(where: { !GoText.isSeparator($0) }) ?? utf8.endIndex
      return [String(rest[..<gap]), String(rest[valueStart...])]
    }
    var result: [String] = []
    for word in words {
      guard let equals = word.unicodeScalars.firstIndex(of: "=") else {
        throw DockerfileError(
          line: nil,
          "Syntax error - can't find = in \"\(word)\". Must be of the form: name=value")
      }
      result.append(String(word[..<equals]))
      result.append(String(word.unicodeScalars[word.unicodeScalars.index(after: equals)...]))
    }
    return result
  }

  /// The type word of a `HEALTHCHECK` line followed by its command (BuildKit's
  /// `parseHealthConfig`).
  private func healthcheck(_ rest: Substring) throws -> ([String], Bool) {
    let utf8 = rest.utf8
    guard let first = utf8.first, !GoText.isLatin1Space(first) else {
      return ([], false)
    }
    let typeEnd = utf8.firstIndex(where: GoText.isLatin1Space) ?? utf8.endIndex
    let commandStart =
      utf8[typeEnd...].firstIndex(where: { !GoText.isLatin1Space($0) })
      ?? utf8.endIndex
    let kind = String(decoding: utf8[..<typeEnd], as: UTF8.self)
    let (command, isJSON) = try jsonOrWhole(
      Substring(String(decoding: utf8[commandStart...], as: UTF8.self)))
    return ([kind] + command, isJSON)
  }
}
