extension ComposeYAMLReader {
  /// Reads, without Yams, the texts written only with block mappings, block sequences of scalars
  /// and one-line plain scalars, as generated compose files and some hand-written ones are (a
  /// quoted value, common in hand-written files, leaves the whole text to Yams).
  ///
  /// Such a text has one reading, which Yams gives too: every key is a string, no key is a merge
  /// key, no path is cleared and nothing is reported. The reader accepts a text only when it is
  /// sure of that reading, and gives `nil` for anything else, which Yams then reads: any byte
  /// outside printable ASCII (tabs, line feeds other than `\n`, Unicode), a trailing space, a
  /// scalar that could continue on the next line, a flow collection, a quote, an anchor, an
  /// alias, a tag, a block scalar, a document marker, a comment after a value, a key written
  /// twice in a mapping, a sequence written at its key's indentation, an empty sequence item,
  /// and texts large or deep enough to reach the reader's limits. Whole-line comments and blank
  /// lines are skipped, as YAML does.
  struct PlainBlocks {
    /// One line holding content: where its content starts and ends, and its indentation.
    private struct Line {
      var number: Int
      var indent: Int
      var start: Int
      var end: Int
    }

    /// Why a text is left to Yams.
    private struct Unsure: Error {}

    /// The deepest indentation accepted, so nesting stays below ``ComposeYAMLReader/depthLimit``.
    private static let indentLimit = 100
    /// The most lines accepted, so nodes stay far from ``ComposeYAMLReader/nodeBudget``.
    private static let lineLimit = 50_000
    /// The longest key accepted: YAML limits implicit keys to 1,024 characters.
    private static let keyLimit = 1_000

    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: [Line] = []
    private var next = 0
    private var path: [Step] = []
    private var layer: ComposeLayer

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
      self.bytes = bytes
      layer = ComposeLayer(file: file)
    }

    /// The reading of `text`, the content of `file`, or `nil` when Yams must read it.
    static func reading(of text: String, file: String) -> ComposeYAMLCache.Reading? {
      var text = text
      return text.withUTF8 { bytes in
        var reader = PlainBlocks(bytes: bytes, file: file)
        guard let layer = try? reader.read() else {
          return nil
        }
        return ([layer], [])
      }
    }

    private mutating func read() throws(Unsure) -> ComposeLayer {
      try splitLines()
      guard let first = lines.first, first.indent == 0 else {
        throw Unsure()
      }
      layer.value = try mapping(indent: 0)
      guard next == lines.count else {
        throw Unsure()
      }
      return layer
    }

    // MARK: - Lines

    /// Finds the lines holding content, skipping blank lines and whole-line comments.
    private mutating func splitLines() throws(Unsure) {
      var number = 1
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
          guard (0x20...0x7E).contains(bytes[end]) else {
            throw Unsure()
          }
          end += 1
        }
        var content = start
        while content < end && bytes[content] == UInt8(ascii: " ") {
          content += 1
        }
        if content < end && bytes[content] != UInt8(ascii: "#") {
          guard bytes[end - 1] != UInt8(ascii: " "), content - start <= Self.indentLimit else {
            throw Unsure()
          }
          lines.append(Line(number: number, indent: content - start, start: content, end: end))
        }
        number += 1
        start = end + 1
      }
      guard lines.count <= Self.lineLimit else {
        throw Unsure()
      }
    }

    private func isItem(_ line: Line) -> Bool {
      bytes[line.start] == UInt8(ascii: "-")
    }

    private func text(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // MARK: - Blocks

    /// Reads the block mapping whose keys are at `indent`, from the next line on.
    private mutating func mapping(indent: Int) throws(Unsure) -> ComposeMapping {
      var result = ComposeMapping()
      while next < lines.count && lines[next].indent == indent {
        let line = lines[next]
        let colon = try keyEnd(of: line)
        let key = text(line.start, colon)
        guard !result.contains(key) else {
          throw Unsure()
        }
        path.append(.key(key))
        next += 1
        if colon + 1 < line.end {
          result[key] = try scalar(line, from: colon + 2)
        } else {
          result[key] = try block(under: indent)
        }
        path.removeLast()
      }
      try expectEnd(of: indent)
      return result
    }

    /// Reads the block sequence whose items are at `indent`, from the next line on.
    private mutating func sequence(indent: Int) throws(Unsure) -> [ComposeValue] {
      var elements: [ComposeValue] = []
      while next < lines.count && lines[next].indent == indent {
        let line = lines[next]
        guard isItem(line), line.start + 2 < line.end, bytes[line.start + 1] == UInt8(ascii: " ")
        else {
          throw Unsure()
        }
        path.append(.index(elements.count))
        next += 1
        elements.append(try scalar(line, from: line.start + 2))
        path.removeLast()
      }
      try expectEnd(of: indent)
      return elements
    }

    /// The value of a key written alone on its line at `indent`: the block below it, or null.
    private mutating func block(under indent: Int) throws(Unsure) -> ComposeValue {
      guard next < lines.count else {
        return .null
      }
      let line = lines[next]
      if line.indent <= indent {
        guard line.indent < indent || !isItem(line) else {
          throw Unsure()
        }
        return .null
      }
      return isItem(line)
        ? .sequence(try sequence(indent: line.indent))
        : .mapping(try mapping(indent: line.indent))
    }

    /// Checks that the line after a block at `indent` closes it, so it belongs to a parent.
    private func expectEnd(of indent: Int) throws(Unsure) {
      if next < lines.count && lines[next].indent >= indent {
        throw Unsure()
      }
    }

    // MARK: - Keys and scalars

    /// The position of the colon ending `line`'s key, which is followed by a space or ends it.
    private func keyEnd(of line: Line) throws(Unsure) -> Int {
      guard Self.isWordStart(bytes[line.start]) else {
        throw Unsure()
      }
      var position = line.start + 1
      while position < line.end && Self.isKeyByte(bytes[position]) {
        position += 1
      }
      guard position < line.end, bytes[position] == UInt8(ascii: ":"),
        position + 1 == line.end || bytes[position + 1] == UInt8(ascii: " "),
        position - line.start <= Self.keyLimit
      else {
        throw Unsure()
      }
      return position
    }

    /// The plain scalar from `start` to the end of `line`, which must hold it all.
    private mutating func scalar(_ line: Line, from start: Int) throws(Unsure) -> ComposeValue {
      guard start < line.end, Self.isScalarStart(bytes[start]) else {
        throw Unsure()
      }
      var holdsDollar = false
      for position in start..<line.end {
        let byte = bytes[position]
        guard Self.isScalarByte(byte) else {
          throw Unsure()
        }
        if byte == UInt8(ascii: ":")
          && (position + 1 == line.end || bytes[position + 1] == UInt8(ascii: " "))
        {
          throw Unsure()
        }
        holdsDollar = holdsDollar || byte == UInt8(ascii: "$")
      }
      if next < lines.count && lines[next].indent > line.indent {
        throw Unsure()
      }
      let value = text(start, line.end)
      if holdsDollar {
        layer.lines[ComposeYAMLReader.text(of: path)] = line.number
      }
      return ComposeYAMLReader.nullTexts.contains(value) ? .null : .string(value)
    }

    private static func isWordStart(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        return true
      default:
        return false
      }
    }

    /// Whether a plain scalar may start with `byte`, which is neither an indicator nor a space.
    ///
    /// A scalar never starts a line, so a leading `.` cannot make a document end marker (`...`).
    private static func isScalarStart(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "$"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "."):
        return true
      default:
        return isWordStart(byte)
      }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
      isWordStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "/")
    }

    /// Whether `byte` may be inside a plain scalar of the accepted texts (`#` never is).
    private static func isScalarByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "~"),
        UInt8(ascii: "@"), UInt8(ascii: ","):
        return true
      default:
        return isKeyByte(byte)
      }
    }
  }
}
