/// Recognises parser directives the way BuildKit's `DirectiveParser` does: a directive is a
/// `# name=value` comment with a known name, and the first line that is not one ends the search.
struct DirectiveReader {
  /// The directives BuildKit knows; a comment naming anything else ends the directives.
  private static let knownNames: Set<String> = ["syntax", "escape", "check"]

  /// The directives found so far.
  private(set) var directives: [ParserDirective] = []
  private var isDone = false

  /// Reads `line` (without its line ending) and returns the directive it holds, if any.
  ///
  /// - Throws: when a directive is repeated.
  mutating func read(_ line: ArraySlice<UInt8>, lineNumber: Int) throws -> ParserDirective? {
    guard !isDone else {
      return nil
    }
    guard line.first == UInt8(ascii: "#"),
      let (name, value) = Self.match(GoText.trimLeadingSpace(line.dropFirst())),
      Self.knownNames.contains(name)
    else {
      isDone = true
      return nil
    }
    if directives.contains(where: { $0.name == name }) {
      throw DockerfileError(
        line: lineNumber,
        "only one \(name) parser directive can be used; remove the repeated one")
    }
    let directive = ParserDirective(name: name, value: value, line: lineNumber)
    directives.append(directive)
    return directive
  }

  /// The lower-cased name and the value of `text` when it has the form
  /// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`.
  ///
  /// Read byte by byte: every character the pattern names is ASCII, and a UTF-8 sequence never
  /// holds an ASCII byte, so the value's bytes decode as they would in the whole text.
  private static func match(_ text: ArraySlice<UInt8>) -> (String, String)? {
    let isLetter = { (byte: UInt8) in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
    guard let first = text.first, isLetter(first) else {
      return nil
    }
    var index = text.startIndex + 1
    while index < text.endIndex,
      isLetter(text[index]) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index])
    {
      index += 1
    }
    let name = String(decoding: text[..<index], as: UTF8.self).lowercased()
    while index < text.endIndex, isRegexSpace(text[index]) {
      index += 1
    }
    guard index < text.endIndex, text[index] == UInt8(ascii: "=") else {
      return nil
    }
    let rest = text[(index + 1)...]
    guard let valueStart = rest.firstIndex(where: { !isRegexSpace($0) }),
      let last = rest.lastIndex(where: { !isRegexSpace($0) })
    else {
      // Only white space follows `=`: the lazy `(.+?)` still takes the last character.
      return rest.last.map { (name, String(UnicodeScalar($0))) }
    }
    return (name, String(decoding: rest[valueStart...last], as: UTF8.self))
  }

  /// Whether `byte` is in RE2's `\s` class: `[\t\n\f\r ]`.
  private static func isRegexSpace(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
  }
}
