/// A strict reader of the plain part of TOML that manifests are written in, so that most
/// `pyproject.toml` and `Cargo.toml` files are read without TOMLKit.
///
/// It reads ASCII documents (lines ending in `\n` or `\r\n`) made of `[table]` headers and
/// `key = value` lines with bare, `"quoted"` or `'quoted'` keys (dotted in lines and headers),
/// values being strings without escapes on one line, `true`, `false`, decimal integers of up to
/// 18 digits, arrays and one-line inline tables without dotted keys. It refuses (returns `nil`)
/// anything else, including everything TOML forbids and every case where the specification
/// leaves room (arrays of tables, headers through tables made by dotted keys, white space inside
/// keys, a comment right after a value), so that TOMLKit, which stays the judge of what is
/// valid and of the error messages, reads those documents as before. What it accepts, it reads
/// exactly as TOMLKit does (see `PlainTOMLDifferentialTests`).
struct PlainTOML {
  /// The deepest nesting of arrays and inline tables read here.
  static let maximumDepth = 32

  /// How a table came to be, which decides what may later add to it.
  private enum Origin {
    /// Named as the parent of a header's table: a later header may define it.
    case implicit
    /// Defined by a header (or the root table).
    case header
    /// Made by a dotted key: only dotted keys of the same section add to it.
    case dotted
  }

  /// An entry of a table: a value, or a table still open to additions.
  private enum Entry {
    case value(TOMLNode)
    case table(Int)
  }

  /// A table still open to additions.
  private struct Record {
    var origin: Origin
    var entries: [String: Entry] = [:]
  }

  /// The text's UTF-8 bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The reading position in ``bytes``.
  var index = 0
  /// The open tables; the first is the root.
  private var records = [Record(origin: .header)]
  /// The table that `key = value` lines add to.
  private var section = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The entries of the root table of `text`, or `nil` when the text is not plain TOML as
  /// described above (whether it is valid TOML or not).
  static func parse(_ text: String) -> [String: TOMLNode]? {
    var text = text
    return text.withUTF8 { bytes in
      guard isPlainASCII(bytes) else {
        return nil
      }
      var reader = PlainTOML(bytes)
      guard reader.readDocument() else {
        return nil
      }
      return reader.entries(of: 0)
    }
  }

  /// Whether every byte is printable ASCII, a tab or a line feed, and every carriage return
  /// comes before a line feed.
  private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for offset in bytes.indices {
      switch bytes[offset] {
      case 0x20...0x7E, 0x09, 0x0A:
        continue
      case 0x0D where offset + 1 < bytes.count && bytes[offset + 1] == 0x0A:
        continue
      default:
        return false
      }
    }
    return true
  }

  /// The converted entries of open table `record`.
  private func entries(of record: Int) -> [String: TOMLNode] {
    records[record].entries.mapValues { entry in
      switch entry {
      case .value(let node):
        return node
      case .table(let child):
        return .table(TOMLNode.Table(plain: entries(of: child)))
      }
    }
  }

  // MARK: - Lines

  /// Reads every line; `false` when one is refused.
  private mutating func readDocument() -> Bool {
    while true {
      skipBlanks()
      guard let byte = current else {
        return true
      }
      switch byte {
      case 0x0A, 0x0D, UInt8(ascii: "#"):
        guard endLine() else { return false }
      case UInt8(ascii: "["):
        guard readHeader(), endLine() else { return false }
      default:
        guard readKeyValue(), endLine() else { return false }
      }
    }
  }

  /// Reads `[a.b]` and makes its table the section.
  private mutating func readHeader() -> Bool {
    index += 1
    guard current != UInt8(ascii: "["), var key = readSimpleKey() else { return false }
    var table = 0
    while current == UInt8(ascii: ".") {
      index += 1
      switch records[table].entries[key] {
      case nil:
        table = addTable(key, to: table, origin: .implicit)
      case .table(let child) where records[child].origin != .dotted:
        table = child
      default:
        return false
      }
      guard let next = readSimpleKey() else { return false }
      key = next
    }
    guard current == UInt8(ascii: "]") else { return false }
    index += 1
    switch records[table].entries[key] {
    case nil:
      section = addTable(key, to: table, origin: .header)
    case .table(let child) where records[child].origin == .implicit:
      records[child].origin = .header
      section = child
    default:
      return false
    }
    return true
  }

  /// Reads `a.b = value` into the section.
  private mutating func readKeyValue() -> Bool {
    guard var key = readSimpleKey() else { return false }
    var table = section
    while current == UInt8(ascii: ".") {
      index += 1
      switch records[table].entries[key] {
      case nil:
        table = addTable(key, to: table, origin: .dotted)
      case .table(let child) where records[child].origin == .dotted:
        table = child
      default:
        return false
      }
      guard let next = readSimpleKey() else { return false }
      key = next
    }
    skipBlanks()
    guard current == UInt8(ascii: "=") else { return false }
    index += 1
    skipBlanks()
    guard let value = readValue(depth: 0) else { return false }
    return records[table].entries.updateValue(.value(value), forKey: key) == nil
  }

  /// Adds an empty open table at `key` of `table`, and returns it.
  private mutating func addTable(_ key: String, to table: Int, origin: Origin) -> Int {
    records.append(Record(origin: origin))
    records[table].entries[key] = .table(records.count - 1)
    return records.count - 1
  }

  /// Steps over blanks, a comment and the end of the line; `false` when something else is there.
  private mutating func endLine() -> Bool {
    skipBlanks()
    if current == UInt8(ascii: "#") {
      while let byte = current, byte != 0x0A, byte != 0x0D {
        index += 1
      }
    }
    switch current {
    case nil:
      return true
    case 0x0A:
      index += 1
      return true
    case 0x0D:
      // A carriage return is always followed by a line feed (see `isPlainASCII`).
      index += 2
      return true
    default:
      return false
    }
  }

  // MARK: - Bytes

  /// The byte at the reading position, or `nil` at the end.
  var current: UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// The byte `offset` bytes after the reading position, or `nil` past the end.
  func peek(_ offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  /// The text of the bytes in `range`.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Steps over spaces and tabs.
  mutating func skipBlanks() {
    while let byte = current, byte == 0x20 || byte == 0x09 {
      index += 1
    }
  }

  /// Steps over spaces, tabs, line ends and comments, as arrays allow between values.
  mutating func skipBlanksAndLines() {
    while let byte = current {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D:
        index += 1
      case UInt8(ascii: "#"):
        while let byte = current, byte != 0x0A, byte != 0x0D {
          index += 1
        }
      default:
        return
      }
    }
  }
}
