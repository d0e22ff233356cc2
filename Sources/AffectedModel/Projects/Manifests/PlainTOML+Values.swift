extension PlainTOML {
  // MARK: - Keys

  /// Reads one non-empty bare, `"quoted"` (without escapes) or `'quoted'` key.
  mutating func readSimpleKey() -> String? {
    guard let byte = current else { return nil }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      guard let key = readOneLineString(), !key.isEmpty else { return nil }
      return key
    }
    let start = index
    while let byte = current, Self.isBareKeyByte(byte) {
      index += 1
    }
    return index > start ? text(start..<index) : nil
  }

  /// Whether `byte` may be part of a bare key.
  private static func isBareKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  // MARK: - Values

  /// Reads a value, followed by white space, a line end, `,`, `]`, `}` or the end of the text.
  mutating func readValue(depth: Int) -> TOMLNode? {
    guard let byte = current, depth < Self.maximumDepth else { return nil }
    let value: TOMLNode?
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      value = readOneLineString().map(TOMLNode.string)
    case UInt8(ascii: "t"):
      value = readWord("true") ? .bool(true) : nil
    case UInt8(ascii: "f"):
      value = readWord("false") ? .bool(false) : nil
    case UInt8(ascii: "["):
      value = readArray(depth: depth + 1)
    case UInt8(ascii: "{"):
      value = readInlineTable(depth: depth + 1)
    default:
      value = readInteger() ? .other : nil
    }
    switch current {
    case nil, 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
      return value
    default:
      return nil
    }
  }

  /// Reads a string on one line without escapes: `"…"` without `\`, or `'…'`; not `"""` or
  /// `'''`.
  private mutating func readOneLineString() -> String? {
    guard let quote = current, peek(1) != quote || peek(2) != quote else { return nil }
    index += 1
    let start = index
    while let byte = current, byte != quote {
      guard byte != 0x0A, byte != 0x0D, byte != UInt8(ascii: "\\") || quote == UInt8(ascii: "'")
      else {
        return nil
      }
      index += 1
    }
    guard current == quote else { return nil }
    index += 1
    return text(start..<index - 1)
  }

  /// Reads the bytes of `word`.
  private mutating func readWord(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      return false
    }
    index += count
    return true
  }

  /// Reads a decimal integer: an optional sign, then `0` or up to 18 digits not starting with
  /// `0` (no `_`, so that it always fits in 64 bits).
  private mutating func readInteger() -> Bool {
    if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
      index += 1
    }
    let start = index
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      index += 1
    }
    let count = index - start
    return count == 1 || (count > 1 && count <= 18 && bytes[start] != UInt8(ascii: "0"))
  }

  /// Reads `[a, b, …]`, over lines and comments, with an optional comma after the last value.
  private mutating func readArray(depth: Int) -> TOMLNode? {
    index += 1
    var elements: [TOMLNode] = []
    while true {
      skipBlanksAndLines()
      if current == UInt8(ascii: "]") {
        break
      }
      guard let element = readValue(depth: depth) else { return nil }
      elements.append(element)
      skipBlanksAndLines()
      if current == UInt8(ascii: ",") {
        index += 1
      } else if current != UInt8(ascii: "]") {
        return nil
      }
    }
    index += 1
    return .array(elements)
  }

  /// Reads `{ a = 1, b = 2 }` on one line, without dotted keys or a comma after the last value.
  private mutating func readInlineTable(depth: Int) -> TOMLNode? {
    index += 1
    var entries: [String: TOMLNode] = [:]
    skipBlanks()
    if current != UInt8(ascii: "}") {
      while true {
        guard let key = readSimpleKey() else { return nil }
        skipBlanks()
        guard current == UInt8(ascii: "=") else { return nil }
        index += 1
        skipBlanks()
        guard let value = readValue(depth: depth), entries.updateValue(value, forKey: key) == nil
        else {
          return nil
        }
        skipBlanks()
        guard current == UInt8(ascii: ",") else { break }
        index += 1
        skipBlanks()
      }
      guard current == UInt8(ascii: "}") else { return nil }
    }
    index += 1
    return .table(TOMLNode.Table(plain: entries))
  }
}
