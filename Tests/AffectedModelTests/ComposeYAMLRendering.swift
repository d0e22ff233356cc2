@testable import AffectedModel

/// Renders what the compose YAML reader says about a text, so that two readings compare as text.
enum ComposeYAMLRendering {
  /// Everything a reading says, with key order, `null` against `"null"` and lines kept apart.
  static func rendered(_ reading: ComposeYAMLCache.Reading) -> String {
    let layers = reading.layers.map { layer in
      let lines = layer.lines.map { "\($0.key)=\($0.value)" }.sorted()
      return "\(layer.file) \(render(.mapping(layer.value))) cleared \(layer.clearedPaths) "
        + "lines \(lines)"
    }
    return (layers + reading.diagnostics.map(stable)).joined(separator: "\n")
  }

  /// `diagnostic` as text, without its line when Yams chose that line by chance: when keys of
  /// the same text and different tags are each duplicated (`<<` twice and `"<<"` twice), Yams
  /// names the first of its groups in a dictionary's order, which varies from run to run.
  static func stable(_ diagnostic: Diagnostic) -> String {
    let names = diagnostic.message.split(separator: "'").enumerated()
      .filter { $0.offset % 2 == 1 }.map(\.element)
    guard diagnostic.message.contains("duplicate key"), Set(names).count < names.count else {
      return diagnostic.description
    }
    var unlocated = diagnostic
    unlocated.line = nil
    return unlocated.description
  }

  /// `value` in a flow style where strings are quoted and nulls are `~`.
  static func render(_ value: ComposeValue) -> String {
    switch value {
    case .null:
      return "~"
    case .string(let text):
      return text.debugDescription
    case .sequence(let elements):
      return "[" + elements.map(render).joined(separator: ",") + "]"
    case .mapping(let mapping):
      return "{"
        + mapping.map { "\($0.key.debugDescription):\(render($0.value))" }
        .joined(separator: ",") + "}"
    }
  }
}
