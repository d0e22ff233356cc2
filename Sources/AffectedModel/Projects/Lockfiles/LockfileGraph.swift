/// A lockfile as a graph: packages and local members as nodes, resolved dependencies as edges.
///
/// Each parser builds one; ``resolvedDependencies()`` then walks it the same way for every format.
struct LockfileGraph: Sendable {
  /// One node: an external package, a local member, or a step with no package of its own (an
  /// extra's dependencies, a link to a member).
  struct Node: Sendable {
    /// The package the node stands for; `nil` for members and steps.
    var package: ResolvedPackage?
    /// Whether the node is a local member; a walk stops at members other than its start.
    var isLocal = false
    /// The keys of the nodes it depends on.
    var dependencies: [String] = []
  }

  /// The nodes by key.
  var nodes: [String: Node] = [:]
  /// The node key of each member.
  var members: [LockfileMember: String] = [:]

  /// For each member, the external packages it depends on, directly or through others, sorted.
  ///
  /// A walk does not go through other members: their own dependencies are
  /// theirs, and reach their dependants through the project graph. A key with no node is kept as
  /// a package named after the key, so that a change to it still shows.
  ///
  /// Each package's closure is computed once, component by component (packages may depend on
  /// each other in cycles), as a bit set over the sorted packages; members then join the
  /// closures of what they depend on.
  func resolvedDependencies() -> [LockfileMember: [ResolvedPackage]] {
    var nodes = self.nodes
    for key in Set(nodes.values.flatMap(\.dependencies)) where nodes[key] == nil {
      nodes[key] = Node(
        package: ResolvedPackage(name: key, version: "", source: "not in the lockfile"))
    }
    let keys = Array(nodes.keys)
    let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    let packages = Set(nodes.values.compactMap(\.package)).sorted()
    let rank = Dictionary(uniqueKeysWithValues: packages.enumerated().map { ($1, $0) })
    // Edges into members are cut: a walk stops there.
    let successors = keys.map { key in
      (nodes[key]?.dependencies ?? []).compactMap { index[$0] }.filter {
        !(nodes[keys[$0]]?.isLocal ?? false)
      }
    }
    var closures = Array(repeating: PackageBits(capacity: packages.count), count: keys.count)
    var componentOf = Array(repeating: -1, count: keys.count)
    for (number, component) in StronglyConnectedComponents.of(successors).enumerated() {
      var bits = PackageBits(capacity: packages.count)
      for node in component {
        componentOf[node] = number
      }
      for node in component {
        if let package = nodes[keys[node]]?.package, let position = rank[package] {
          bits.insert(position)
        }
        for successor in successors[node] where componentOf[successor] != number {
          bits.formUnion(closures[successor])
        }
      }
      for node in component {
        closures[node] = bits
      }
    }
    return members.mapValues { start in
      var bits = PackageBits(capacity: packages.count)
      for successor in index[start].map({ successors[$0] }) ?? [] {
        bits.formUnion(closures[successor])
      }
      return bits.elements.map { packages[$0] }
    }
  }
}
