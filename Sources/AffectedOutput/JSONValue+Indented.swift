extension JSONValue {
  /// The JSON text with one member or element per line, indented by two spaces per level; empty
  /// objects and arrays stay on one line.
  public func indented() -> String {
    var output = ""
    writeIndented(to: &output, depth: 0)
    return output
  }

  private func writeIndented(to output: inout String, depth: Int) {
    let pad = String(repeating: "  ", count: depth + 1)
    let closingPad = String(repeating: "  ", count: depth)
    switch self {
    case .object(let members) where !members.isEmpty:
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += pad + JSONValue.string(key).rendered() + ": "
        value.writeIndented(to: &output, depth: depth + 1)
        output += index < members.count - 1 ? ",\n" : "\n"
      }
      output += closingPad + "}"
    case .array(let items) where !items.isEmpty:
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += pad
        item.writeIndented(to: &output, depth: depth + 1)
        output += index < items.count - 1 ? ",\n" : "\n"
      }
      output += closingPad + "]"
    default:
      output += rendered()
    }
  }
}
