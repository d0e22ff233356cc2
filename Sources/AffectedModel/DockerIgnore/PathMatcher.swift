/// How one cleaned pattern tests a path, chosen the way moby/patternmatcher compiles it.
///
/// Patterns without wildcards compare whole paths; `foo/**` compares a prefix; a pattern that
/// starts with `**` and has no other wildcard compares a suffix (so `**foo` matches `barfoo`);
/// anything else becomes a regular expression in which `*` and `?` stay within one path element,
/// `**` spans any number of elements, and `[`, `]`, `\` and `^` keep their regular-expression
/// meaning (so `[^a]` negates a class while `[!a]` is the class of `!` and `a`).
struct PathMatcher: Sendable {
  private enum Kind {
    /// The path equals `text`.
    case exact
    /// The path starts with `text`.
    case prefix
    /// The path ends with `text`, or equals it without its leading `/`.
    case suffix
    /// The path matches `program`.
    case expression
  }

  private let kind: Kind
  private let text: [UInt8]
  private let program: MatchProgram?

  /// Compiles `pattern`, already cleaned and without its `!`.
  init(pattern: String) throws(RegexSyntaxError) {
    let (kind, source) = Self.translate(pattern)
    let bytes = Array(pattern.utf8)
    self.kind = kind
    switch kind {
    case .exact:
      text = bytes
    case .prefix:
      text = Array(bytes.dropLast(2))
    case .suffix:
      text = Array(bytes.dropFirst(2))
    case .expression:
      text = []
    }
    program = kind == .expression ? MatchProgram(try RegexParser.parse(source)) : nil
  }

  /// Whether `path` (slash-separated UTF-8, no leading slash) matches.
  ///
  /// Always inlined: called out of line, each call would first copy (retain) the matcher.
  @inline(__always)
  func matches(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
    switch kind {
    case .exact:
      return path.elementsEqual(text)
    case .prefix:
      return path.starts(with: text)
    case .suffix:
      if path.count >= text.count, path[(path.count - text.count)...].elementsEqual(text) {
        return true
      }
      // `**/foo` also matches `foo` itself.
      return text.first == UInt8(ascii: "/") && path.elementsEqual(text.dropFirst())
    case .expression:
      return program?.matches(path) ?? false
    }
  }

  /// The match kind and the Go regular expression for `pattern`, as `Pattern.compile` builds them.
  private static func translate(_ pattern: String) -> (Kind, String) {
    var scalars = Array(pattern.unicodeScalars)[...]
    // Go's text/scanner skips a byte order mark at the start.
    if scalars.first == "\u{FEFF}" {
      scalars = scalars.dropFirst()
    }
    var source = "^"
    var kind = Kind.exact
    var isFirst = true
    while let scalar = scalars.popFirst() {
      defer { isFirst = false }
      switch scalar {
      case "*" where scalars.first == "*":
        scalars = scalars.dropFirst()
        if scalars.first == "/" {
          scalars = scalars.dropFirst()
        }
        if !scalars.isEmpty {
          source += "(.*/)?"
          kind = .expression
        } else if kind == .exact {
          kind = .prefix
        } else {
          source += ".*"
          kind = .expression
        }
        if isFirst {
          kind = .suffix
        }
      case "*":
        source += "[^/]*"
        kind = .expression
      case "?":
        source += "[^/]"
        kind = .expression
      case ".", "+", "(", ")", "|", "{", "}", "$":
        source += "\\" + String(scalar)
      case "\\":
        source += "\\"
        if let escaped = scalars.popFirst() {
          source.unicodeScalars.append(escaped)
          kind = .expression
        }
      case "[", "]":
        source.unicodeScalars.append(scalar)
        kind = .expression
      default:
        source.unicodeScalars.append(scalar)
      }
    }
    return (kind, source + "$")
  }
}
