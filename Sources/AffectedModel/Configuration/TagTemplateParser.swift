/// Splits a tag template into literal text and placeholders, rejecting what no tag may hold.
struct TagTemplateParser {
  private let text: String
  private var remaining: Substring
  private var literalLength = 0

  init(text: String) {
    self.text = text
    remaining = text[...]
  }

  /// The parts of the template, in order.
  mutating func parts() throws(TagTemplateError) -> [TagTemplate.Part] {
    guard !text.isEmpty else {
      throw failure("it is empty; write a tag such as '{sha:7}' or 'latest'")
    }
    if let first = text.first, first == "." || first == "-" {
      throw failure(
        "a Docker tag cannot start with '\(first)'; start it with a letter, a digit, '_' or a"
          + " placeholder")
    }
    var parts: [TagTemplate.Part] = []
    var literal = ""
    while let character = remaining.popFirst() {
      switch character {
      case "{":
        if !literal.isEmpty {
          parts.append(.literal(literal))
          literal = ""
        }
        parts.append(try placeholder())
      case "}":
        throw failure("'}' closes no placeholder; remove it")
      default:
        guard Self.isTagCharacter(character) else {
          throw failure(
            "'\(character)' cannot appear in a Docker tag, which holds only letters, digits, '_',"
              + " '.' and '-'; remove or replace it")
        }
        literal.append(character)
        literalLength += 1
      }
    }
    if !literal.isEmpty {
      parts.append(.literal(literal))
    }
    guard literalLength <= TagTemplate.maximumLength else {
      throw failure(
        "its literal text is longer than the \(TagTemplate.maximumLength) characters a tag may"
          + " have; shorten it")
    }
    return parts
  }

  /// Whether Docker allows `character` in a tag: ASCII letters and digits, `_`, `.` and `-`.
  static func isTagCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else {
      return false
    }
    switch ascii {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
      UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// The placeholder after a `{`, up to its `}`.
  private mutating func placeholder() throws(TagTemplateError) -> TagTemplate.Part {
    let known = TagTemplate.Placeholder.allCases.map(\.rawValue)
    let choices = "use " + known.map { "{\($0)}" }.joined(separator: ", ")
    guard let close = remaining.firstIndex(of: "}") else {
      throw failure("a '{' has no '}'; write placeholders as {hash}, {sha} or {branch}")
    }
    let body = remaining[..<close]
    remaining = remaining[remaining.index(after: close)...]
    let pieces = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(pieces[0])
    guard let placeholder = TagTemplate.Placeholder(rawValue: name) else {
      if let nearest = KeySuggestion.nearest(to: name, among: known) {
        throw failure("unknown placeholder '{\(body)}'; did you mean '{\(nearest)}'? (\(choices))")
      }
      throw failure("unknown placeholder '{\(body)}'; \(choices)")
    }
    guard pieces.count == 2 else {
      return .placeholder(placeholder, limit: nil)
    }
    guard let limit = Int(pieces[1]), (1...TagTemplate.maximumLength).contains(limit) else {
      throw failure(
        "'{\(body)}' needs a number of characters from 1 to \(TagTemplate.maximumLength) after"
          + " ':', as {\(name):7}")
    }
    return .placeholder(placeholder, limit: limit)
  }

  private func failure(_ message: String) -> TagTemplateError {
    TagTemplateError(template: text, message: message)
  }
}
