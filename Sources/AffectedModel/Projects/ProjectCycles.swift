/// Finds the dependency cycles among projects: Tarjan's strongly connected components, walked
/// with an explicit stack so that long chains cannot overflow the call stack.
enum ProjectCycles {
  /// The components of more than one project, each sorted, ordered by their first id.
  static func find(in projects: [Project]) -> [[String]] {
    let ids = projects.map(\.id)
    let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let successors = projects.map { $0.dependsOn.compactMap { index[$0] } }
    var order = Array(repeating: -1, count: ids.count)
    var low = Array(repeating: 0, count: ids.count)
    var onStack = Array(repeating: false, count: ids.count)
    var stack: [Int] = []
    var counter = 0
    var components: [[String]] = []
    for start in ids.indices where order[start] < 0 {
      // Each frame is a node and the position of the next successor to visit.
      var frames = [(node: start, next: 0)]
      order[start] = counter
      low[start] = counter
      counter += 1
      stack.append(start)
      onStack[start] = true
      while let frame = frames.last {
        let node = frame.node
        if frame.next < successors[node].count {
          frames[frames.count - 1].next += 1
          let successor = successors[node][frame.next]
          if order[successor] < 0 {
            order[successor] = counter
            low[successor] = counter
            counter += 1
            stack.append(successor)
            onStack[successor] = true
            frames.append((successor, 0))
          } else if onStack[successor] {
            low[node] = min(low[node], order[successor])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last?.node {
          low[parent] = min(low[parent], low[node])
        }
        if low[node] == order[node] {
          var component: [String] = []
          while let member = stack.popLast() {
            onStack[member] = false
            component.append(ids[member])
            if member == node {
              break
            }
          }
          if component.count > 1 {
            components.append(component.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
          }
        }
      }
    }
    return components.sorted { $0[0].utf8.lexicographicallyPrecedes($1[0].utf8) }
  }
}
