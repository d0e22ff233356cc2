/// BuildKit's shell lexer (`frontend/dockerfile/shell`): processes one word as a POSIX shell
/// would, removing quotes and escape characters and expanding `$VAR` and `${VAR…}` forms, and
/// splits the result into words.
struct ShellLexer {
  /// How the lexer treats quotes, escapes and unset variables.
  struct Options {
    /// The escape character (`\` or `` ` ``).
    var escape: Unicode.Scalar = "\\"
    /// Keep quote characters in the result (BuildKit's `RawQuotes`).
    var keepsQuotes = false
    /// Keep escape characters in the result (BuildKit's `RawEscapes`).
    var keepsEscapes = false
    /// Leave references to unset variables as written (BuildKit's `SkipUnsetEnv`).
    var keepsUnsetReferences = false
    /// Split the result into words; when `false`, `Output.words` may be left empty (for callers
    /// that use only the value).
    var splitsWords = true
  }

  /// What processing a word produced.
  struct Output {
    /// The processed text, white space kept.
    var value: String
    /// The processed text split into words.
    var words: [String]
    /// The variables referenced that had a value.
    var matched: Set<String>
    /// The variables referenced that had none.
    var unmatched: Set<String>
  }

  private let scalars: [Unicode.Scalar]
  private var position = 0
  let options: Options
  private let variables: [String: String]
  /// Whether escape characters are kept at this point (some `${…}` forms keep them).
  var keepsEscapes: Bool
  private var matched: Set<String> = []
  private var unmatched: Set<String> = []
  /// How many `${…}` forms enclose the current position.
  var nesting = 0
  /// The deepest `${…}` nesting accepted, so that hostile input cannot exhaust the stack (BuildKit
  /// has no limit; real files never come close).
  static let maximumNesting = 64

  private init(_ text: String, options: Options, variables: [String: String]) {
    self.scalars = Array(text.unicodeScalars)
    self.options = options
    self.variables = variables
    self.keepsEscapes = options.keepsEscapes
  }

  /// Processes `text` with `variables` as the environment.
  ///
  /// - Throws: `DockerfileError` (without a line) for unterminated quotes and malformed `${…}`.
  static func process(
    _ text: String, options: Options = Options(), variables: [String: String] = [:]
  ) throws -> Output {
    if let plain = plainOutput(text, escape: options.escape, splitsWords: options.splitsWords) {
      return plain
    }
    var lexer = ShellLexer(text, options: options, variables: variables)
    do {
      let (value, words) = try lexer.process(until: nil, keepingEscapes: options.keepsEscapes)
      return Output(
        value: value, words: words, matched: lexer.matched, unmatched: lexer.unmatched)
    } catch let error as DockerfileError {
      throw DockerfileError(
        line: nil, "failed to process \"\(excerpt(of: text))\": \(error.message)")
    }
  }

  /// `text`, or its first 100 characters and `…` when it is longer than 120: a word quoted in a
  /// message stays readable.
  private static func excerpt(of text: String) -> String {
    text.count <= 120 ? text : text.prefix(100) + "…"
  }

  /// What processing `text` produces when it has no `$`, no quote and no escape character (most
  /// words): the text itself, split at white space unless `splitsWords` is `false`; `nil` for
  /// any other text.
  ///
  /// The lexer would give the same, one character at a time.
  private static func plainOutput(
    _ text: String, escape: Unicode.Scalar, splitsWords: Bool
  ) -> Output? {
    // The special characters are ASCII (the escape character is `\` or a backtick), so their
    // bytes stand for them in UTF-8.
    guard escape.isASCII else {
      return nil
    }
    let escapeByte = UInt8(escape.value)
    let isSpecial = { (byte: UInt8) in
      byte == UInt8(ascii: "$") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
        || byte == escapeByte
    }
    guard !text.utf8.contains(where: isSpecial) else {
      return nil
    }
    let words =
      splitsWords
      ? text.unicodeScalars.split(whereSeparator: GoText.isSpace).map(String.init) : []
    return Output(value: text, words: words, matched: [], unmatched: [])
  }

  /// The next character, without consuming it; `nil` at the end.
  func peek() -> Unicode.Scalar? {
    position < scalars.count ? scalars[position] : nil
  }

  /// Consumes and returns the next character; `nil` at the end.
  mutating func next() -> Unicode.Scalar? {
    guard position < scalars.count else {
      return nil
    }
    position += 1
    return scalars[position - 1]
  }

  /// Processes characters until `stop` (consumed) or, when `stop` is `nil`, the end.
  ///
  /// - Throws: when `stop` is given and never found.
  mutating func process(
    until stop: Unicode.Scalar?, keepingEscapes: Bool
  ) throws -> (String, [String]) {
    let saved = keepsEscapes
    keepsEscapes = keepingEscapes
    defer { keepsEscapes = saved }
    var result = String.UnicodeScalarView()
    var words = ShellWordSplitter()
    while let scalar = peek() {
      if let stop, scalar == stop {
        position += 1
        return (String(result), words.finished())
      }
      switch scalar {
      case "$":
        let value = try expandParameter()
        result.append(contentsOf: value.unicodeScalars)
        words.add(value)
      case "'":
        let value = try singleQuoted()
        result.append(contentsOf: value.unicodeScalars)
        words.addLiterally(value)
      case "\"":
        let value = try doubleQuoted()
        result.append(contentsOf: value.unicodeScalars)
        words.addLiterally(value)
      default:
        position += 1
        guard scalar == options.escape else {
          words.add(scalar)
          result.append(scalar)
          continue
        }
        if keepsEscapes {
          words.addLiterally(scalar)
          result.append(scalar)
        }
        guard let escaped = next() else {
          break
        }
        words.addLiterally(escaped)
        result.append(escaped)
      }
    }
    if let stop {
      throw DockerfileError(
        line: nil, "unexpected end of statement while looking for matching \(stop)")
    }
    return (String(result), words.finished())
  }

  /// Reads a single-quoted string: everything up to the next `'` is literal.
  private mutating func singleQuoted() throws -> String {
    var result = String.UnicodeScalarView()
    position += 1
    if options.keepsQuotes {
      result.append("'")
    }
    while true {
      guard let scalar = next() else {
        throw DockerfileError(
          line: nil, "unexpected end of statement while looking for matching single-quote")
      }
      if scalar == "'" {
        if options.keepsQuotes {
          result.append(scalar)
        }
        return String(result)
      }
      result.append(scalar)
    }
  }

  /// Reads a double-quoted string: `$` expands, and the escape character escapes `"`, `$` and
  /// itself (before anything else it stays).
  private mutating func doubleQuoted() throws -> String {
    var result = String.UnicodeScalarView()
    position += 1
    if options.keepsQuotes {
      result.append("\"")
    }
    while true {
      guard var scalar = peek() else {
        throw DockerfileError(
          line: nil, "unexpected end of statement while looking for matching double-quote")
      }
      switch scalar {
      case "\"":
        position += 1
        if options.keepsQuotes {
          result.append(scalar)
        }
        return String(result)
      case "$":
        result.append(contentsOf: try expandParameter().unicodeScalars)
      default:
        position += 1
        if scalar == options.escape {
          if keepsEscapes {
            result.append(scalar)
          }
          guard let following = peek() else {
            continue
          }
          if following == "\"" || following == "$" || following == options.escape {
            position += 1
            scalar = following
          }
        }
        result.append(scalar)
      }
    }
  }

  /// The value of variable `name`, recording whether it was set.
  mutating func value(of name: String) -> String? {
    guard let value = variables[name] else {
      unmatched.insert(name)
      return nil
    }
    matched.insert(name)
    return value
  }
}
