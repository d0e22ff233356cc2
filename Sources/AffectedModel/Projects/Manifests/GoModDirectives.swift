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
    var text = text
    return text.withUTF8(directives(of:))
  }

  /// The directives of the UTF-8 text `bytes`, as the `String` form above reads them.
  private static func directives(of bytes: UnsafeBufferPointer<UInt8>) -> [Directive] {
    var directives: [Directive] = []
    var block: String?
    var start = 0
    var number = 0
    var isLast = false
    while !isLast {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      isLast = end == bytes.count
      number += 1
      let words = tokens(of: bytes, in: start..<end)
      start = end + 1
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

  /// The words of the line `range` of `bytes`: separated by white space, `"…"` and `` `…` ``
  /// quoted, up to `//`.
  private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>)
    -> [String]
  {
    let isSpace = { (byte: UInt8) in
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
    let text = { (range: Range<Int>) in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var words: [String] = []
    var index = range.lowerBound
    let end = range.upperBound
    while true {
      while index < end, isSpace(bytes[index]) {
        index += 1
      }
      guard index < end else {
        return words
      }
      let first = bytes[index]
      if first == UInt8(ascii: "/"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "/") {
        return words
      }
      if first == UInt8(ascii: "\"") || first == UInt8(ascii: "`") {
        let body = index + 1
        var close = body
        while close < end, bytes[close] != first {
          close += 1
        }
        words.append(text(body..<close))
        index = close < end ? close + 1 : end
      } else {
        let word = index
        while index < end, !isSpace(bytes[index]) {
          index += 1
        }
        words.append(text(word..<index))
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
