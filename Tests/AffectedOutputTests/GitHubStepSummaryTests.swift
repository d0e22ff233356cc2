import AffectedOutput
import AffectedPlanner
import Testing

@Suite("GitHub step summary")
struct GitHubStepSummaryTests {
  private func tableRows(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| wave") && !$0.hasPrefix("| ---")
    }
  }

  @Test("A table row per image to build and a Mermaid graph of their dependencies")
  func tableAndGraph() {
    let markdown = GitHubStepSummary(plan: PlanFixtures.sample).markdown()
    #expect(markdown.hasPrefix("### affected: 3 images to build in 2 waves"))
    let rows = tableRows(markdown)
    #expect(rows.count == 3)
    #expect(rows[1].hasPrefix("| 1 | `compose.yaml:web` | web | `compose.yaml:base` |"))
    let graph = markdown.split(separator: "```mermaid\n").last.map(String.init) ?? ""
    #expect(graph.split(separator: "\n").filter { $0.contains(" --> ") }.count == 2)
    #expect(markdown.contains("reused: `compose.yaml:tools`"))
    #expect(markdown.contains("removed: `compose.yaml:old`"))
  }

  @Test("Past Mermaid's edge limit the graph is described instead of drawn")
  func mermaidLimit() {
    let markdown = GitHubStepSummary(plan: PlanFixtures.sample, mermaidEdges: 1).markdown()
    #expect(!markdown.contains("```mermaid"))
    #expect(markdown.contains("2 dependencies is not drawn"))
    let characters = GitHubStepSummary(plan: PlanFixtures.sample, mermaidCharacters: 20)
    #expect(!characters.markdown().contains("```mermaid"))
  }

  @Test("Past the summary size limit rows are left out and counted")
  func sizeLimit() {
    let plan = PlanFixtures.flat(600)
    let markdown = GitHubStepSummary(plan: plan, summaryBytes: 40_000).markdown()
    #expect(markdown.utf8.count <= 40_000)
    let shown = tableRows(markdown).count
    #expect(shown > 0 && shown < 600)
    #expect(markdown.contains("\(600 - shown) more images left out"))
    #expect(GitHubStepSummary(plan: plan).markdown().utf8.count <= 1_048_576)
  }

  @Test("Nothing to build says so")
  func empty() {
    let markdown = GitHubStepSummary(plan: PlanFixtures.plan([])).markdown()
    #expect(markdown.hasPrefix("### affected: nothing to build"))
    #expect(tableRows(markdown).isEmpty)
  }
}
