import TOMLKit

/// A TOML value read once into plain Swift values, so that readers walk it without TOMLKit.
///
/// Only what the readers use is kept apart: strings, booleans, arrays and tables; numbers and
/// dates become ``other``.
enum TOMLNode: Sendable {
  case string(String)
  case bool(Bool)
  case array([TOMLNode])
  case table([String: TOMLNode])
  case other

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
    return convert(table)
  }

  private static func convert(_ value: any TOMLValueConvertible) -> TOMLNode {
    switch value.type {
    case .string:
      return value.string.map(TOMLNode.string) ?? .other
    case .bool:
      return value.bool.map(TOMLNode.bool) ?? .other
    case .array:
      return .array(value.array.map { $0.map(convert) } ?? [])
    case .table:
      var entries: [String: TOMLNode] = [:]
      if let table = value.table {
        for (key, element) in table {
          entries[key] = convert(element)
        }
      }
      return .table(entries)
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
    return entries[key]
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
    if case .table(let entries) = self {
      return entries
    }
    return nil
  }

  /// The strings of an array, skipping anything else.
  var strings: [String] {
    array?.compactMap(\.string) ?? []
  }
}
