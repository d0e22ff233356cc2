/// The variables of a `.env` file, read the way compose reads them.
///
/// Lines are `KEY=VALUE` (or `KEY: VALUE`), optionally prefixed by `export`; `#` starts a comment
/// line, and ` #` ends an unquoted value. Single-quoted values are literal; double-quoted values
/// may span lines, understand `\n`, `\t`, `\"`, `\\`, `\$` and friends, and are interpolated like
/// unquoted values: `${VAR}` refers to keys defined earlier in the file, then to the environment. A
/// bare `KEY` takes its value from the environment, if set there.
public struct DotEnvFile: Hashable, Sendable {
  /// The variables the file defines.
  public var values: [String: String]
  /// Lines that could not be read, and interpolation problems.
  public var diagnostics: [Diagnostic]

  /// Parses `text`, the content of the repository file `file`, with `environment` for lookups.
  public init(parsing text: String, file: String, environment: [String: String] = [:]) {
    var parser = Parser(scalars: Array(text.unicodeScalars), file: file, environment: environment)
    parser.run()
    values = parser.values
    diagnostics = parser.diagnostics
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    let file: String
    let environment: [String: String]
    var values: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    var index = 0
    var line = 1

    mutating func run() {
      while skipBlank() {
        if scalars[index] == "#" {
          skipLine()
        } else if !statement() {
          return
        }
      }
    }

    /// Reads one statement; returns `false` when the rest of the file cannot be read.
    private mutating func statement() -> Bool {
      let start = line
      if text(from: index, count: 6) == "export", index + 6 < scalars.count,
        Self.isSpace(scalars[index + 6])
      {
        index += 6
        skipSpaces()
      }
      var key = String.UnicodeScalarView()
      while index < scalars.count, !["=", ":", "\n"].contains(scalars[index]) {
        let scalar = scalars[index]
        guard Self.isSpace(scalar) || Self.isKeyScalar(scalar) else {
          report("unexpected character \"\(scalar)\" in variable name", line: start)
          skipLine()
          return true
        }
        key.append(scalar)
        index += 1
      }
      let name = String(key).trimmingSpaces()
      if index >= scalars.count || scalars[index] == "\n" {
        if let value = environment[name] {
          values[name] = value
        }
        return true
      }
      guard !name.contains(" "), !name.isEmpty else {
        report("a variable name cannot be empty or contain a space", line: start)
        skipLine()
        return true
      }
      index += 1
      skipSpaces()
      guard let value = value(startingOn: start) else {
        return false
      }
      values[name] = value
      return true
    }

    private mutating func value(startingOn start: Int) -> String? {
      guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else {
        var raw = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != "\n" {
          raw.append(scalars[index])
          index += 1
        }
        var text = String(raw)
        if let comment = text.range(of: " #") {
          text = String(text[..<comment.lowerBound])
        }
        return interpolate(text.trimmingTrailingWhitespace(), line: start)
      }
      let quote = scalars[index]
      var raw = String.UnicodeScalarView()
      var escaped = false
      index += 1
      while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" {
          line += 1
        }
        if escaped {
          escaped = false
          if scalar != quote {
            raw.append("\\")
          }
          raw.append(scalar)
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == quote {
          skipLine()
          return quote == "'" ? String(raw) : interpolate(Self.unescape(String(raw)), line: start)
        } else {
          raw.append(scalar)
        }
      }
      report("unterminated quoted value; close the quote", line: start)
      return nil
    }

    private mutating func interpolate(_ text: String, line: Int) -> String {
      let known = values
      let environment = environment
      let substitution = ComposeInterpolator { known[$0] ?? environment[$0] }.substitute(text)
      for problem in substitution.problems {
        report(problem, line: line)
      }
      return substitution.text
    }

    /// The single-character escapes of double-quoted values; `\$` becomes `$$`, which interpolation
    /// turns into a literal `$`.
    private static let escapes: [Unicode.Scalar: String] = [
      "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t",
      "v": "\u{0B}", "$": "$$", "\"": "\"", "\\": "\\",
    ]

    /// Expands the backslash escapes compose accepts in double-quoted values.
    private static func unescape(_ text: String) -> String {
      var output = String.UnicodeScalarView()
      let scalars = Array(text.unicodeScalars)
      var index = 0
      while index < scalars.count {
        let scalar = scalars[index]
        guard scalar == "\\", index + 1 < scalars.count else {
          output.append(scalar)
          index += 1
          continue
        }
        let next = scalars[index + 1]
        if let replacement = Self.escapes[next] {
          output.append(contentsOf: replacement.unicodeScalars)
          index += 2
        } else if next == "0", index + 4 < scalars.count,
          let code = UInt32(
            String(String.UnicodeScalarView(scalars[(index + 2)...(index + 4)])), radix: 8),
          let octal = Unicode.Scalar(code)
        {
          output.append(octal)
          index += 5
        } else {
          output.append(scalar)
          index += 1
        }
      }
      return String(output)
    }

    // MARK: - Scanning

    /// Skips spaces and line breaks; returns whether anything is left.
    private mutating func skipBlank() -> Bool {
      while index < scalars.count, scalars[index].properties.isWhitespace {
        if scalars[index] == "\n" {
          line += 1
        }
        index += 1
      }
      return index < scalars.count
    }

    private mutating func skipSpaces() {
      while index < scalars.count, Self.isSpace(scalars[index]) {
        index += 1
      }
    }

    private mutating func skipLine() {
      while index < scalars.count, scalars[index] != "\n" {
        index += 1
      }
    }

    private func text(from start: Int, count: Int) -> String {
      String(String.UnicodeScalarView(scalars[start..<min(start + count, scalars.count)]))
    }

    private mutating func report(_ message: String, line: Int) {
      diagnostics.append(Diagnostic(.warning, "\(message) in .env file", file: file, line: line))
    }

    /// Spaces that are not line breaks.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      ["\t", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}"].contains(scalar)
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
      ["_", ".", "-", "[", "]"].contains(scalar) || scalar.properties.isAlphabetic
        || scalar.properties.numericType != nil
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    String(trimmingTrailingWhitespace().drop { $0 == " " || $0 == "\t" })
  }

  /// The string without trailing whitespace (including a carriage return).
  fileprivate func trimmingTrailingWhitespace() -> String {
    var text = Substring(self)
    while let last = text.last, last.isWhitespace {
      text.removeLast()
    }
    return String(text)
  }
}
