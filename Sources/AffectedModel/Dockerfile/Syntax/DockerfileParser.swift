/// Reads a Dockerfile line by line as BuildKit's `parser.Parse` does: it recognises directives,
/// drops comments and blank lines, joins continuation lines, splits each instruction and reads
/// the bodies of its here-documents.
struct DockerfileParser {
  private var reader: SourceLineReader
  private var directives = DirectiveReader()
  private var escape: Unicode.Scalar = "\\"

  init(_ bytes: [UInt8]) {
    reader = SourceLineReader(bytes)
  }

  /// Parses the whole file.
  mutating func parse() throws -> Dockerfile {
    var instructions: [Instruction] = []
    while var line = try reader.next() {
      if reader.lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
        line = line.dropFirst(3)
      }
      let startLine = reader.lineNumber
      var (text, isComplete) = continuation(of: try process(line, isFirst: true))
      if isComplete && text.isEmpty {
        continue
      }
      var joined = Array(text)
      while !isComplete, let next = try reader.next() {
        let processed = try process(next, isFirst: false)
        if GoText.trimLeadingSpace(processed).isEmpty {
          // A comment line or a blank line inside a continuation is skipped.
          continue
        }
        (text, isComplete) = continuation(of: processed)
        joined += text
      }
      instructions.append(try instruction(String(decoding: joined, as: UTF8.self), from: startLine))
    }
    guard !instructions.isEmpty else {
      throw DockerfileError(
        line: nil, "the file has no instructions; a Dockerfile needs at least a FROM")
    }
    return Dockerfile(
      directives: directives.directives, instructions: instructions,
      escapeToken: Character(escape))
  }

  /// `line` without its line ending, or empty when it is a comment.
  ///
  /// The first line of an instruction also loses its leading white space. A parser directive on
  /// the line is read on the way.
  private mutating func process(
    _ line: ArraySlice<UInt8>, isFirst: Bool
  ) throws -> ArraySlice<UInt8> {
    var token = GoText.trimNewline(line)
    if isFirst {
      token = GoText.trimLeadingSpace(token)
    }
    if let directive = try directives.read(token, lineNumber: reader.lineNumber),
      directive.name == "escape"
    {
      guard directive.value == "\\" || directive.value == "`" else {
        throw DockerfileError(
          line: directive.line,
          "invalid escape token '\(directive.value)' does not match ` or \\; use one of them")
      }
      escape = directive.value.unicodeScalars.first ?? "\\"
    }
    return GoText.trimLeadingSpace(token).first == UInt8(ascii: "#") ? [] : token
  }

  /// `line` without a trailing continuation character, and whether the instruction ends here.
  ///
  /// The escape character continues the line when only spaces and tabs follow it and it is not
  /// itself escaped (BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`).
  private func continuation(of line: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Bool) {
    var end = line.endIndex
    while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 {
      end -= 1
    }
    let escapeByte = UInt8(escape.value)
    guard end > line.startIndex, line[end - 1] == escapeByte else {
      return (line, true)
    }
    let escapeIndex = end - 1
    if escapeIndex > line.startIndex && line[escapeIndex - 1] == escapeByte {
      return (line, true)
    }
    return (line[line.startIndex..<escapeIndex], false)
  }

  /// The instruction on the joined `line` that starts on `startLine`, with the bodies of its
  /// here-documents read from the lines that follow.
  private mutating func instruction(_ line: String, from startLine: Int) throws -> Instruction {
    let parser = InstructionLineParser(escape: escape)
    let (parts, trigger) = try locating(startLine) { try parser.parse(Substring(line)) }
    let body = trigger ?? parts
    var heredocs: [Heredoc] = []
    if body.acceptsHeredocs && Self.containsHeredocOperator(line) {
      for marker in try locating(startLine, { try Heredoc.markers(in: Substring(line)) }) {
        heredocs.append(try readBody(of: marker, startLine: startLine))
      }
    }
    var original = line
    if !heredocs.isEmpty {
      original += "\n" + heredocs.map { $0.content + $0.name + "\n" }.joined()
    }
    return Instruction(
      keyword: parts.keyword, subKeyword: trigger?.keyword, isJSON: body.isJSON,
      original: original, startLine: startLine, endLine: reader.lineNumber, flags: body.flags,
      arguments: body.arguments, heredocs: heredocs)
  }

  /// Whether `line` holds `<<` anywhere: only then can it start a here-document.
  ///
  /// A plain byte scan: the generic `firstRange(of:)` costs more than parsing the whole line.
  private static func containsHeredocOperator(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if byte == UInt8(ascii: "<") && previous == UInt8(ascii: "<") {
          return true
        }
        previous = byte
      }
      return false
    }
  }

  /// `heredoc` with its body: the lines up to the one holding only its delimiter (after leading
  /// tabs, for `<<-`).
  private mutating func readBody(of heredoc: Heredoc, startLine: Int) throws -> Heredoc {
    var content: [UInt8] = []
    while let line = try reader.next() {
      var candidate = GoText.trimNewline(line)
      if heredoc.stripsLeadingTabs {
        candidate = candidate.drop { $0 == 0x09 }
      }
      if candidate.elementsEqual(heredoc.name.utf8) {
        var complete = heredoc
        complete.content = String(decoding: content, as: UTF8.self)
        return complete
      }
      content += line
    }
    throw DockerfileError(
      line: startLine,
      "unterminated heredoc: no line holds only \(heredoc.name) to end it; add one")
  }

  /// The result of `body`, with errors placed at `line`.
  private func locating<Result>(_ line: Int, _ body: () throws -> Result) throws -> Result {
    do {
      return try body()
    } catch let error as DockerfileError {
      throw error.located(at: line)
    }
  }
}
