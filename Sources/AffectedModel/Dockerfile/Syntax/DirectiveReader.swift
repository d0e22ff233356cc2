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
  private static func match(_ text: ArraySlice<UInt8>) -> (String, String)? {
    let scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
    guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic else {
      return nil
    }
    var index = 1
    while index < scalars.count, scalars[index].isASCII,
      scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
    {
      index += 1
    }
    let name = String(String.UnicodeScalarView(scalars[..<index])).lowercased()
    while index < scalars.count, isRegexSpace(scalars[index]) {
      index += 1
    }
    guard index < scalars.count, scalars[index] == "=" else {
      return nil
    }
    let rest = scalars[(index + 1)...]
    guard let valueStart = rest.firstIndex(where: { !isRegexSpace($0) }),
      let last = rest.lastIndex(where: { !isRegexSpace($0) })
    else {
      // Only white space follows `=`: the lazy `(.+?)` still takes the last character.
      return rest.last.map { (name, String($0)) }
    }
    let valueEnd = last + 1
    return (name, String(String.UnicodeScalarView(scalars[valueStart..<valueEnd])))
  }

  /// Whether `scalar` is in RE2's `\s` class: `[\t\n\f\r ]`.
  private static func isRegexSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r" || scalar == " "
  }
}
