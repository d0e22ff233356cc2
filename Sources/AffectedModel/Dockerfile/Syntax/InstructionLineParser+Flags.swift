extension InstructionLineParser {
  /// Where `extractFlags` is in a word.
  private enum FlagPhase {
    case betweenWords
    case inWord
    case inQuote(UInt8)
  }

  /// The `--flag` words at the start of `text` and the text after them, as BuildKit's
  /// `extractBuilderFlags` reads them.
  ///
  /// Like BuildKit, this reads the line byte by byte: quotes and escape characters are removed
  /// from the flags, a lone `--` ends them, and each byte of a non-ASCII character becomes a
  /// character of its own (BuildKit converts bytes to runes one at a time).
  func extractFlags(_ text: Substring) -> ([String], Substring) {
    let dash = UInt8(ascii: "-")
    // Most lines have no flags: find the first word on the bytes in place, and stop there
    // unless it starts with `--`.
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(where: { !GoText.isLatin1Space($0) }) else {
      return ([], "")
    }
    guard utf8[first] == dash, utf8.index(after: first) != utf8.endIndex,
      utf8[utf8.index(after: first)] == dash
    else {
      return ([], text[first...])
    }
    let bytes = Array(utf8)
    let escapeByte = UInt8(escape.value)
    var flags: [String] = []
    var phase = FlagPhase.betweenWords
    var word = String.UnicodeScalarView()
    var keepsBlank = false
    var position = 0

    func rest(from offset: Int) -> Substring {
      text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
    }

    while position < bytes.count {
      var byte = bytes[position]
      switch phase {
      case .betweenWords:
        if GoText.isLatin1Space(byte) {
          position += 1
          continue
        }
        guard byte == dash, position + 1 < bytes.count, bytes[position + 1] == dash else {
          return (flags, rest(from: position))
        }
        phase = .inWord
        continue
      case .inWord:
        if GoText.isLatin1Space(byte) {
          if String(word) == "--" {
            return (flags, rest(from: position))
          }
          if keepsBlank || !word.isEmpty {
            flags.append(String(word))
          }
          word = String.UnicodeScalarView()
          keepsBlank = false
          phase = .betweenWords
        } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
          phase = .inQuote(byte)
          keepsBlank = true
        } else if byte == escapeByte && position + 1 == bytes.count {
          // An escape character at the very end is dropped.
        } else {
          if byte == escapeByte {
            position += 1
            byte = bytes[position]
          }
          word.append(Unicode.Scalar(byte))
        }
      case .inQuote(let quote):
        if byte == quote {
          phase = .inWord
        } else if byte == escapeByte && position + 1 == bytes.count {
          phase = .inWord
        } else {
          if byte == escapeByte {
            position += 1
            byte = bytes[position]
          }
          word.append(Unicode.Scalar(byte))
        }
      }
      position += 1
    }
    if case .betweenWords = phase {
      return (flags, "")
    }
    if String(word) != "--" && (keepsBlank || !word.isEmpty) {
      flags.append(String(word))
    }
    return (flags, "")
  }
}
