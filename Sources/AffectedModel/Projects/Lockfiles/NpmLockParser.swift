import FoundationEssentials

/// Reads `package-lock.json` (lockfile versions 2 and 3, through its `packages` object) into a
/// ``LockfileGraph``.
///
/// Keys of `packages` are install locations relative to the lockfile's folder: `""` is the
/// root and a key with no `node_modules` element is a workspace member (or a local folder
/// dependency); the others are installed packages. A dependency of the package at location
/// `L` is found as Node.js finds it: in `L/node_modules`, then in the `node_modules` of each
/// folder above. An entry with `"link": true` stands for its `resolved` location.
enum NpmLockParser {
  /// The graph of the `package-lock.json` text `text`, for a lockfile in repository folder
  /// `folder`.
  static func graph(of text: String, folder: String) throws(ManifestSyntaxError) -> LockfileGraph {
    let lock: Lock
    do {
      lock = try JSONDecoder().decode(Lock.self, from: Data(text.utf8))
    } catch {
      throw ManifestSyntaxError(message: "invalid JSON (\(error))", line: nil)
    }
    guard let packages = lock.packages else {
      throw ManifestSyntaxError(
        message: "it has no \"packages\" object (lockfile version 1); run npm install with npm 7 "
          + "or later to upgrade it", line: nil)
    }
    var graph = LockfileGraph()
    for (location, entry) in packages {
      var node = LockfileGraph.Node()
      if entry.link == true {
        node.dependencies = entry.resolved.map { [$0] } ?? []
        graph.nodes[location] = node
        continue
      }
      let isMember = !location.split(separator: "/").contains("node_modules")
      var maps = [entry.dependencies, entry.optionalDependencies, entry.peerDependencies]
      if isMember {
        maps.append(entry.devDependencies)
        node.isLocal = true
        let path = ComposePath(resolving: location, in: folder).repositoryPath
        graph.members[LockfileMember(path: path, name: entry.name)] = location
      } else {
        let name = entry.name ?? installedName(location)
        node.package = ResolvedPackage(
          name: name, version: entry.version ?? "",
          source: [entry.resolved, entry.integrity].compactMap { $0 }.joined(separator: " "))
      }
      for map in maps {
        for name in map?.entries.keys.sorted() ?? [] {
          node.dependencies.append(resolve(name, from: location, packages))
        }
      }
      graph.nodes[location] = node
    }
    return graph
  }

  /// The name a location installs: what follows its last `node_modules/`.
  private static func installedName(_ location: String) -> String {
    guard let range = location.range(of: "node_modules/", options: .backwards) else {
      return location
    }
    return String(location[range.upperBound...])
  }

  /// The location the dependency `name` of the package at `location` is installed at, or `name`
  /// when it is installed nowhere.
  private static func resolve(_ name: String, from location: String, _ packages: [String: Entry])
    -> String
  {
    var folder = Substring(location)
    while true {
      if ComposePath.lastComponent(of: String(folder)) != "node_modules" {
        let candidate = folder.isEmpty ? "node_modules/\(name)" : "\(folder)/node_modules/\(name)"
        if packages[candidate] != nil {
          return candidate
        }
      }
      guard let slash = folder.lastIndex(of: "/") else {
        if folder.isEmpty {
          return name
        }
        folder = ""
        continue
      }
      folder = folder[..<slash]
    }
  }

  // MARK: - JSON

  /// The part of a lockfile read here.
  private struct Lock: Decodable {
    var packages: [String: Entry]?
  }

  /// One entry of `packages`.
  private struct Entry: Decodable {
    var name: String?
    var version: String?
    var resolved: String?
    var integrity: String?
    var link: Bool?
    var dependencies: JSONStringMap?
    var optionalDependencies: JSONStringMap?
    var peerDependencies: JSONStringMap?
    var devDependencies: JSONStringMap?
  }
}
