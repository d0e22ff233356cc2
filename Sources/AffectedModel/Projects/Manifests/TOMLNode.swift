import TOMLKit

/// A TOML value as plain Swift values, converted from TOMLKit's document where a reader looks,
/// so that readers walk it without TOMLKit and parts nobody reads are never converted.
///
/// Only what the readers use is kept apart: strings, booleans, arrays and tables; numbers and
/// dates become ``other``. A table of TOMLKit's converts an entry each time it is looked up; a
/// document in plain TOML is read by ``PlainTOML`` straight into nodes.
enum TOMLNode {
  case string(String)
  case bool(Bool)
  case array([TOMLNode])
  case table(Table)
  case other

  /// A table of a parsed document: TOMLKit's (TOMLKit keeps every document it parses, so it
  /// stays valid), or entries that ``PlainTOML`` read.
  struct Table {
    fileprivate enum Storage {
      case parsed(TOMLTable)
      case plain([String: TOMLNode])
    }

    fileprivate let storage: Storage

    /// A table of TOMLKit's.
    fileprivate init(table: TOMLTable) {
      storage = .parsed(table)
    }

    /// A table of entries already converted.
    init(plain entries: [String: TOMLNode]) {
      storage = .plain(entries)
    }
  }

  /// Parses a whole TOML document into its root table: with ``PlainTOML`` when it is written in
  /// plain TOML, else with TOMLKit.
  static func parse(_ text: String) throws(ManifestSyntaxError) -> TOMLNode {
    if let entries = PlainTOML.parse(text) {
      return .table(Table(plain: entries))
    }
    return try parseWithTOMLKit(text)
  }

  /// Parses a whole TOML document into its root table with TOMLKit, which judges every TOML
  /// document and words the errors.
  static func parseWithTOMLKit(_ text: String) throws(ManifestSyntaxError) -> TOMLNode {
    // TOMLKit stops the process on these instead of throwing.
    if let error = TOMLTableHeaders.malformedHeader(in: text) {
      throw error
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let line = error.source.begin.line
      throw ManifestSyntaxError(message: error.description, line: line > 0 ? line : nil)
    } catch {
      throw ManifestSyntaxError(message: "\(error)", line: nil)
    }
    return .table(Table(table: table))
  }

  /// The node of a TOMLKit value: arrays are converted at once, tables when looked into.
  private static func convert(_ value: any TOMLValueConvertible) -> TOMLNode {
    switch value.type {
    case .string:
      return value.string.map(TOMLNode.string) ?? .other
    case .bool:
      return value.bool.map(TOMLNode.bool) ?? .other
    case .array:
      return .array(value.array.map { $0.map(convert) } ?? [])
    case .table:
      return .table(Table(table: value.table ?? TOMLTable()))
    default:
      return .other
    }
  }

  // MARK: - Reading

  /// The value at `key` of a table, else `nil`.
  subscript(key: String) -> TOMLNode? {
    guard case .table(let entries) = self else {
      return nil
    }
    switch entries.storage {
    case .parsed(let table):
      return table[key].map(Self.convert)
    case .plain(let plain):
      return plain[key]
    }
  }

  /// The value at the path of keys `keys` through nested tables, else `nil`.
  subscript(path keys: String...) -> TOMLNode? {
    var node: TOMLNode? = self
    for key in keys {
      node = node?[key]
    }
    return node
  }

  /// The text of a string.
  var string: String? {
    if case .string(let text) = self {
      return text
    }
    return nil
  }

  /// The value of a boolean.
  var bool: Bool? {
    if case .bool(let value) = self {
      return value
    }
    return nil
  }

  /// The elements of an array.
  var array: [TOMLNode]? {
    if case .array(let elements) = self {
      return elements
    }
    return nil
  }

  /// The entries of a table.
  var table: [String: TOMLNode]? {
    guard case .table(let entries) = self else {
      return nil
    }
    switch entries.storage {
    case .parsed(let table):
      var converted: [String: TOMLNode] = [:]
      // `keys` and `values` list the entries in the same order, without a lookup per key.
      for (key, value) in zip(table.keys, table.values) {
        converted[key] = Self.convert(value)
      }
      return converted
    case .plain(let plain):
      return plain
    }
  }

  /// The strings of an array, skipping anything else.
  var strings: [String] {
    array?.compactMap(\.string) ?? []
  }
}
