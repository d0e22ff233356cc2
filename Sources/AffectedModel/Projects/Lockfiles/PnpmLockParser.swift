import Yams

/// Reads `pnpm-lock.yaml` (lockfile versions 5 to 9) into a ``LockfileGraph``, composing the
/// YAML once.
///
/// Each importer (`importers:`, keyed by folder relative to the lockfile; the whole file for a
/// version 5 lockfile of one project) is a member depending on its `dependencies`,
/// `devDependencies` and `optionalDependencies`. Packages are the entries of `snapshots:`
/// (version 9) or `packages:` (earlier), keyed by `name@version(peers)` (`/name@…` in version 6,
/// `/name/version` in version 5), with their `dependencies` and `optionalDependencies`. A
/// dependency's version is a reference: `link:…` to another importer, a full key (aliases), or a
/// version that the key is made from.
enum PnpmLockParser {
  /// The graph of the `pnpm-lock.yaml` text `text`, for a lockfile in repository folder `folder`.
  static func graph(of text: String, folder: String) throws(ManifestSyntaxError) -> LockfileGraph {
    guard let root = try YAMLDocument.root(of: text)?.mapping else {
      return LockfileGraph()
    }
    let metadata = entries(field(root, "packages"))
    let snapshots = field(root, "snapshots").map(entries) ?? metadata
    var graph = LockfileGraph()
    for (key, entry) in snapshots {
      var node = LockfileGraph.Node(package: package(key, metadata: metadata))
      for field in ["dependencies", "optionalDependencies"] {
        for (name, reference) in pairs(self.field(entry, field)) {
          node.dependencies.append(
            self.key(name, reference, importer: nil, folder: folder, snapshots: snapshots))
        }
      }
      graph.nodes[key] = node
    }
    let importers = field(root, "importers").map(entries) ?? [".": root]
    for (path, importer) in importers {
      let member = ComposePath(resolving: path, in: folder).repositoryPath
      let key = "importer:" + (member ?? path)
      var node = LockfileGraph.Node(isLocal: true)
      for field in ["dependencies", "devDependencies", "optionalDependencies"] {
        for (name, reference) in pairs(self.field(importer, field)) {
          node.dependencies.append(
            self.key(name, reference, importer: path, folder: folder, snapshots: snapshots))
        }
      }
      graph.nodes[key] = node
      graph.members[LockfileMember(path: member, name: nil)] = key
    }
    return graph
  }

  /// The entries of a mapping node by their string keys.
  private static func entries(_ node: Node?) -> [String: Node.Mapping] {
    var result: [String: Node.Mapping] = [:]
    for (key, value) in node?.mapping ?? [:] {
      if let name = key.scalar?.string {
        result[name] = value.mapping ?? [:]
      }
    }
    return result
  }

  /// The dependency names and references of a `dependencies` mapping; a reference is the value,
  /// or the `version` of a mapping value (importers of version 6 and later).
  private static func pairs(_ node: Node?) -> [(String, String)] {
    (node?.mapping ?? [:]).compactMap { key, value in
      guard let name = key.scalar?.string,
        let reference = value.scalar?.string ?? field(value.mapping, "version")?.scalar?.string
      else {
        return nil
      }
      return (name, reference)
    }
  }

  /// The node key a dependency's reference leads to.
  private static func key(
    _ name: String, _ reference: String, importer: String?, folder: String,
    snapshots: [String: Node.Mapping]
  ) -> String {
    if reference.hasPrefix("link:") {
      let target = String(reference.dropFirst("link:".count))
      let base = ComposePath(resolving: importer ?? ".", in: folder).repositoryPath ?? folder
      return "importer:" + (ComposePath(resolving: target, in: base).repositoryPath ?? target)
    }
    let candidates = [
      reference, "/" + reference, name + "@" + reference, "/" + name + "@" + reference,
      "/" + name + "/" + reference,
    ]
    return candidates.first { snapshots[$0] != nil } ?? name + "@" + reference
  }

  /// The package a key stands for, with its integrity (or tarball, or commit) from `packages:`.
  ///
  /// Peers (`(react@18.2.0)`) stay part of the version: they change what is installed.
  private static func package(_ key: String, metadata: [String: Node.Mapping]) -> ResolvedPackage {
    let plain = key.hasPrefix("/") ? String(key.dropFirst()) : key
    let peers = plain.firstIndex(of: "(") ?? plain.endIndex
    let bare = String(plain[..<peers])
    // `name@version` from version 6 on (the name may start with `@`), `name/version` before.
    let separator = bare.dropFirst().lastIndex(of: "@") ?? bare.lastIndex(of: "/")
    let name = separator.map { String(bare[..<$0]) } ?? bare
    let version = separator.map { String(plain[plain.index(after: $0)...]) } ?? ""
    let entry = metadata[key] ?? metadata[bare] ?? metadata["/" + bare]
    let resolution = field(entry, "resolution")?.mapping
    let source = ["integrity", "tarball", "commit"].lazy.compactMap {
      field(resolution, $0)?.scalar?.string
    }.first
    return ResolvedPackage(name: name, version: version, source: source ?? "")
  }

  /// The value of `key` in `mapping`, compared as plain text (without resolving tags).
  private static func field(_ mapping: Node.Mapping?, _ key: String) -> Node? {
    mapping?.first { $0.key.scalar?.string == key }?.value
  }
}
