/// Reads `Cargo.lock` into a ``LockfileGraph``.
///
/// Every `[[package]]` is a node keyed by name, version and source. A package without `source`
/// is local (a workspace member or a path dependency), known by name only. A dependency is
/// written `name`, `name version` or `name version (source)`, the longer forms only when the
/// name alone is ambiguous.
enum CargoLockParser {
  private struct Entry {
    var key: String
    var name: String
    var version: String
    var source: String?
    var table: TOMLNode
  }

  /// The graph of the `Cargo.lock` text `text`.
  static func graph(of text: String) throws(ManifestSyntaxError) -> LockfileGraph {
    let document = try TOMLNode.parse(text)
    let entries = (document["package"]?.array ?? []).map { table in
      let name = table["name"]?.string ?? ""
      let version = table["version"]?.string ?? ""
      let source = table["source"]?.string
      return Entry(
        key: "\(name) \(version) \(source ?? "local")", name: name, version: version,
        source: source, table: table)
    }
    var byName: [String: [Entry]] = [:]
    for entry in entries {
      byName[entry.name, default: []].append(entry)
    }
    var graph = LockfileGraph()
    for entry in entries {
      var node = LockfileGraph.Node()
      node.dependencies = (entry.table["dependencies"]?.strings ?? []).map { key(of: $0, byName) }
      if let source = entry.source {
        let checksum = entry.table["checksum"]?.string.map { " " + $0 } ?? ""
        node.package = ResolvedPackage(
          name: entry.name, version: entry.version, source: source + checksum)
      } else {
        node.isLocal = true
        graph.members[LockfileMember(path: nil, name: entry.name)] = entry.key
      }
      graph.nodes[entry.key] = node
    }
    return graph
  }

  /// The key of the package a dependency string names.
  private static func key(of dependency: String, _ byName: [String: [Entry]]) -> String {
    let parts = dependency.split(separator: " ", maxSplits: 2).map(String.init)
    var candidates = byName[parts.first ?? ""] ?? []
    if candidates.count > 1, parts.count > 1 {
      candidates = candidates.filter { $0.version == parts[1] }
    }
    if candidates.count > 1, parts.count > 2 {
      let source = parts[2].trimmingPrefix("(").dropLast()
      candidates = candidates.filter { $0.source == String(source) }
    }
    return candidates.first?.key ?? dependency
  }
}
