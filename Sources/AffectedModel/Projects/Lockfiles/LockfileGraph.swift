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

  /// For each member, the external packages it depends on, directly or through other external
  /// packages. A walk does not go through other members: their own dependencies are theirs, and
  /// reach their dependants through the project graph. A key with no node is kept as a package
  /// named after the key, so that a change to it still shows.
  func resolvedDependencies() -> [LockfileMember: Set<ResolvedPackage>] {
    members.mapValues { start in
      var packages: Set<ResolvedPackage> = []
      var seen: Set<String> = [start]
      var stack = nodes[start]?.dependencies ?? []
      while let key = stack.popLast() {
        guard seen.insert(key).inserted else {
          continue
        }
        guard let node = nodes[key] else {
          packages.insert(ResolvedPackage(name: key, version: "", source: "not in the lockfile"))
          continue
        }
        if node.isLocal {
          continue
        }
        if let package = node.package {
          packages.insert(package)
        }
        stack += node.dependencies
      }
      return packages
    }
  }
}
