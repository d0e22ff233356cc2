/// A value of a compose file after YAML parsing: what `docker compose` sees before it types the
/// model.
///
/// Scalars keep their raw text, the way compose reads them: `yes`, `0777` and `1.10` stay the
/// strings they were written as. Only YAML nulls (`~`, `null`, an empty value) become `.null`.
/// Mappings compare equal regardless of key order, so two blocks that say the same thing are equal.
public indirect enum ComposeValue: Hashable, Sendable, CustomStringConvertible {
  /// A YAML null: `~`, `null` or nothing after the colon.
  case null
  /// A scalar, as its raw text.
  case string(String)
  /// A YAML sequence.
  case sequence([ComposeValue])
  /// A YAML mapping with string keys.
  case mapping(ComposeMapping)

  /// The scalar text, or `nil` for anything else.
  public var string: String? {
    if case .string(let text) = self {
      return text
    }
    return nil
  }

  /// The mapping, or `nil` for anything else.
  public var mapping: ComposeMapping? {
    if case .mapping(let mapping) = self {
      return mapping
    }
    return nil
  }

  /// The elements of a sequence, or `nil` for anything else.
  public var sequence: [ComposeValue]? {
    if case .sequence(let elements) = self {
      return elements
    }
    return nil
  }

  /// Whether this is a YAML null.
  public var isNull: Bool {
    self == .null
  }

  /// The value under `key` when this is a mapping.
  public subscript(key: String) -> ComposeValue? {
    mapping?[key]
  }

  /// A compact, YAML-flow-like rendering, used in messages and when compose renders `KEY=value`.
  public var description: String {
    switch self {
    case .null:
      return "null"
    case .string(let text):
      return text
    case .sequence(let elements):
      return "[" + elements.map(\.description).joined(separator: ", ") + "]"
    case .mapping(let mapping):
      return "{" + mapping.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
  }
}
