/// A reader of JSON text (RFC 8259) over its UTF-8 bytes, for readers that take a few fields
/// of a document and skip the rest without building it.
///
/// It is strict: anything outside the grammar, and what it leaves for `JSONDecoder` to judge
/// (a byte order mark, nesting deeper than ``maximumDepth``, an escaped lone surrogate), sets
/// ``failed`` and ends the input, so that every later read finds nothing. A caller that sees
/// ``failed`` asks `JSONDecoder` instead.
struct JSONBytes {
  /// The deepest nesting of arrays and objects read here.
  static let maximumDepth = 64

  /// The text's UTF-8 bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The reading position in ``bytes``.
  var index = 0
  /// Whether the text broke the grammar or holds something left to `JSONDecoder`.
  private(set) var failed = false

  /// A reader at the start of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The byte at the reading position, or `nil` at the end.
  var current: UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// Whether only white space is left.
  mutating func isAtEnd() -> Bool {
    skipSpace()
    return index == bytes.count
  }

  /// Gives up: marks the text as failed and ends the input.
  mutating func fail() {
    failed = true
    index = bytes.count
  }

  /// Steps over JSON white space (space, tab, line feed, carriage return).
  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D:
        index += 1
      default:
        return
      }
    }
  }

  /// Consumes `byte` after white space, or fails.
  private mutating func expect(_ byte: UInt8) {
    skipSpace()
    if current == byte {
      index += 1
    } else {
      fail()
    }
  }

  // MARK: - Containers

  /// Consumes the `{` of an object, returning `false` (and consuming nothing) when the next value
  /// is not an object.
  mutating func enterObject() -> Bool {
    enter(UInt8(ascii: "{"))
  }

  /// Consumes the `[` of an array, returning `false` (and consuming nothing) when the next value
  /// is not an array.
  mutating func enterArray() -> Bool {
    enter(UInt8(ascii: "["))
  }

  private mutating func enter(_ opening: UInt8) -> Bool {
    skipSpace()
    guard current == opening else {
      return false
    }
    index += 1
    return true
  }

  /// The next key of the object being read, with its colon consumed.
  ///
  /// `nil` after the object's `}` (or on failure). `isFirst` tells whether no member was read
  /// yet.
  mutating func nextKey(isFirst: Bool) -> String? {
    guard nextItem(isFirst: isFirst, closing: UInt8(ascii: "}")) else {
      return nil
    }
    skipSpace()
    guard current == UInt8(ascii: "\""), let key = string() else {
      fail()
      return nil
    }
    expect(UInt8(ascii: ":"))
    return failed ? nil : key
  }

  /// Whether the array being read has another element; `false` after its `]` (or on failure).
  mutating func nextElement(isFirst: Bool) -> Bool {
    nextItem(isFirst: isFirst, closing: UInt8(ascii: "]"))
  }

  private mutating func nextItem(isFirst: Bool, closing: UInt8) -> Bool {
    skipSpace()
    guard let byte = current else {
      fail()
      return false
    }
    if byte == closing {
      index += 1
      return false
    }
    if !isFirst {
      guard byte == UInt8(ascii: ",") else {
        fail()
        return false
      }
      index += 1
    }
    return true
  }

  // MARK: - Values

  /// The next value if it is a string; any other value is skipped and gives `nil`.
  mutating func stringValue() -> String? {
    skipSpace()
    guard current == UInt8(ascii: "\"") else {
      skipValue()
      return nil
    }
    return string()
  }

  /// Whether the next value is `null`, which it then consumes.
  mutating func skipNull() -> Bool {
    skipSpace()
    guard current == UInt8(ascii: "n") else {
      return false
    }
    literal("null")
    return true
  }

  /// Steps over the next value, checking its grammar.
  mutating func skipValue(depth: Int = 0) {
    skipSpace()
    guard let byte = current else {
      fail()
      return
    }
    switch byte {
    case UInt8(ascii: "\""):
      _ = string()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard depth < Self.maximumDepth else {
        fail()
        return
      }
      index += 1
      var isFirst = true
      if byte == UInt8(ascii: "{") {
        while nextKey(isFirst: isFirst) != nil {
          isFirst = false
          skipValue(depth: depth + 1)
        }
      } else {
        while nextElement(isFirst: isFirst) {
          isFirst = false
          skipValue(depth: depth + 1)
        }
      }
    case UInt8(ascii: "t"):
      literal("true")
    case UInt8(ascii: "f"):
      literal("false")
    case UInt8(ascii: "n"):
      literal("null")
    default:
      number()
    }
  }

  private mutating func literal(_ word: StaticString) {
    let count = word.utf8CodeUnitCount
    guard bytes.count - index >= count,
      (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
    else {
      fail()
      return
    }
    index += count
  }

  /// Steps over a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func number() {
    if current == UInt8(ascii: "-") {
      index += 1
    }
    if current == UInt8(ascii: "0") {
      index += 1
    } else if !digits() {
      return fail()
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard digits() else {
        return fail()
      }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
        index += 1
      }
      guard digits() else {
        return fail()
      }
    }
  }

  /// Steps over decimal digits; whether there was at least one.
  private mutating func digits() -> Bool {
    let start = index
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      index += 1
    }
    return index > start
  }
}
