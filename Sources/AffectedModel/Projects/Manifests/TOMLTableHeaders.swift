/// The check that keeps TOMLKit from stopping the process on a malformed table header.
///
/// TOMLKit's parser (toml++) asserts, in every build, that a table header (`[…]` or `[[…]]` at
/// the start of a statement) begins with a bare key character (`A-Z a-z 0-9 _ -`) or a quote,
/// instead of reporting an error: `[é]`, `[$x]` or `[.a]` abort the process. This scan finds such
/// a header first, so that it is reported as the syntax error it is. It follows TOML's structure
/// only as far as needed to know where statements start: strings (one-line and multi-line, basic
/// and literal), comments, and arrays and inline tables that span lines.
enum TOMLTableHeaders {
  /// The first table header of `text` that does not begin with a key, as the error toml++ would
  /// give if it did not stop; `nil` when there is none.
  static func malformedHeader(in text: String) -> ManifestSyntaxError? {
    var bytes = Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
    var scanner = Scanner(bytes: bytes)
    return scanner.firstMalformedHeader()
  }

  private struct Scanner {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    /// How many arrays and inline tables of a value are open.
    var depth = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    mutating func firstMalformedHeader() -> ManifestSyntaxError? {
      var atStatementStart = true
      while position < bytes.count {
        let byte = bytes[position]
        if atStatementStart {
          switch byte {
          case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            position += 1
          case UInt8(ascii: "\n"):
            line += 1
            position += 1
          case UInt8(ascii: "#"):
            skipToLineEnd()
          case UInt8(ascii: "["):
            if let error = checkHeader() {
              return error
            }
            skipToLineEnd()
          default:
            atStatementStart = false
          }
          continue
        }
        switch byte {
        case UInt8(ascii: "\n"):
          line += 1
          position += 1
          atStatementStart = depth == 0
        case UInt8(ascii: "#"):
          skipToLineEnd()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
          skipString(quote: byte)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
          position += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          depth = max(0, depth - 1)
          position += 1
        default:
          position += 1
        }
      }
      return nil
    }

    /// Checks the header whose `[` is at `position`: its first key must start with a bare key
    /// character or a quote, or the header be empty (which toml++ reports as an error itself).
    func checkHeader() -> ManifestSyntaxError? {
      var index = position + 1
      if bytes[index] == UInt8(ascii: "[") {
        index += 1
      }
      while bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
        index += 1
      }
      let first = bytes[index]
      let isBare =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        || first == UInt8(ascii: "_") || first == UInt8(ascii: "-")
      guard !isBare, first != UInt8(ascii: "\""), first != UInt8(ascii: "'"),
        first != UInt8(ascii: "]")
      else { return nil }
      let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      let rest = String(decoding: bytes[index..<end], as: UTF8.self)
      let shown = rest.first.map { "'\($0)'" } ?? "the end of the line"
      return ManifestSyntaxError(
        message:
          "Error while parsing table header: expected a bare key or a quoted key, saw \(shown)",
        line: line)
    }

    mutating func skipToLineEnd() {
      while bytes[position] != UInt8(ascii: "\n") {
        position += 1
      }
    }

    /// Moves past the string that starts at `position` with `quote`: one-line or, with three
    /// quotes, multi-line; a basic string (`"`) skips escaped characters.
    mutating func skipString(quote: UInt8) {
      let isMultiLine =
        position + 2 < bytes.count && bytes[position + 1] == quote && bytes[position + 2] == quote
      position += isMultiLine ? 3 : 1
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
          if bytes[min(position + 1, bytes.count - 1)] == UInt8(ascii: "\n") {
            line += 1
          }
          position += 2
          continue
        }
        if byte == UInt8(ascii: "\n") {
          // A one-line string cannot go on; the parser reports it, and the line ends here.
          guard isMultiLine else { return }
          line += 1
        }
        if byte == quote {
          if !isMultiLine {
            position += 1
            return
          }
          if position + 2 < bytes.count, bytes[position + 1] == quote, bytes[position + 2] == quote
          {
            // Up to two more quotes may end the string's content.
            position += 3
            while position < bytes.count, bytes[position] == quote {
              position += 1
            }
            return
          }
        }
        position += 1
      }
    }
  }
}
