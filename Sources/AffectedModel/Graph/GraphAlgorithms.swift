/// Splits `nodes` into waves with Kahn's algorithm: wave 0 holds the nodes with no dependency among
/// `nodes`, and every node comes in a later wave than everything it depends on. Each wave is sorted, so the
/// result is deterministic. Dependencies outside `nodes` are ignored.
///
/// - Throws: ``DependencyCycle`` with one cycle, in dependency order, when the nodes cannot be ordered.
public func topologicalWaves<Node: Hashable & Comparable>(
  of nodes: some Sequence<Node>, dependencies: (Node) -> [Node]
) throws(DependencyCycle<Node>) -> [[Node]] {
  let members = Set(nodes)
  var remaining: [Node: Int] = [:]
  var dependants: [Node: [Node]] = [:]
  for node in members {
    let inside = Set(dependencies(node).filter { members.contains($0) && $0 != node })
    remaining[node] = inside.count
    for dependency in inside {
      dependants[dependency, default: []].append(node)
    }
    if dependencies(node).contains(node) {
      throw DependencyCycle(nodes: [node])
    }
  }
  var waves: [[Node]] = []
  var current = remaining.filter { $0.value == 0 }.map(\.key).sorted()
  var placed = 0
  while !current.isEmpty {
    waves.append(current)
    placed += current.count
    var next: [Node] = []
    for node in current {
      for dependant in dependants[node, default: []] {
        remaining[dependant, default: 0] -= 1
        if remaining[dependant] == 0 {
          next.append(dependant)
        }
      }
    }
    current = next.sorted()
  }
  guard placed == members.count else {
    let stuck = Set(remaining.filter { $0.value > 0 }.map(\.key))
    throw DependencyCycle(nodes: findCycle(among: stuck, dependencies: dependencies))
  }
  return waves
}

/// Every node reachable from `starts` by following `successors`, the starts included.
public func reachableNodes<Node: Hashable>(
  from starts: some Sequence<Node>, successors: (Node) -> [Node]
) -> Set<Node> {
  var seen = Set(starts)
  var stack = Array(seen)
  while let node = stack.popLast() {
    for next in successors(node) where seen.insert(next).inserted {
      stack.append(next)
    }
  }
  return seen
}

/// One cycle among `nodes`, each of which lies on or leads to a cycle; starts at the smallest node the
/// walk reaches again, so the answer is deterministic.
private func findCycle<Node: Hashable & Comparable>(
  among nodes: Set<Node>, dependencies: (Node) -> [Node]
) -> [Node] {
  guard var node = nodes.min() else { return [] }
  var path: [Node] = []
  var position: [Node: Int] = [:]
  while position[node] == nil {
    position[node] = path.count
    path.append(node)
    guard let next = dependencies(node).filter({ nodes.contains($0) }).min() else { return path }
    node = next
  }
  let cycle = Array(path[(position[node] ?? 0)...])
  guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
  return Array(cycle[smallest...] + cycle[..<smallest])
}
