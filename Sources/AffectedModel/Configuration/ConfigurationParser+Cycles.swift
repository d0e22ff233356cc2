extension ConfigurationParser {
  /// A `dependsOn` entry: the entry it names and the list item that names it.
  struct Dependency {
    /// The entry depended on, as the graph names it.
    var target: String
    /// The item of the `dependsOn` list, for errors.
    var node: ConfigurationNode
  }

  /// The walk looking for a cycle: the entries entered, and the dependency followed out of each.
  private struct Walk {
    var entries: [String] = []
    var followed: [Dependency] = []
    var finished: Set<String> = []
  }

  /// Rejects a circle among `dependencies` (entry → what it depends on); targets that are not
  /// entries are leaves.
  ///
  /// - Throws: a dependency-cycle error at the item where the cycle's smallest entry names the
  ///   next one, the cycle starting at that entry.
  func checkCycles(_ dependencies: [String: [Dependency]]) throws(ConfigurationError) {
    var walk = Walk()
    for start in dependencies.keys.sorted() {
      guard let (entries, followed) = cycle(from: start, in: dependencies, walk: &walk) else {
        continue
      }
      let first = entries.indices.min { entries[$0] < entries[$1] } ?? entries.startIndex
      let ordered = Array(entries[first...] + entries[..<first])
      throw followed[first].node.error(.dependencyCycle(ordered))
    }
  }

  /// A cycle reachable from `entry` depth first: its entries, and the dependency followed out of
  /// each.
  private func cycle(
    from entry: String, in dependencies: [String: [Dependency]], walk: inout Walk
  ) -> ([String], [Dependency])? {
    if let position = walk.entries.firstIndex(of: entry) {
      return (Array(walk.entries[position...]), Array(walk.followed[position...]))
    }
    guard !walk.finished.contains(entry), let edges = dependencies[entry] else {
      return nil
    }
    walk.entries.append(entry)
    for edge in edges {
      walk.followed.append(edge)
      if let found = cycle(from: edge.target, in: dependencies, walk: &walk) {
        return found
      }
      walk.followed.removeLast()
    }
    walk.entries.removeLast()
    walk.finished.insert(entry)
    return nil
  }
}
