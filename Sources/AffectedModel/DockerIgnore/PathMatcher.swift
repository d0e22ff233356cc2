/// How one cleaned pattern tests a path, chosen the way moby/patternmatcher compiles it.
///
/// Patterns without wildcards compare whole paths; `foo/**` compares a prefix; a pattern that
/// starts with `**` and has no other wildcard compares a suffix (so `**foo` matches `barfoo`);
/// anything else becomes a regular expression in which `*` and `?` stay within one path element,
/// `**` spans any number of elements, and `[`, `]`, `\` and `^` keep their regular-expression
/// meaning (so `[^a]` negates a class while `[!a]` is the class of `!` and `a`).
enum PathMatcher: Sendable {
  /// The path equals these bytes.
  case exact([UInt8])
  /// The path starts with these bytes.
  case prefix([UInt8])
  /// The path ends with these bytes, or equals them without their leading `/`.
  case suffix([UInt8])
  /// The path matches this expression.
  case expression(MatchProgram)

  private enum Kind {
    case exact, prefix, suffix, expression
  }

  /// Compiles `pattern`, already cleaned and without its `!`.
  init(pattern: String) throws(RegexSyntaxError) {
    let (kind, source) = Self.translate(pattern)
    let bytes = Array(pattern.utf8)
    switch kind {
    case .exact:
      self = .exact(bytes)
    case .prefix:
      self = .prefix(Array(bytes.dropLast(2)))
    case .suffix:
      self = .suffix(Array(bytes.dropFirst(2)))
    case .expression:
      self = .expression(MatchProgram(try RegexParser.parse(source)))
    }
  }

  /// Whether `path` (slash-separated UTF-8, no leading slash) matches.
  func matches(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
    switch self {
    case .exact(let bytes):
      return path.elementsEqual(bytes)
    case .prefix(let bytes):
      return path.starts(with: bytes)
    case .suffix(let bytes):
      if path.count >= bytes.count, path.reversed().starts(with: bytes.reversed()) {
        return true
      }
      // `**/foo` also matches `foo` itself.
      return bytes.first == UInt8(ascii: "/") && path.elementsEqual(bytes.dropFirst())
    case .expression(let program):
      return program.matches(path)
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
