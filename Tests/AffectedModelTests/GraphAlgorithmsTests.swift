import AffectedModel
import Testing

@Suite("Graph algorithms on integer graphs")
struct GraphAlgorithmsTests {
  @Test("A diamond gives three waves, each sorted")
  func diamond() throws {
    let dependencies: [Int: [Int]] = [1: [], 2: [1], 3: [1], 4: [2, 3]]
    let waves = try topologicalWaves(of: [4, 3, 2, 1]) { dependencies[$0] ?? [] }
    #expect(waves == [[1], [2, 3], [4]])
  }

  @Test("Dependencies outside the node set are ignored")
  func outsideDependencies() throws {
    let waves = try topologicalWaves(of: [5, 6]) { $0 == 6 ? [5, 99] : [42] }
    #expect(waves == [[5], [6]])
  }

  @Test("A cycle is reported with its members in order, starting at the smallest")
  func cycle() {
    let dependencies: [Int: [Int]] = [1: [], 2: [3], 3: [4], 4: [2], 5: [2]]
    #expect(throws: DependencyCycle(nodes: [2, 3, 4])) {
      try topologicalWaves(of: [1, 2, 3, 4, 5]) { dependencies[$0] ?? [] }
    }
  }

  @Test("A node that depends on itself is a cycle of one")
  func selfLoop() {
    #expect(throws: DependencyCycle(nodes: [7])) {
      try topologicalWaves(of: [7]) { _ in [7] }
    }
  }

  @Test("Reachability follows successors transitively and includes the starts")
  func reachability() {
    let successors: [Int: [Int]] = [1: [2], 2: [3], 3: [1], 4: [5]]
    #expect(reachableNodes(from: [1]) { successors[$0] ?? [] } == [1, 2, 3])
    #expect(reachableNodes(from: [4]) { successors[$0] ?? [] } == [4, 5])
  }
}
