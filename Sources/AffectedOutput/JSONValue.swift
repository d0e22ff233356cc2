/// A JSON document with keys kept in the order given, rendered compactly and deterministically.
public indirect enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object whose keys keep their order.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(rendered())
  }

  /// The compact JSON text. With `itemsOnLines`, each element of a top-level array value sits on its own
  /// line, so large outputs stay readable and diffable.
  public func rendered(itemsOnLines: Bool = false) -> String {
    var writer = JSONWriter()
    write(to: &writer, itemsOnLines: itemsOnLines)
    return writer.text
  }

  /// Writes the value to `writer`; with `itemsOnLines`, arrays that are not inside another array
  /// put each element on its own line.
  func write(to writer: inout JSONWriter, itemsOnLines: Bool = false) {
    switch self {
    case .null: writer.null()
    case .bool(let value): writer.bool(value)
    case .int(let value): writer.int(value)
    case .string(let value): writer.string(value)
    case .array(let values):
      writer.openArray(itemsOnLines: itemsOnLines)
      for value in values {
        value.write(to: &writer)
      }
      writer.closeArray()
    case .object(let members):
      writer.openObject()
      for (key, value) in members {
        writer.key(key)
        value.write(to: &writer, itemsOnLines: itemsOnLines)
      }
      writer.closeObject()
    }
  }
}
