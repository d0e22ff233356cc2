/// What a text that may be a JSON array of strings turns out to be, judged as Go's
/// `encoding/json` judges it when BuildKit decodes the exec form of an instruction.
enum JSONStringArray: Equatable {
  /// A valid JSON array whose elements are all strings.
  case strings([String])
  /// Valid JSON, but not an array of strings only.
  case notStrings
  /// Not valid JSON.
  case invalid

  /// The deepest nesting Go's decoder accepts.
  private static let maximumDepth = 10_000

  /// Judges `text`.
  init<Bytes: Collection<UInt8>>(_ text: Bytes) {
    var reader = JSONReader(Array(text))
    guard let elements = reader.readDocument() else {
      self = .invalid
      return
    }
    var strings: [String] = []
    for element in elements {
      guard let string = element else {
        self = .notStrings
        return
      }
      strings.append(string)
    }
    self = .strings(strings)
  }

  /// A strict, iterative JSON reader that keeps the top-level array's elements.
  private struct JSONReader {
    private enum Container {
      case array
      case object
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
      self.bytes = bytes
    }

    /// The top-level array's elements (`nil` for those that are not strings), or `nil` when
    /// the text is not one valid JSON array.
    mutating func readDocument() -> [String?]? {
      var elements: [String?] = []
      var stack: [Container] = []
      skipWhitespace()
      guard peek() == UInt8(ascii: "[") else {
        return nil
      }
      while true {
        // A value starts here.
        let isTopLevelElement = stack.count == 1
        guard let byte = peek() else {
          return nil
        }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          if isTopLevelElement {
            elements.append(nil)
          }
          position += 1
          stack.append(byte == UInt8(ascii: "[") ? .array : .object)
          guard stack.count <= JSONStringArray.maximumDepth else {
            return nil
          }
          skipWhitespace()
          let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
          if peek() == closing {
            position += 1
            stack.removeLast()
          } else {
            if byte == UInt8(ascii: "{") && !readKey() {
              return nil
            }
            continue
          }
        case UInt8(ascii: "\""):
          guard let string = readString() else {
            return nil
          }
          if isTopLevelElement {
            elements.append(string)
          }
        default:
          guard readScalarValue() else {
            return nil
          }
          if isTopLevelElement {
            elements.append(nil)
          }
        }
        // A value ended: close containers or move to the next element.
        while true {
          skipWhitespace()
          guard let container = stack.last else {
            return position == bytes.count ? elements : nil
          }
          let closing = container == .array ? UInt8(ascii: "]") : UInt8(ascii: "}")
          if peek() == closing {
            position += 1
            stack.removeLast()
            continue
          }
          guard peek() == UInt8(ascii: ",") else {
            return nil
          }
          position += 1
          skipWhitespace()
          if container == .object && !readKey() {
            return nil
          }
          break
        }
      }
    }

    private func peek() -> UInt8? {
      position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
      while let byte = peek(),
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
      {
        position += 1
      }
    }

    /// Reads `"key" :` and the white space after it.
    private mutating func readKey() -> Bool {
      guard peek() == UInt8(ascii: "\""), readString() != nil else {
        return false
      }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        return false
      }
      position += 1
      skipWhitespace()
      return true
    }

    /// Reads a number, `true`, `false` or `null`.
    private mutating func readScalarValue() -> Bool {
      for literal in ["true", "false", "null"] where bytes[position...].starts(with: literal.utf8) {
        position += literal.utf8.count
        return true
      }
      return readNumber()
    }

    /// Reads `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func readNumber() -> Bool {
      if peek() == UInt8(ascii: "-") {
        position += 1
      }
      if peek() == UInt8(ascii: "0") {
        position += 1
      } else if !readDigits() {
        return false
      }
      if peek() == UInt8(ascii: ".") {
        position += 1
        guard readDigits() else {
          return false
        }
      }
      if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
        position += 1
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
          position += 1
        }
        return readDigits()
      }
      return true
    }

    private mutating func readDigits() -> Bool {
      let start = position
      while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        position += 1
      }
      return position > start
    }

    /// Reads a string literal and returns its value, or `nil` when it is malformed.
    private mutating func readString() -> String? {
      position += 1
      var value: [UInt8] = []
      while let byte = peek() {
        position += 1
        switch byte {
        case UInt8(ascii: "\""):
          return String(decoding: value, as: UTF8.self)
        case 0..<0x20:
          return nil
        case UInt8(ascii: "\\"):
          guard let scalar = readEscape() else {
            return nil
          }
          value.append(contentsOf: String(scalar).utf8)
        default:
          value.append(byte)
        }
      }
      return nil
    }

    /// Reads the rest of an escape sequence after `\`.
    private mutating func readEscape() -> Unicode.Scalar? {
      guard let byte = peek() else {
        return nil
      }
      position += 1
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
        return Unicode.Scalar(byte)
      case UInt8(ascii: "b"): return "\u{08}"
      case UInt8(ascii: "f"): return "\u{0C}"
      case UInt8(ascii: "n"): return "\n"
      case UInt8(ascii: "r"): return "\r"
      case UInt8(ascii: "t"): return "\t"
      case UInt8(ascii: "u"):
        guard let unit = hexUnit(at: position) else {
          return nil
        }
        position += 4
        return decodeUnit(unit)
      default:
        return nil
      }
    }

    /// The scalar for a `\uXXXX` unit, pairing a high surrogate with a following `\uXXXX` low
    /// surrogate as Go does; any other surrogate becomes U+FFFD.
    private mutating func decodeUnit(_ unit: UInt32) -> Unicode.Scalar {
      if let scalar = Unicode.Scalar(unit) {
        return scalar
      }
      if unit < 0xDC00, bytes[position...].starts(with: "\\u".utf8),
        let low = hexUnit(at: position + 2), (0xDC00..<0xE000).contains(low),
        let pair = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
      {
        position += 6
        return pair
      }
      return "\u{FFFD}"
    }

    /// The value of the four hexadecimal digits at `offset`, if there are four.
    private func hexUnit(at offset: Int) -> UInt32? {
      guard offset + 4 <= bytes.count else {
        return nil
      }
      var unit: UInt32 = 0
      for byte in bytes[offset..<offset + 4] {
        guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
          return nil
        }
        unit = unit << 4 | UInt32(digit)
      }
      return unit
    }
  }
}
