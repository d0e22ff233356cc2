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
    for candidate in [#""\#(needle)""#, "'\(needle)'", needle] {
      if let offset = firstOffset(of: Array(candidate.utf8), in: bytes.indices) {
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
    let quoted = needles.map { Array(#""\#($0)""#.utf8) }
    var from = 0
    // Only a line that holds the first needle can hold them all.
    while let offset = firstOffset(of: quoted[0], in: from..<bytes.endIndex) {
      let range = lineRange(around: offset)
      if quoted.dropFirst().allSatisfy({ firstOffset(of: $0, in: range) != nil }) {
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

  /// Where `needle` first occurs entirely inside `range`; never across a `\n` (a needle holding
  /// one is on no line).
  private func firstOffset(of needle: [UInt8], in range: Range<Int>) -> Int? {
    guard let head = needle.first, !needle.contains(UInt8(ascii: "\n")),
      needle.count <= range.count
    else {
      return nil
    }
    var start = range.lowerBound
    let last = range.upperBound - needle.count
    while start <= last {
      guard let found = bytes[start...last].firstIndex(of: head) else {
        return nil
      }
      if bytes[found..<found + needle.count].elementsEqual(needle) {
        return found
      }
      start = found + 1
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
