/// Reads `uv.lock` into a ``LockfileGraph``.
///
/// Every `[[package]]` is a node keyed by name, version and source. A package whose source is
/// `editable`, `virtual` or `directory` is a local member at that path (relative to the
/// lockfile's folder). A dependency names a package by name, adding `version` and `source` only
/// when several packages share the name; its `extra` list adds those extras' dependencies. A
/// member depends on its `dependencies`, every `optional-dependencies` extra and every
/// `dev-dependencies` group.
enum UvLockParser {
  private struct Entry {
    var key: String
    var name: String
    var version: String
    var source: String
    var table: TOMLNode
  }

  /// The graph of the `uv.lock` text `text`, for a lockfile in repository folder `folder`.
  static func graph(of text: String, folder: String) throws(ManifestSyntaxError) -> LockfileGraph {
    let document = try TOMLNode.parse(text)
    let entries = (document["package"]?.array ?? []).map(entry)
    var byName: [String: [Entry]] = [:]
    for entry in entries {
      byName[entry.name, default: []].append(entry)
    }
    var graph = LockfileGraph()
    for entry in entries {
      let resolve = { (dependency: TOMLNode) in keys(of: dependency, byName) }
      var node = LockfileGraph.Node()
      node.dependencies = (entry.table["dependencies"]?.array ?? []).flatMap(resolve)
      let extras = entry.table["optional-dependencies"]?.table ?? [:]
      for (extra, list) in extras {
        graph.nodes["\(entry.key)[\(extra)]"] = LockfileGraph.Node(
          dependencies: (list.array ?? []).flatMap(resolve))
      }
      if let path = localPath(entry.table["source"]) {
        node.isLocal = true
        node.dependencies += extras.keys.map { "\(entry.key)[\($0)]" }
        for (_, group) in entry.table["dev-dependencies"]?.table ?? [:] {
          node.dependencies += (group.array ?? []).flatMap(resolve)
        }
        let member = LockfileMember(
          path: ComposePath(resolving: path, in: folder).repositoryPath, name: entry.name)
        graph.members[member] = entry.key
      } else {
        node.package = ResolvedPackage(
          name: entry.name, version: entry.version, source: identity(entry))
      }
      graph.nodes[entry.key] = node
    }
    return graph
  }

  private static func entry(_ table: TOMLNode) -> Entry {
    let name = ManifestText.normalisedName(table["name"]?.string ?? "", .python)
    let version = table["version"]?.string ?? ""
    let source = sourceText(table["source"])
    return Entry(
      key: "\(name) \(version) \(source)", name: name, version: version, source: source,
      table: table)
  }

  /// A source table as text: `registry+…`, `git+…`, `editable+…`, … in key order.
  private static func sourceText(_ source: TOMLNode?) -> String {
    let table = source?.table ?? [:]
    return table.keys.sorted().map { "\($0)+\(table[$0]?.string ?? "")" }.joined(separator: " ")
  }

  /// The source, plus the sdist's hash (else the first wheel's) when recorded.
  private static func identity(_ entry: Entry) -> String {
    let hash =
      entry.table[path: "sdist", "hash"]?.string
      ?? entry.table["wheels"]?.array?.first?["hash"]?.string
    return hash.map { "\(entry.source) \($0)" } ?? entry.source
  }

  /// The folder of a local package's source, relative to the lockfile.
  private static func localPath(_ source: TOMLNode?) -> String? {
    source?["editable"]?.string ?? source?["virtual"]?.string ?? source?["directory"]?.string
  }

  /// The keys a dependency table names: the package, then one step per extra it asks for.
  private static func keys(of dependency: TOMLNode, _ byName: [String: [Entry]]) -> [String] {
    let name = ManifestText.normalisedName(dependency["name"]?.string ?? "", .python)
    var candidates = byName[name] ?? []
    if candidates.count > 1, let version = dependency["version"]?.string {
      candidates = candidates.filter { $0.version == version }
    }
    if candidates.count > 1, dependency["source"] != nil {
      let source = sourceText(dependency["source"])
      candidates = candidates.filter { $0.source == source }
    }
    guard let key = candidates.first?.key else {
      return [name]
    }
    return [key] + (dependency["extra"]?.strings ?? []).map { "\(key)[\($0)]" }
  }
}
