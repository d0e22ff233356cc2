import Yams

/// Reads the YAML of a compose file into `ComposeLayer`s, one per document.
///
/// It does what compose's YAML layer does and Yams' node API does not: it flattens merge keys
/// (`<<: *a`, `<<: [*a, *b]`; explicit keys win, earlier sources win over later ones), records the
/// paths tagged `!reset` (dropped) and `!override` (kept), and keeps scalars as their raw text.
struct ComposeYAMLReader {
  /// How many nodes one file may expand to, so aliases of aliases cannot exhaust memory.
  static let nodeBudget = 200_000
  /// How deeply blocks may nest (merge keys and aliases included), so recursion stays shallow.
  static let depthLimit = 256

  private let file: String
  private let tool: String
  private let tags: Tags
  /// The keys and positions leading from the document's root to the node being read.
  private var path: [Step] = []
  private var remaining = Self.nodeBudget
  private var depth = 0
  private var diagnostics: [Diagnostic] = []

  private init(file: String, tool: String, tags: Tags) {
    self.file = file
    self.tool = tool
    self.tags = tags
  }

  /// Parses `text`, the content of the repository file `file`, which `tool` (named in messages)
  /// reads, or gives what the process's ``ComposeYAMLCache`` kept from parsing it before.
  ///
  /// Invalid YAML yields a diagnostic naming the line, and the documents read before it.
  static func layers(of text: String, file: String, readBy tool: String = "compose")
    -> ComposeYAMLCache.Reading
  {
    ComposeYAMLCache.shared.reading(of: text, file: file, readBy: tool) {
      parse(text, file: file, readBy: tool)
    }
  }

  /// Parses `text` as ``layers(of:file:readBy:)`` does, without the cache: without Yams when
  /// ``PlainBlocks`` is sure of its reading, otherwise as ``parseWithYams(_:file:readBy:)`` does.
  static func parse(_ text: String, file: String, readBy tool: String) -> ComposeYAMLCache.Reading {
    PlainBlocks.reading(of: text, file: file) ?? parseWithYams(text, file: file, readBy: tool)
  }

  /// Parses `text` with Yams.
  ///
  /// A text without tags is read without Yams' tag resolution (see ``Tags``); if Yams finds it
  /// invalid, it is read again with resolution, so the problem reported is the one resolution
  /// finds (a key written both `1` and `"1"` is a duplicate only without it).
  static func parseWithYams(_ text: String, file: String, readBy tool: String)
    -> ComposeYAMLCache.Reading
  {
    if !mayHoldTags(text) {
      let untagged = read(text, file: file, readBy: tool, tags: .absent)
      if untagged.isValidYAML {
        return untagged.reading
      }
    }
    return read(text, file: file, readBy: tool, tags: .resolved).reading
  }

  /// Parses `text` with `tags` telling Yams how to resolve tags, and says whether Yams read the
  /// whole text as YAML.
  static func read(_ text: String, file: String, readBy tool: String, tags: Tags)
    -> (reading: ComposeYAMLCache.Reading, isValidYAML: Bool)
  {
    var reader = ComposeYAMLReader(file: file, tool: tool, tags: tags)
    var layers: [ComposeLayer] = []
    var isValidYAML = true
    do {
      let parser = try Parser(yaml: text, resolver: tags.resolver, encoding: .utf8)
      while let root = try parser.nextRoot() {
        if let layer = try reader.layer(from: root) {
          layers.append(layer)
        }
      }
    } catch let error as YamlError {
      isValidYAML = false
      reader.diagnostics.append(reader.diagnostic(for: error, in: text))
    } catch Limit.nodes {
      reader.diagnostics.append(
        Diagnostic(
          .warning,
          "\(tool) file expands to more than \(nodeBudget) YAML nodes through aliases; "
            + "simplify its anchors", file: file))
    } catch {
      reader.diagnostics.append(
        Diagnostic(
          .warning,
          "\(tool) file nests blocks more than \(depthLimit) levels deep (through aliases or "
            + "merge keys); flatten it", file: file))
    }
    return ((layers, reader.diagnostics), isValidYAML)
  }

  /// The path of the node being read, as layers record it.
  private var pathText: [String] {
    Self.text(of: path)
  }

  /// Why a document was given up: too many nodes, or too deep.
  private enum Limit: Error {
    case nodes, depth
  }

  /// Counts one more node at one more level of nesting; undo the level with `depth -= 1`.
  private mutating func descend() throws {
    remaining -= 1
    depth += 1
    if remaining < 0 {
      throw Limit.nodes
    }
    if depth > Self.depthLimit {
      throw Limit.depth
    }
  }

  private mutating func layer(from root: Node) throws -> ComposeLayer? {
    var layer = ComposeLayer(file: file)
    path = []
    switch try convert(root, into: &layer) {
    case .mapping(let mapping):
      layer.value = mapping
      return layer
    case .null:
      return nil
    case .string, .sequence:
      diagnostics.append(
        Diagnostic(
          .warning,
          "the top level of a \(tool) file must be a mapping of keys",
          file: file, line: root.mark?.line))
      return nil
    }
  }

  /// Converts `node`, found at `path`.
  private mutating func convert(_ node: Node, into layer: inout ComposeLayer) throws
    -> ComposeValue
  {
    try descend()
    defer { depth -= 1 }
    switch node {
    case .scalar(let scalar):
      if scalar.string.utf8.contains(UInt8(ascii: "$")), let line = scalar.mark?.line {
        layer.lines[pathText] = line
      }
      return Self.isNull(scalar) ? .null : .string(scalar.string)
    case .sequence(let sequence):
      var elements: [ComposeValue] = []
      elements.reserveCapacity(sequence.count)
      for (index, element) in sequence.enumerated() {
        path.append(.index(index))
        elements.append(try convert(element, into: &layer))
        path.removeLast()
      }
      return .sequence(elements)
    case .mapping(let mapping):
      return .mapping(try convert(mapping, into: &layer))
    case .alias:
      // Yams' parser replaces every alias by the node it names, so none reaches here.
      return .null
    }
  }

  /// Converts `mapping`, found at `path`, flattening its merge keys.
  private mutating func convert(_ mapping: Node.Mapping, into layer: inout ComposeLayer) throws
    -> ComposeMapping
  {
    try descend()
    defer { depth -= 1 }
    // Yams' iterator copies every pair into a new array; reading by position copies none.
    let positions = mapping.startIndex..<mapping.endIndex
    let explicitKeys: Set<String> =
      positions.contains { isMergeKey(mapping[$0].key) }
      ? Set(
        positions.compactMap { isMergeKey(mapping[$0].key) ? nil : mapping[$0].key.scalar?.string })
      : []
    var result = ComposeMapping()
    for position in positions {
      let (key, value) = mapping[position]
      if isMergeKey(key) {
        for source in mergeSources(value) {
          for entry in try convert(source, into: &layer)
          where !explicitKeys.contains(entry.key) && !result.contains(entry.key) {
            result[entry.key] = entry.value
          }
        }
        continue
      }
      guard let name = key.scalar?.string else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "compose keys must be plain strings; this key is ignored", file: file,
            line: key.mark?.line))
        continue
      }
      path.append(.key(name))
      switch Self.tag(of: value) {
      case "!reset":
        layer.clearedPaths.append(pathText)
        path.removeLast()
        continue
      case "!override":
        layer.clearedPaths.append(pathText)
      default:
        break
      }
      result[name] = try convert(value, into: &layer)
      path.removeLast()
    }
    return result
  }

  /// The mappings a merge key's value names, in order; anything else is reported and skipped.
  private mutating func mergeSources(_ value: Node) -> [Node.Mapping] {
    switch value {
    case .mapping(let mapping):
      return [mapping]
    case .sequence(let sequence) where sequence.allSatisfy({ $0.mapping != nil }):
      return sequence.compactMap(\.mapping)
    default:
      diagnostics.append(
        Diagnostic(
          .warning,
          "a merge key (<<) must name a mapping or a list of mappings; it is ignored",
          file: file, line: value.mark?.line))
      return []
    }
  }

  // MARK: - Scalars and tags

  /// The texts of YAML's null when plain.
  static let nullTexts: Set<String> = ["", "~", "null", "Null", "NULL"]

  /// Whether `scalar` is YAML's null: `~`, `null` or nothing, unquoted, or tagged `!!null`.
  static func isNull(_ scalar: Node.Scalar) -> Bool {
    guard nullTexts.contains(scalar.string) else {
      return false
    }
    return scalar.style == .plain || scalar.tag.rawValue == Tag.Name.null.rawValue
  }

  /// Whether `key` is a merge key: a plain `<<`, untagged or tagged `!!merge`.
  ///
  /// Yams resolves the tag of every key when it checks for duplicates: a plain `<<` becomes
  /// `!!merge` with resolution, `!!str` without. A text read without resolution holds no tag, so
  /// there every plain `<<` is untagged.
  private func isMergeKey(_ key: Node) -> Bool {
    guard let scalar = key.scalar, scalar.string == "<<", scalar.style == .plain else {
      return false
    }
    return tags == .absent || scalar.tag.rawValue.isEmpty
      || scalar.tag.rawValue == Tag.Name.merge.rawValue
  }

  /// The tag written on `node` (Yams resolves implicit tags lazily, so read the stored one).
  private static func tag(of node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      return scalar.tag.rawValue
    case .mapping(let mapping):
      return mapping.tag.rawValue
    case .sequence(let sequence):
      return sequence.tag.rawValue
    case .alias(let alias):
      return alias.tag.rawValue
    }
  }

  // MARK: - Errors

  private func diagnostic(for error: YamlError, in yaml: String) -> Diagnostic {
    let problem: String
    let line: Int?
    switch error {
    case .scanner(_, let message, let mark, _), .parser(_, let message, let mark, _),
      .composer(_, let message, let mark, _):
      problem = message
      line = mark.line
    case .duplicatedKeysInMapping(let duplicates, let context):
      problem = "duplicate key " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      line = context.mark.line
    case .reader(let message, let offset, _, _):
      problem = message
      line = offset.map { offset in 1 + yaml.prefix(offset).filter { $0 == "\n" }.count }
    default:
      problem = error.description
      line = nil
    }
    return Diagnostic(
      .warning, "invalid YAML: \(problem); fix the file so \(tool) can read it", file: file,
      line: line)
  }
}
