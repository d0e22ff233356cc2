/// Parses the regular expressions BuildKit builds from patterns, with the rules of Go's `regexp`.
///
/// Go compiles them with the Perl flags: `.` does not match a newline, `^` and `$` match only at
/// the ends of the text, negated classes do match a newline, and repetitions cannot be stacked.
/// The translation from a pattern escapes `+`, `|`, `{`, `}` and the like, so what reaches this
/// parser is literals, escapes, classes, groups, `.`, `^`, `$`, `*` and `?`; it handles those the
/// way Go does, including the odd expressions a pattern such as `[a*]` turns into.
struct RegexParser {
  private let scalars: [UInt32]
  private var index = 0

  private init(_ source: String) {
    scalars = source.unicodeScalars.map(\.value)
  }

  /// The elements of `source`, in order.
  static func parse(_ source: String) throws(RegexSyntaxError) -> [RegexNode] {
    var parser = RegexParser(source)
    return try parser.parseExpression()
  }

  private var atEnd: Bool { index == scalars.count }

  private func peek(_ offset: Int = 0) -> UInt32? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func next() -> UInt32? {
    guard let scalar = peek() else {
      return nil
    }
    index += 1
    return scalar
  }

  private mutating func parseExpression() throws(RegexSyntaxError) -> [RegexNode] {
    // Open groups; the last is the innermost.
    var sequences: [[RegexNode]] = [[]]
    var lastWasRepetition = false
    while let scalar = next() {
      let isRepetition = scalar == Ascii.star || scalar == Ascii.question || scalar == Ascii.plus
      defer { lastWasRepetition = isRepetition }
      switch scalar {
      case Ascii.openParen:
        sequences.append([])
      case Ascii.closeParen:
        guard sequences.count > 1 else {
          throw RegexSyntaxError(message: "unexpected ')'")
        }
        let group = sequences.removeLast()
        sequences[sequences.count - 1].append(.group(group))
      case Ascii.star, Ascii.question, Ascii.plus:
        let kind: RegexNode.Repetition =
          scalar == Ascii.star ? .zeroOrMore : scalar == Ascii.question ? .zeroOrOne : .oneOrMore
        if peek() == Ascii.question {
          index += 1  // Non-greedy: the same set of matches.
        }
        guard !lastWasRepetition else {
          throw RegexSyntaxError(message: "a repetition operator follows another one")
        }
        guard let operand = sequences[sequences.count - 1].popLast() else {
          throw RegexSyntaxError(message: "a repetition operator has nothing to repeat")
        }
        sequences[sequences.count - 1].append(.repeated(operand, kind))
      case Ascii.caret:
        sequences[sequences.count - 1].append(.assertion(.beginText))
      case Ascii.dollar:
        sequences[sequences.count - 1].append(.assertion(.endText))
      case Ascii.dot:
        sequences[sequences.count - 1].append(.oneOf(RuneSet(Ascii.newline).inverted()))
      case Ascii.openBracket:
        sequences[sequences.count - 1].append(.oneOf(try parseClass()))
      case Ascii.backslash:
        sequences[sequences.count - 1].append(contentsOf: try parseTopLevelEscape())
      default:
        sequences[sequences.count - 1].append(.literal(scalar))
      }
    }
    guard sequences.count == 1 else {
      throw RegexSyntaxError(message: "a '(' is never closed")
    }
    return sequences[0]
  }

  /// An escape outside a class, after its `\`: an assertion, a Perl class, `\Q…\E`, or a scalar.
  private mutating func parseTopLevelEscape() throws(RegexSyntaxError) -> [RegexNode] {
    switch peek() {
    case Ascii.upperA?:
      index += 1
      return [.assertion(.beginText)]
    case Ascii.lowerZ?:
      index += 1
      return [.assertion(.endText)]
    case Ascii.lowerB?:
      index += 1
      return [.assertion(.wordBoundary)]
    case Ascii.upperB?:
      index += 1
      return [.assertion(.notWordBoundary)]
    case Ascii.upperQ?:
      index += 1
      var literals: [RegexNode] = []
      while let scalar = next() {
        if scalar == Ascii.backslash, peek() == Ascii.upperE {
          index += 1
          break
        }
        literals.append(.literal(scalar))
      }
      return literals
    default:
      if let set = parsePerlClass() {
        return [.oneOf(set)]
      }
      return [.literal(try parseEscape())]
    }
  }

  /// A class after its `[`, through the closing `]`.
  private mutating func parseClass() throws(RegexSyntaxError) -> RuneSet {
    var set = RuneSet()
    let negated = peek() == Ascii.caret
    if negated {
      index += 1
    }
    var first = true  // A `]` right after `[` or `[^` is a member.
    while first || peek() != Ascii.closeBracket {
      first = false
      if let named = try parseNamedClass() {
        set.formUnion(named)
        continue
      }
      if peek() == Ascii.backslash, let perl = parsePerlClass(after: 1) {
        set.formUnion(perl)
        continue
      }
      let low = try parseClassScalar()
      var high = low
      if peek() == Ascii.dash, let after = peek(1), after != Ascii.closeBracket {
        index += 1
        high = try parseClassScalar()
        guard high >= low else {
          throw RegexSyntaxError(
            message: "the class range '\(text(low))-\(text(high))' is reversed")
        }
      }
      set.insert(low...high)
    }
    index += 1
    return negated ? set.inverted() : set
  }

  /// A POSIX class such as `[:alpha:]` inside a class, or `nil` when none starts here.
  private mutating func parseNamedClass() throws(RegexSyntaxError) -> RuneSet? {
    guard peek() == Ascii.openBracket, peek(1) == Ascii.colon, scalars.count - index > 2 else {
      return nil
    }
    var end = index + 2
    while end + 1 < scalars.count,
      !(scalars[end] == Ascii.colon && scalars[end + 1] == Ascii.closeBracket)
    {
      end += 1
    }
    guard end + 1 < scalars.count else {
      return nil
    }
    let name = scalars[(index + 2)..<end].map(text).joined()
    guard let set = CharacterClasses.posix(named: name) else {
      throw RegexSyntaxError(message: "'[:\(name):]' is not a known character class")
    }
    index = end + 2
    return set
  }

  /// A Perl class escape such as `\d`, whose letter is `offset` scalars ahead, or `nil`.
  private mutating func parsePerlClass(after offset: Int = 0) -> RuneSet? {
    guard let letter = peek(offset), let set = CharacterClasses.perl(letter) else {
      return nil
    }
    index += offset + 1
    return set
  }

  /// One scalar of a class, possibly escaped.
  private mutating func parseClassScalar() throws(RegexSyntaxError) -> UInt32 {
    guard let scalar = next() else {
      throw RegexSyntaxError(message: "a character class is never closed")
    }
    return scalar == Ascii.backslash ? try parseEscape() : scalar
  }

  /// The scalar an escape stands for, after its `\` (Go's `parseEscape`).
  private mutating func parseEscape() throws(RegexSyntaxError) -> UInt32 {
    guard let scalar = next() else {
      throw RegexSyntaxError(message: "it ends with a lone '\\'")
    }
    if scalar < 0x80, !Ascii.isAlphanumeric(scalar) {
      return scalar
    }
    switch scalar {
    case Ascii.digit0...Ascii.digit7:
      // A lone non-zero digit would be a back-reference, which Go does not support.
      if scalar != Ascii.digit0, !(peek().map(Ascii.isOctalDigit) ?? false) {
        break
      }
      var value = scalar - Ascii.digit0
      for _ in 0..<2 {
        guard let digit = peek(), Ascii.isOctalDigit(digit) else {
          break
        }
        value = value * 8 + digit - Ascii.digit0
        index += 1
      }
      return value
    case Ascii.lowerX:
      if let value = parseHexEscape() {
        return value
      }
    case Ascii.lowerA: return 0x07
    case Ascii.lowerF: return 0x0C
    case Ascii.lowerN: return 0x0A
    case Ascii.lowerR: return 0x0D
    case Ascii.lowerT: return 0x09
    case Ascii.lowerV: return 0x0B
    default:
      break
    }
    let escape = "\\" + text(scalar)
    if scalar == Ascii.lowerP || scalar == Ascii.upperP {
      throw RegexSyntaxError(message: "Unicode classes such as '\(escape){L}' are not supported")
    }
    throw RegexSyntaxError(
      message: "'\(escape)' is not a valid escape (write '\\' only before punctuation)")
  }

  /// The value of `\x41` or `\x{1F600}` after the `x`, or `nil` when malformed.
  private mutating func parseHexEscape() -> UInt32? {
    if peek() == Ascii.openBrace {
      index += 1
      var value: UInt32 = 0
      var digits = 0
      while let scalar = next() {
        if scalar == Ascii.closeBrace {
          return digits > 0 ? value : nil
        }
        guard let digit = Ascii.hexValue(scalar) else {
          return nil
        }
        value = value * 16 + digit
        guard value <= RuneSet.maxValue else {
          return nil
        }
        digits += 1
      }
      return nil
    }
    guard let high = peek().flatMap(Ascii.hexValue), let low = peek(1).flatMap(Ascii.hexValue)
    else {
      return nil
    }
    index += 2
    return high * 16 + low
  }

  private func text(_ scalar: UInt32) -> String {
    Unicode.Scalar(scalar).map { String(Character($0)) } ?? "?"
  }
}
