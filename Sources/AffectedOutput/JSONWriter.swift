/// Writes compact JSON text into a byte buffer token by token, so that a large document is
/// printed without first being built as a ``JSONValue`` tree.
///
/// Commas come by themselves: a value or key written after another in the same container is
/// preceded by one. An array opened with `itemsOnLines` puts each element on its own line,
/// indented by two spaces, and its closing bracket on the next line when it has any element.
struct JSONWriter {
  /// The text written so far, in UTF-8.
  private(set) var bytes: [UInt8] = []
  /// Whether the next value opens its container or follows a key: it takes no comma.
  private var startsContainer = true
  /// For each open container, innermost last: whether it is an array with items on lines.
  private var itemsOnLines: [Bool] = []

  /// Creates an empty writer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The text written so far.
  var text: String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `null`.
  mutating func null() {
    beginValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool) {
    beginValue()
    bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
  }

  /// Writes an integer in decimal.
  mutating func int(_ value: Int) {
    beginValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes a string, quoted and escaped.
  mutating func string(_ value: String) {
    beginValue()
    quote(value)
  }

  /// Writes `value` as a string, or `null`.
  mutating func optional(_ value: String?) {
    if let value {
      string(value)
    } else {
      null()
    }
  }

  /// Writes an array of strings.
  mutating func strings(_ values: [String], itemsOnLines: Bool = false) {
    openArray(itemsOnLines: itemsOnLines)
    for value in values {
      string(value)
    }
    closeArray()
  }

  /// Writes a value another writer wrote whole (`rendered`, its ``bytes``), as if written here.
  mutating func rendered(_ rendered: [UInt8]) {
    beginValue()
    bytes.append(contentsOf: rendered)
  }

  /// Opens an object: keys and values follow, then ``closeObject()``.
  mutating func openObject() {
    beginValue()
    bytes.append(UInt8(ascii: "{"))
    open(itemsOnLines: false)
  }

  /// Writes the key of the next member of the open object; its value follows.
  mutating func key(_ key: String) {
    beginValue()
    quote(key)
    bytes.append(UInt8(ascii: ":"))
    startsContainer = true
  }

  /// Closes the innermost open object.
  mutating func closeObject() {
    itemsOnLines.removeLast()
    bytes.append(UInt8(ascii: "}"))
    startsContainer = false
  }

  /// Opens an array, with each element on its own line when `itemsOnLines`: elements follow,
  /// then ``closeArray()``.
  mutating func openArray(itemsOnLines: Bool = false) {
    beginValue()
    bytes.append(UInt8(ascii: "["))
    open(itemsOnLines: itemsOnLines)
  }

  /// Closes the innermost open array.
  mutating func closeArray() {
    if itemsOnLines.removeLast(), !startsContainer {
      bytes.append(UInt8(ascii: "\n"))
    }
    bytes.append(UInt8(ascii: "]"))
    startsContainer = false
  }

  /// Ends the text with a new line, after the document.
  mutating func endLine() {
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Notes a container just opened.
  private mutating func open(itemsOnLines lines: Bool) {
    itemsOnLines.append(lines)
    startsContainer = true
  }

  /// Writes what comes before a value or key: a comma after a sibling, and a new line in an
  /// array with items on lines.
  private mutating func beginValue() {
    if !startsContainer {
      bytes.append(UInt8(ascii: ","))
    }
    if itemsOnLines.last == true {
      bytes.append(contentsOf: "\n  ".utf8)
    }
    startsContainer = false
  }

  /// Writes `value` quoted, escaping quotes, backslashes and control characters; the runs of
  /// bytes between them are copied whole.
  private mutating func quote(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { text in
      var start = 0
      for (index, byte) in text.enumerated()
      where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
        escape(byte)
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes the escape of a quote, a backslash or a control character.
  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
    case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
    case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
    case ..<0x20:
      bytes.append(contentsOf: #"\u00"#.utf8)
      bytes.append(Self.hexDigits[Int(byte >> 4)])
      bytes.append(Self.hexDigits[Int(byte & 0xF)])
    default:
      bytes.append(UInt8(ascii: "\\"))
      bytes.append(byte)
    }
  }

  /// Lowercase hexadecimal digits, by value.
  private static let hexDigits = Array("0123456789abcdef".utf8)
}
