/// The character classes and trimming rules of Go's standard library that BuildKit's Dockerfile
/// parser relies on, so that this parser splits text exactly where BuildKit does.
enum GoText {
  /// Whether `scalar` is white space for Go's `unicode.IsSpace`.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value <= 0xFF {
      return isLatin1Space(UInt8(scalar.value))
    }
    return scalar.properties.isWhitespace
  }

  /// Whether a byte taken as a Latin-1 character is white space for `unicode.IsSpace`.
  ///
  /// BuildKit reads some parts of a line byte by byte and converts each byte to a rune, so the
  /// bytes 0x85 and 0xA0 count as spaces there even inside a multi-byte UTF-8 sequence.
  static func isLatin1Space(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09...0x0D, 0x20, 0x85, 0xA0: true
    default: false
    }
  }

  /// Whether `byte` is in the regular-expression class `[\t\v\f\r ]` BuildKit splits words on.
  static func isSeparator(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09, 0x0B, 0x0C, 0x0D, 0x20: true
    default: false
    }
  }

  /// Whether `scalar` is a letter for Go's `unicode.IsLetter` (general category L).
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  /// Whether `scalar` is a decimal digit for Go's `unicode.IsDigit` (general category Nd).
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .decimalNumber
  }

  /// `text` without leading and trailing white space, as Go's `strings.TrimSpace`.
  static func trimSpace(_ text: Substring) -> Substring {
    if let trimmed = trimASCIISpace(text) {
      return trimmed
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else {
      return text[text.endIndex...]
    }
    var end = scalars.endIndex
    while end > first, isSpace(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return Substring(scalars[first..<end])
  }

  /// `text` trimmed as ``trimSpace(_:)`` trims it, found on its bytes when both ends are ASCII
  /// (each byte a whole character); `nil` when a byte above ASCII is reached first at either end.
  private static func trimASCIISpace(_ text: Substring) -> Substring? {
    let utf8 = text.utf8
    var start = utf8.startIndex
    while start != utf8.endIndex {
      let byte = utf8[start]
      guard byte < 0x80 else { return nil }
      guard isLatin1Space(byte) else { break }
      utf8.formIndex(after: &start)
    }
    var end = utf8.endIndex
    while end != start {
      let byte = utf8[utf8.index(before: end)]
      guard byte < 0x80 else { return nil }
      guard isLatin1Space(byte) else { break }
      utf8.formIndex(before: &end)
    }
    return text[start..<end]
  }

  /// `text` without leading white space, as Go's `strings.TrimLeftFunc(text, unicode.IsSpace)`.
  static func trimLeadingSpace(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    let first = scalars.firstIndex(where: { !isSpace($0) }) ?? scalars.endIndex
    return Substring(scalars[first...])
  }

  /// `bytes` without leading white space, decoding UTF-8 as Go's `bytes.TrimLeftFunc` does.
  static func trimLeadingSpace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var rest = bytes
    while let (scalar, width) = decodeScalar(rest), isSpace(scalar) {
      rest = rest.dropFirst(width)
    }
    return rest
  }

  /// `bytes` without trailing carriage returns and line feeds (Go's `bytes.TrimRight(b, "\r\n")`).
  static func trimNewline(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D {
      end -= 1
    }
    return bytes[bytes.startIndex..<end]
  }

  /// The scalar UTF-8 encodes at the start of `bytes` and its width, or `nil` when `bytes` is
  /// empty or starts with an invalid sequence.
  private static func decodeScalar(_ bytes: ArraySlice<UInt8>) -> (Unicode.Scalar, Int)? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else {
      return nil
    }
    return (Unicode.UTF8.decode(encoded), encoded.count)
  }
}
