import Yams

/// A YAML node of `affected.yml` with its key path, read as the schema expects or rejected with
/// an error that names the file, line, column and key path.
struct ConfigurationNode {
  /// The node as Yams parsed it.
  let node: Node
  /// Where the node is, as `images.backend.tags[0]`; empty for the document.
  let keyPath: String
  /// The configuration file's repository-relative path.
  let file: String

  /// An error about this node.
  func error(_ reason: ConfigurationError.Reason) -> ConfigurationError {
    Self.error(reason, at: node, keyPath: keyPath, file: file)
  }

  /// An error about `node`, found at `keyPath` of `file`.
  static func error(
    _ reason: ConfigurationError.Reason, at node: Node, keyPath: String, file: String
  ) -> ConfigurationError {
    ConfigurationError(
      file: file, line: node.mark?.line, column: node.mark?.column, keyPath: keyPath,
      reason: reason)
  }

  /// Whether the node is empty (`~`, `null` or nothing), which stands for "not set".
  var isNull: Bool {
    guard case .scalar(let scalar) = node else {
      return false
    }
    return ComposeYAMLReader.isNull(scalar)
  }

  /// The node as a wrong-type error describes what it found.
  private var found: String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    case .scalar(let scalar): isNull ? "nothing" : "'\(scalar.string)'"
    }
  }

  /// A wrong-type error: `expected` (as `a list of globs`) is not what the node holds.
  func wrongType(_ expected: String) -> ConfigurationError {
    error(.wrongType(expected: expected, found: found))
  }

  // MARK: - Mappings

  /// The values of a mapping whose keys the schema fixes, by key; nothing when the node is
  /// empty.
  ///
  /// - Throws: when the node is not a mapping, or a key is not one of `allowed`.
  func fields(_ allowed: [String], expected: String) throws(ConfigurationError)
    -> [String: ConfigurationNode]
  {
    var result: [String: ConfigurationNode] = [:]
    for (key, child) in try pairs(expected: expected) {
      guard allowed.contains(key) else {
        let reason: ConfigurationError.Reason =
          key == "<<"
          ? .invalidValue("merge keys (<<) are not supported in affected.yml; write the keys out")
          : .unknownKey(
            key, suggestion: KeySuggestion.nearest(to: key, among: allowed), allowed: allowed)
        throw Self.error(reason, at: child.keyNode, keyPath: child.value.keyPath, file: file)
      }
      result[key] = child.value
    }
    return result
  }

  /// The entries of a mapping whose keys are names (image ids, project names), in file order;
  /// nothing when the node is empty.
  ///
  /// - Throws: when the node is not a mapping or a name is empty.
  func entries(expected: String) throws(ConfigurationError) -> [(
    name: String, value: ConfigurationNode
  )] {
    var result: [(name: String, value: ConfigurationNode)] = []
    for (key, child) in try pairs(expected: expected) {
      guard !key.isEmpty else {
        throw Self.error(.emptyName, at: child.keyNode, keyPath: keyPath, file: file)
      }
      result.append((key, child.value))
    }
    return result
  }

  /// The pairs of a mapping with string keys; none for an empty node.
  private func pairs(expected: String) throws(ConfigurationError) -> [(
    String, (keyNode: Node, value: ConfigurationNode)
  )] {
    if isNull {
      return []
    }
    guard case .mapping(let mapping) = node else {
      throw wrongType(expected)
    }
    var result: [(String, (keyNode: Node, value: ConfigurationNode))] = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        throw ConfigurationNode(node: key, keyPath: keyPath, file: file).wrongType("a plain key")
      }
      let path = keyPath.isEmpty ? scalar.string : "\(keyPath).\(scalar.string)"
      result.append(
        (scalar.string, (key, ConfigurationNode(node: value, keyPath: path, file: file))))
    }
    return result
  }

  // MARK: - Scalars and lists

  /// The node's text; `nil` when it is empty.
  ///
  /// - Throws: when the node is a list or a mapping.
  func string(expected: String = "a string") throws(ConfigurationError) -> String? {
    if isNull {
      return nil
    }
    guard case .scalar(let scalar) = node else {
      throw wrongType(expected)
    }
    return scalar.string
  }

  /// The node's text, which must not be empty; `nil` when the node is empty (not set).
  ///
  /// - Throws: when the node is a list or a mapping, or an empty string (`''`).
  func name() throws(ConfigurationError) -> String? {
    guard let text = try string(expected: "a name") else {
      return nil
    }
    guard !text.isEmpty else {
      throw error(.emptyName)
    }
    return text
  }

  /// The items of a list of strings (one string counts as a list of one), each with its node
  /// for errors; `nil` when the node is empty.
  ///
  /// - Throws: when the node is a mapping, or an item is not a string.
  func items(expected: String) throws(ConfigurationError) -> [(
    text: String, node: ConfigurationNode
  )]? {
    switch node {
    case _ where isNull:
      return nil
    case .scalar(let scalar):
      return [(scalar.string, self)]
    case .sequence(let sequence):
      var result: [(text: String, node: ConfigurationNode)] = []
      for (index, element) in sequence.enumerated() {
        let item = ConfigurationNode(node: element, keyPath: "\(keyPath)[\(index)]", file: file)
        guard case .scalar(let scalar) = element, !item.isNull else {
          throw item.wrongType("a string in \(expected)")
        }
        result.append((scalar.string, item))
      }
      return result
    case .mapping, .alias:
      throw wrongType(expected)
    }
  }

  /// The items of a list of names (one name counts as a list of one), each with its node for
  /// errors; `nil` when the node is empty.
  ///
  /// - Throws: when the node is a mapping, or an item is not a non-empty string.
  func nameItems(expected: String) throws(ConfigurationError) -> [(
    text: String, node: ConfigurationNode
  )]? {
    guard let items = try items(expected: expected) else {
      return nil
    }
    for item in items where item.text.isEmpty {
      throw item.node.error(.emptyName)
    }
    return items
  }

  /// The texts of a list of names (one name counts as a list of one); `nil` when the node is
  /// empty.
  ///
  /// - Throws: when the node is a mapping, or an item is not a non-empty string.
  func names(expected: String) throws(ConfigurationError) -> [String]? {
    try nameItems(expected: expected)?.map(\.text)
  }
}
