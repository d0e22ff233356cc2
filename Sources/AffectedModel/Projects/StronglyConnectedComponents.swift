/// Tarjan's strongly connected components of a graph of integer nodes, walked with an explicit
/// stack so that long chains cannot overflow the call stack.
enum StronglyConnectedComponents {
  /// The components of the graph whose node `n` leads to the nodes `successors[n]`.
  ///
  /// Components come in the order Tarjan's algorithm completes them: every component comes after
  /// the components its nodes lead to, so closures can be built in one pass over the result.
  static func of(_ successors: [[Int]]) -> [[Int]] {
    var order = Array(repeating: -1, count: successors.count)
    var low = Array(repeating: 0, count: successors.count)
    var onStack = Array(repeating: false, count: successors.count)
    var stack: [Int] = []
    var counter = 0
    var components: [[Int]] = []
    for start in successors.indices where order[start] < 0 {
      // Each frame is a node and the position of the next successor to visit.
      var frames: [(node: Int, next: Int)] = []
      func enter(_ node: Int) {
        order[node] = counter
        low[node] = counter
        counter += 1
        stack.append(node)
        onStack[node] = true
        frames.append((node, 0))
      }
      enter(start)
      while let frame = frames.last {
        let node = frame.node
        if frame.next < successors[node].count {
          frames[frames.count - 1].next += 1
          let successor = successors[node][frame.next]
          if order[successor] < 0 {
            enter(successor)
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
          var component: [Int] = []
          while let member = stack.popLast() {
            onStack[member] = false
            component.append(member)
            if member == node {
              break
            }
          }
          components.append(component)
        }
      }
    }
    return components
  }
}
