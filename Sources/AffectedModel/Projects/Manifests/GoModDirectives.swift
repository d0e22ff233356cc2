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
  static func directives(of text: String) -> [Directive] {
    var directives: [Directive] = []
    var block: String?
    for (index, physical) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let words = tokens(of: physical)
      guard let first = words.first else {
        continue
      }
      if let verb = block {
        if first == ")" {
          block = nil
        } else {
          directives.append(Directive(verb: verb, arguments: words, line: index + 1))
        }
      } else if words.count == 2, words[1] == "(" {
        block = first
      } else {
        directives.append(
          Directive(verb: first, arguments: Array(words.dropFirst()), line: index + 1))
      }
    }
    return directives
  }

  /// The words of one line: separated by white space, `"…"` and `` `…` `` quoted, up to `//`.
  private static func tokens(of line: Substring) -> [String] {
    var words: [String] = []
    var rest = line[...]
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      guard let first = rest.first, !rest.hasPrefix("//") else {
        return words
      }
      if first == "\"" || first == "`" {
        let body = rest.dropFirst()
        let end = body.firstIndex(of: first) ?? body.endIndex
        words.append(String(body[..<end]))
        rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
      } else {
        let word = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
        words.append(String(word))
        rest = rest.dropFirst(word.count)
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
