/// Nodes that depend on each other in a circle, so no order can satisfy them.
public struct DependencyCycle<Node: Hashable & Comparable>: Error, Hashable, CustomStringConvertible {
  /// The cycle: each node depends on the next, and the last on the first.
  public var nodes: [Node]

  /// Creates a cycle error.
  public init(nodes: [Node]) {
    self.nodes = nodes
  }

  public var description: String {
    let names = (nodes + nodes.prefix(1)).map { "\($0)" }
    return "dependency cycle: \(names.joined(separator: " → ")); break one of these dependencies"
  }
}

extension DependencyCycle: Sendable where Node: Sendable {}
