import AffectedPlanner

/// A drawable graph of images: nodes with labels, and edges from each image to the images built on
/// it.
struct ImageGraph {
  /// One image to draw.
  struct Node {
    /// The image id.
    var id: String
    /// Its label: its name, or its id when another node has the same name.
    var label: String
    /// Whether it is drawn highlighted (affected).
    var highlighted: Bool
  }

  /// The nodes, in the order given.
  var nodes: [Node]
  /// Edges by node index, from an image to one built on it, sorted.
  var edges: [(from: Int, to: Int)]

  /// The graph of `images`, with an edge for each of their `needs` among them.
  init(images: [PlannedImage], needs: (PlannedImage) -> [String]) {
    var nameCounts: [String: Int] = [:]
    for image in images {
      nameCounts[image.name, default: 0] += 1
    }
    nodes = images.map { image in
      let unique = nameCounts[image.name] == 1 && !image.name.isEmpty
      return Node(id: image.id, label: unique ? image.name : image.id, highlighted: image.affected)
    }
    var index: [String: Int] = [:]
    for (position, image) in images.enumerated() where index[image.id] == nil {
      index[image.id] = position
    }
    var edges: [(from: Int, to: Int)] = []
    for (position, image) in images.enumerated() {
      for base in Set(needs(image)).sorted() {
        if let from = index[base], from != position {
          edges.append((from, position))
        }
      }
    }
    self.edges = edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
  }

  /// A Mermaid flowchart, left to right, highlighted nodes filled.
  var mermaid: String {
    var lines = ["flowchart LR"]
    for (position, node) in nodes.enumerated() {
      lines.append("  n\(position)[\"\(Self.mermaidText(node.label))\"]")
    }
    for edge in edges {
      lines.append("  n\(edge.from) --> n\(edge.to)")
    }
    let highlighted = nodes.indices.filter { nodes[$0].highlighted }.map { "n\($0)" }
    if !highlighted.isEmpty {
      lines.append("  classDef affected fill:#fde68a,stroke:#b45309,stroke-width:2px")
      lines.append("  class \(highlighted.joined(separator: ",")) affected")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Graphviz digraph, left to right, highlighted nodes filled.
  var dot: String {
    var lines = ["digraph affected {", "  rankdir=LR;", "  node [shape=box];"]
    for node in nodes {
      var attributes = "label=\(Self.dotText(node.label)), tooltip=\(Self.dotText(node.id))"
      if node.highlighted {
        attributes += ", style=filled, fillcolor=\"#fde68a\", color=\"#b45309\""
      }
      lines.append("  \(Self.dotText(node.id)) [\(attributes)];")
    }
    for edge in edges {
      lines.append("  \(Self.dotText(nodes[edge.from].id)) -> \(Self.dotText(nodes[edge.to].id));")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` for a quoted Mermaid label: characters Mermaid would read as markup become entity
  /// codes.
  private static func mermaidText(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "#", "<", ">", "&", "`", "\\": output += "#\(scalar.value);"
      case "\n", "\r", "\t": output += " "
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// `text` as a Graphviz quoted string.
  private static func dotText(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r", "\t": output += " "
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
