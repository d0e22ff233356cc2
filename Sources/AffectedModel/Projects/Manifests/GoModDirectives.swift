/// The directives of a `go.mod` or `go.work` file, with factored blocks (`require ( … )`)
/// spread into one directive per line.
enum GoModDirectives {
  /// One directive: its verb (`module`, `require`, `use`, `replace`, …), its arguments with
  /// quotes removed, and its 1-based line.
  struct Directive: Hashable, Sendable {
    var verb: String
    var arguments: [String]
    var line: Int
  }

  /// The directives of `text`, in order; `//` comments are dropped.
  ///
  /// Lines end at each `\n`, and a `\r` before it is white space.
  static func directives(of text: String) -> [Directive] {
    var directives: [Directive] = []
    var block: String?
    let bytes = text.utf8
    // Each line in turn, without an array of them: the start of the next line, if any.
    var next: String.Index? = bytes.startIndex
    var number = 0
    while let start = next {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
      next = end == bytes.endIndex ? nil : bytes.index(after: end)
      number += 1
      let words = tokens(of: bytes[start..<end])
      guard let first = words.first else {
        continue
      }
      if let verb = block {
        if first == ")" {
          block = nil
        } else {
          directives.append(Directive(verb: verb, arguments: words, line: number))
        }
      } else if words.count == 2, words[1] == "(" {
        block = first
      } else {
        directives.append(
          Directive(verb: first, arguments: Array(words.dropFirst()), line: number))
      }
    }
    return directives
  }

  /// The words of one line: separated by white space, `"…"` and `` `…` `` quoted, up to `//`.
  private static func tokens(of line: Substring.UTF8View) -> [String] {
    let isSpace = { (byte: UInt8) in
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
    var words: [String] = []
    var rest = line
    while true {
      rest = rest.drop(while: isSpace)
      guard let first = rest.first, !rest.starts(with: "//".utf8) else {
        return words
      }
      if first == UInt8(ascii: "\"") || first == UInt8(ascii: "`") {
        let body = rest.dropFirst()
        let end = body.firstIndex(of: first) ?? body.endIndex
        words.append(String(decoding: body[..<end], as: UTF8.self))
        rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
      } else {
        let word = rest.prefix { !isSpace($0) }
        words.append(String(decoding: word, as: UTF8.self))
        rest = rest[word.endIndex...]
      }
    }
  }

  /// Whether `path`, the target of a `replace`, is a local folder (`./x`, `../x`, or absolute)
  /// rather than a module path.
  static func isLocalPath(_ path: String) -> Bool {
    path.hasPrefix("./") || path.hasPrefix("../") || path == "." || path == ".."
      || path.hasPrefix("/")
  }
}
