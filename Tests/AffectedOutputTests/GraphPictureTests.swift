import AffectedOutput
import AffectedPlanner
import Testing

@Suite("Graph pictures")
struct GraphPictureTests {
  @Test("dot: every image a node, an edge per in-repo dependency, affected nodes filled")
  func dot() {
    let dot = GraphPicture(plan: PlanFixtures.sample).dot()
    let lines = dot.split(separator: "\n").map(String.init)
    #expect(lines.first == "digraph affected {")
    #expect(lines.last == "}")
    let nodes = lines.filter { $0.contains("[label=") }
    #expect(nodes.count == 5)
    #expect(nodes.filter { $0.contains("fillcolor") }.count == 3)
    let edges = Set(lines.filter { $0.contains(" -> ") })
    #expect(
      edges == [
        #"  "compose.yaml:base" -> "compose.yaml:web";"#,
        #"  "compose.yaml:base" -> "dockerfile:api/Dockerfile";"#,
        #"  "compose.yaml:tools" -> "compose.yaml:web";"#,
      ])
  }

  @Test("mermaid: nodes, edges, and the affected class on the affected nodes only")
  func mermaid() throws {
    let mermaid = GraphPicture(plan: PlanFixtures.sample).mermaid()
    let lines = mermaid.split(separator: "\n").map(String.init)
    #expect(lines.first == "flowchart LR")
    #expect(lines.filter { $0.contains("[\"") }.count == 5)
    #expect(lines.filter { $0.contains(" --> ") }.count == 3)
    let classLine = try #require(lines.first { $0.hasPrefix("  class ") })
    #expect(classLine == "  class n0,n1,n2 affected")
  }

  @Test("Labels that Mermaid or dot would read as markup are escaped")
  func escaping() {
    let plan = PlanFixtures.plan([
      PlanFixtures.image("q", name: #"a "b" <c> #d"#, wave: 0)
    ])
    #expect(GraphPicture(plan: plan).mermaid().contains(#"n0["a #34;b#34; #60;c#62; #35;d"]"#))
    #expect(GraphPicture(plan: plan).dot().contains(#"label="a \"b\" <c> #d""#))
  }
}
