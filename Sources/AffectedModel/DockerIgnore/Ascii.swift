/// The ASCII scalar values the pattern and expression parsers look for.
enum Ascii {
  static let newline: UInt32 = 0x0A
  static let dollar: UInt32 = 0x24
  static let openParen: UInt32 = 0x28
  static let closeParen: UInt32 = 0x29
  static let star: UInt32 = 0x2A
  static let plus: UInt32 = 0x2B
  static let dash: UInt32 = 0x2D
  static let dot: UInt32 = 0x2E
  static let digit0: UInt32 = 0x30
  static let digit7: UInt32 = 0x37
  static let colon: UInt32 = 0x3A
  static let question: UInt32 = 0x3F
  static let upperA: UInt32 = 0x41
  static let upperB: UInt32 = 0x42
  static let upperE: UInt32 = 0x45
  static let upperP: UInt32 = 0x50
  static let upperQ: UInt32 = 0x51
  static let openBracket: UInt32 = 0x5B
  static let backslash: UInt32 = 0x5C
  static let closeBracket: UInt32 = 0x5D
  static let caret: UInt32 = 0x5E
  static let lowerA: UInt32 = 0x61
  static let lowerB: UInt32 = 0x62
  static let lowerF: UInt32 = 0x66
  static let lowerN: UInt32 = 0x6E
  static let lowerP: UInt32 = 0x70
  static let lowerR: UInt32 = 0x72
  static let lowerT: UInt32 = 0x74
  static let lowerV: UInt32 = 0x76
  static let lowerX: UInt32 = 0x78
  static let lowerZ: UInt32 = 0x7A
  static let openBrace: UInt32 = 0x7B
  static let closeBrace: UInt32 = 0x7D

  /// Whether `scalar` is an ASCII letter or digit.
  static func isAlphanumeric(_ scalar: UInt32) -> Bool {
    (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar)
      || (0x61...0x7A).contains(scalar)
  }

  /// Whether `scalar` is an ASCII word character (`[0-9A-Za-z_]`), as `\w` and `\b` see it.
  static func isWordCharacter(_ scalar: UInt32) -> Bool {
    isAlphanumeric(scalar) || scalar == 0x5F
  }

  /// Whether `scalar` is `0` to `7`.
  static func isOctalDigit(_ scalar: UInt32) -> Bool {
    (digit0...digit7).contains(scalar)
  }

  /// The value of a hexadecimal digit, or `nil`.
  static func hexValue(_ scalar: UInt32) -> UInt32? {
    switch scalar {
    case 0x30...0x39: scalar - 0x30
    case 0x41...0x46: scalar - 0x41 + 10
    case 0x61...0x66: scalar - 0x61 + 10
    default: nil
    }
  }
}
