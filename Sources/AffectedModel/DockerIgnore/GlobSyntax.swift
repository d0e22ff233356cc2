/// The syntax check BuildKit runs on every pattern: Go's `filepath.Match` against the name `.`.
///
/// Go's matcher reports a malformed pattern only while matching, so BuildKit matches each pattern
/// once against `.` and rejects the file on any error. This reproduces the errors that check can
/// report (on Unix, where `\` escapes): a pattern ending with a lone `\`, and character classes
/// that are empty, unclosed, or have `-` or `]` where a character belongs.
enum GlobSyntax {
  private static let backslash = UInt8(ascii: "\\")
  private static let star = UInt8(ascii: "*")
  private static let open = UInt8(ascii: "[")
  private static let close = UInt8(ascii: "]")
  private static let dash = UInt8(ascii: "-")
  private static let caret = UInt8(ascii: "^")

  /// What is wrong with `pattern`, as a phrase, or `nil` when Go accepts it.
  static func problem(in pattern: String) -> String? {
    var rest = Array(pattern.utf8)[...]
    while !rest.isEmpty {
      let chunk = nextChunk(&rest)
      if let problem = problem(inChunk: chunk) {
        return problem
      }
    }
    return nil
  }

  /// Splits off the leading stars and the text up to the next star outside a class (`scanChunk`).
  private static func nextChunk(_ rest: inout ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    while rest.first == star {
      rest = rest.dropFirst()
    }
    var inClass = false
    var index = rest.startIndex
    scan: while index < rest.endIndex {
      switch rest[index] {
      case backslash where index + 1 < rest.endIndex:
        index += 1
      case open:
        inClass = true
      case close:
        inClass = false
      case star where !inClass:
        break scan
      default:
        break
      }
      index += 1
    }
    defer { rest = rest[index...] }
    return rest[..<index]
  }

  /// The error `matchChunk` would raise for `chunk`, if any.
  private static func problem(inChunk chunk: ArraySlice<UInt8>) -> String? {
    var rest = chunk
    while let first = rest.first {
      rest = rest.dropFirst()
      switch first {
      case open:
        if let problem = skipClass(&rest) {
          return problem
        }
      case backslash:
        guard !rest.isEmpty else {
          return "it ends with a lone '\\' (write '\\\\' to match a backslash)"
        }
        rest = rest.dropFirst()
      default:
        break
      }
    }
    return nil
  }

  /// Skips a class body after its `[`, through the closing `]`, or says what is wrong with it.
  private static func skipClass(_ rest: inout ArraySlice<UInt8>) -> String? {
    if rest.first == caret {
      rest = rest.dropFirst()
    }
    var ranges = 0
    while true {
      if rest.first == close, ranges > 0 {
        rest = rest.dropFirst()
        return nil
      }
      if let problem = skipClassCharacter(&rest) {
        return problem
      }
      if rest.first == dash {
        rest = rest.dropFirst()
        if let problem = skipClassCharacter(&rest) {
          return problem
        }
      }
      ranges += 1
    }
  }

  /// Skips one possibly escaped character of a class (`getEsc`), which must not end the pattern.
  private static func skipClassCharacter(_ rest: inout ArraySlice<UInt8>) -> String? {
    let unclosed = "a character class '[' is never closed (write '\\[' to match a bracket)"
    guard let first = rest.first else {
      return unclosed
    }
    if first == dash || first == close {
      return "a character class has '\(Character(Unicode.Scalar(first)))' where a character"
        + " should be (escape it with '\\', and do not leave a class empty)"
    }
    if first == backslash {
      rest = rest.dropFirst()
      guard !rest.isEmpty else {
        return unclosed
      }
    }
    rest = rest.dropFirst(UTF8Scalar.width(ofLead: rest[rest.startIndex]))
    return rest.isEmpty ? unclosed : nil
  }
}
