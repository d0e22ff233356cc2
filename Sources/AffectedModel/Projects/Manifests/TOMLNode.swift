import TOMLKit

/// A TOML value as plain Swift values, converted from TOMLKit's document where a reader looks,
/// so that readers walk it without TOMLKit and parts nobody reads are never converted.
///
/// Only what the readers use is kept apart: strings, booleans, arrays and tables; numbers and
/// dates become ``other``. A table converts an entry each time it is looked up.
enum TOMLNode {
  case string(String)
  case bool(Bool)
  case array([TOMLNode])
  case table(Table)
  case other

  /// A table of a parsed document (TOMLKit keeps every document it parses, so it stays valid).
  struct Table {
    fileprivate let table: TOMLTable
  }

  /// Parses a whole TOML document into its root table.
  static func parse(_ text: String) throws(ManifestSyntaxError) -> TOMLNode {
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
    return entries.table[key].map(Self.convert)
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
    var converted: [String: TOMLNode] = [:]
    // `keys` and `values` list the entries in the same order, without a lookup per key.
    for (key, value) in zip(entries.table.keys, entries.table.values) {
      converted[key] = Self.convert(value)
    }
    return converted
  }

  /// The strings of an array, skipping anything else.
  var strings: [String] {
    array?.compactMap(\.string) ?? []
  }
}
