extension JSONBytes {
  /// Reads the string whose opening quote is the current byte, decoding its escapes; `nil` (and
  /// ``failed``) when it breaks the grammar or escapes a lone surrogate.
  ///
  /// The bytes must be valid UTF-8 (those of a `String`), so only the escapes are checked.
  mutating func string() -> String? {
    index += 1
    let start = index
    while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
      guard byte >= 0x20 else {
        fail()
        return nil
      }
      index += 1
    }
    guard let byte = current else {
      fail()
      return nil
    }
    if byte == UInt8(ascii: "\"") {
      index += 1
      return String(decoding: bytes[start..<index - 1], as: UTF8.self)
    }
    var decoded = Array(bytes[start..<index])
    return escapedString(into: &decoded)
  }

  /// Reads the rest of a string from its first backslash, adding the bytes to `decoded`.
  private mutating func escapedString(into decoded: inout [UInt8]) -> String? {
    while let byte = current {
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let scalar = escape() else {
          fail()
          return nil
        }
        decoded.append(contentsOf: String(Character(scalar)).utf8)
      case 0..<0x20:
        fail()
        return nil
      default:
        decoded.append(byte)
      }
    }
    fail()
    return nil
  }

  /// The character an escape stands for, its backslash consumed; `nil` when it is not one.
  private mutating func escape() -> Unicode.Scalar? {
    guard let byte = current else {
      return nil
    }
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      return Unicode.Scalar(byte)
    case UInt8(ascii: "b"):
      return "\u{08}"
    case UInt8(ascii: "f"):
      return "\u{0C}"
    case UInt8(ascii: "n"):
      return "\n"
    case UInt8(ascii: "r"):
      return "\r"
    case UInt8(ascii: "t"):
      return "\t"
    case UInt8(ascii: "u"):
      guard let unit = hexUnit() else {
        return nil
      }
      guard (0xD800...0xDBFF).contains(unit) else {
        return Unicode.Scalar(unit)
      }
      guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else {
        return nil
      }
      index += 2
      guard let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else {
        return nil
      }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    default:
      return nil
    }
  }

  /// The four hexadecimal digits after `\u`, consumed.
  private mutating func hexUnit() -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexDigit(byte) else {
        return nil
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private static func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"):
      return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"):
      return UInt32(byte - UInt8(ascii: "A") + 10)
    default:
      return nil
    }
  }
}
