extension JSONValue {
  /// The value as a block-style YAML document, keys in order.
  ///
  /// Strings are left plain only when they cannot be read as anything else (not even by YAML 1.1's
  /// `yes`/`on`); all others are double-quoted, so every string reads back as the same string.
  public func yaml() -> String {
    var output = ""
    if isBlockCollection {
      writeBlock(to: &output, indent: 0)
    } else {
      output = yamlScalar + "\n"
    }
    return output
  }

  private var isBlockCollection: Bool {
    switch self {
    case .object(let members): !members.isEmpty
    case .array(let items): !items.isEmpty
    default: false
    }
  }

  /// Writes a non-empty object or array, one entry per line, at `indent` spaces.
  private func writeBlock(to output: inout String, indent: Int) {
    let pad = String(repeating: " ", count: indent)
    switch self {
    case .object(let members):
      for (key, value) in members {
        output += pad + Self.yamlString(key) + ":"
        value.writeValue(to: &output, indent: indent + 2)
      }
    case .array(let items):
      for item in items {
        output += pad + "-"
        if item.isBlockCollection {
          // The first line of a nested block shares the line of its dash.
          var nested = ""
          item.writeBlock(to: &nested, indent: indent + 2)
          output += " " + nested.dropFirst(indent + 2)
        } else {
          output += " " + item.yamlScalar + "\n"
        }
      }
    default:
      output += pad + yamlScalar + "\n"
    }
  }

  /// Writes the value of a mapping entry: on the key's line when it is a scalar, below it
  /// otherwise.
  private func writeValue(to output: inout String, indent: Int) {
    if isBlockCollection {
      output += "\n"
      writeBlock(to: &output, indent: indent)
    } else {
      output += " " + yamlScalar + "\n"
    }
  }

  private var yamlScalar: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .int(let value): String(value)
    case .string(let value): Self.yamlString(value)
    case .array: "[]"
    case .object: "{}"
    }
  }

  /// Words YAML 1.1 or 1.2 reads as booleans or null when plain.
  private static let reservedWords: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "y", "n", "null",
  ]

  /// `value` plain when it starts with a letter or `_`, holds only `[A-Za-z0-9_./-]` and is no
  /// reserved word; double-quoted otherwise, with every character YAML cannot print escaped.
  private static func yamlString(_ value: String) -> String {
    if let first = value.unicodeScalars.first,
      first == "_" || ("a"..."z").contains(first)
        || ("A"..."Z").contains(first), value.unicodeScalars.allSatisfy(isPlain),
      !reservedWords.contains(value.lowercased())
    {
      return value
    }
    var output = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case _ where isPrintable(scalar): output.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16)
        output +=
          hex.count <= 4
          ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
      }
    }
    return output + "\""
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "/", "-": true
    default: false
    }
  }

  /// YAML's printable set, without the line and paragraph separators YAML 1.1 breaks lines at and
  /// without the byte order mark.
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD,
      0x10000...0x10FFFF:
      true
    default:
      false
    }
  }
}
