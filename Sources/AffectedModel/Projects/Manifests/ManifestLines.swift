/// A manifest's text as UTF-8 bytes, searched for the lines where values are written.
///
/// Lines end at each `\n` byte (a `\r` before it stays part of the line, so `\r\n` files number
/// their lines like `\n` ones). A needle is matched byte for byte, so texts in another Unicode
/// normalisation than the needle's are not found; a needle that holds a `\n` is on no line.
/// Line numbers only place diagnostics: a reader builds one value per manifest and asks it for
/// the few values that may need one.
struct ManifestLines {
  private let bytes: [UInt8]

  /// The lines of `text`.
  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// The 1-based number of the first line that contains `needle` written in double quotes, else
  /// in single quotes, else bare; `nil` when no line does.
  func line(of needle: String) -> Int? {
    guard !needle.isEmpty else {
      return nil
    }
    let needle = Array(needle.utf8)
    for quote in [UInt8(ascii: "\""), UInt8(ascii: "'"), nil] {
      if let offset = firstOffset(of: needle, quotedBy: quote, in: bytes.indices) {
        return line(at: offset)
      }
    }
    return nil
  }

  /// The 1-based number of the first line that contains every string of `needles` written in
  /// double quotes, else of the first line that contains the last one (see ``line(of:)``).
  func line(ofAll needles: [String]) -> Int? {
    guard let last = needles.last else {
      return 1
    }
    let quote = UInt8(ascii: "\"")
    let needles = needles.map { Array($0.utf8) }
    var from = 0
    // Only a line that holds the first needle can hold them all.
    while let offset = firstOffset(of: needles[0], quotedBy: quote, in: from..<bytes.endIndex) {
      let range = lineRange(around: offset)
      if needles.dropFirst().allSatisfy({ firstOffset(of: $0, quotedBy: quote, in: range) != nil })
      {
        return line(at: offset)
      }
      from = range.upperBound
    }
    return line(of: last)
  }

  /// The 1-based number of the first line that assigns the TOML key `key` (bare or quoted,
  /// after white space); `nil` when no line does.
  func line(ofKey key: String) -> Int? {
    let written = [key, #""\#(key)""#, "'\(key)'"].map { Array($0.utf8) }
    var number = 1
    var start = 0
    while start <= bytes.endIndex {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
      var content = start
      while content < end, Self.isSpace(bytes, at: content) {
        content = min(end, content + Self.scalarLength(bytes[content]))
      }
      for prefix in written where bytes[content..<end].starts(with: prefix) {
        let rest = bytes[(content + prefix.count)..<end].drop {
          $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
        }
        if rest.first == UInt8(ascii: "=") {
          return number
        }
      }
      number += 1
      start = end + 1
    }
    return nil
  }

  // MARK: - Bytes

  /// The 1-based line of the byte at `offset`.
  private func line(at offset: Int) -> Int {
    1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  /// The bytes of the line that holds `offset`, without its `\n`.
  private func lineRange(around offset: Int) -> Range<Int> {
    let start = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    return start..<end
  }

  /// Where `needle` written between two `quote` bytes (or bare, without a quote) first occurs
  /// entirely inside `range`, quotes included; never across a `\n` (a needle holding one is on
  /// no line).
  private func firstOffset(of needle: [UInt8], quotedBy quote: UInt8?, in range: Range<Int>)
    -> Int?
  {
    let quotes = quote == nil ? 0 : 1
    let length = needle.count + 2 * quotes
    guard let head = needle.first ?? quote, !needle.contains(UInt8(ascii: "\n")),
      length <= range.count
    else {
      return nil
    }
    // Candidates start from `range.lowerBound` to `range.upperBound - length`; each is looked
    // for by its `head` byte, `shift` bytes after its start.
    let shift = needle.isEmpty ? 0 : quotes
    var position = range.lowerBound + shift
    let last = range.upperBound - length + shift
    while position <= last {
      guard let found = bytes[position...last].firstIndex(of: head) else {
        return nil
      }
      let start = found - shift
      let body = start + quotes
      if bytes[body..<body + needle.count].elementsEqual(needle),
        quote.map({ bytes[start] == $0 && bytes[body + needle.count] == $0 }) ?? true
      {
        return start
      }
      position = found + 1
    }
    return nil
  }

  /// Whether the scalar starting at `offset` of `bytes` is white space.
  private static func isSpace(_ bytes: [UInt8], at offset: Int) -> Bool {
    let byte = bytes[offset]
    guard byte >= 0x80 else {
      return byte == 0x20 || (0x09...0x0D).contains(byte)
    }
    let end = min(bytes.count, offset + scalarLength(byte))
    var iterator = bytes[offset..<end].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      return false
    }
    return scalar.properties.isWhitespace
  }

  /// The number of bytes of the UTF-8 sequence that `lead` starts (1 for a stray byte).
  private static func scalarLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
