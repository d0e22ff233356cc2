import AffectedOutput
import AffectedPlanner
import Foundation
import Testing

@Suite("GitHub matrix")
struct GitHubMatrixTests {
  private func include(_ text: String) throws -> [[String: Any]] {
    try #require(PlanFixtures.object(text)["include"] as? [[String: Any]])
  }

  @Test(
    "The matrix includes the affected images only, by wave then id, with every field a job needs")
  func entries() throws {
    let entries = try include(GitHubMatrix(plan: PlanFixtures.sample).json())
    #expect(
      entries.compactMap { $0["id"] as? String } == [
        "compose.yaml:base", "compose.yaml:web", "dockerfile:api/Dockerfile",
      ])
    for key in [
      "id", "name", "context", "dockerfile", "target", "args", "image", "tags", "wave", "needs",
    ] {
      #expect(entries.allSatisfy { $0[key] != nil }, "\(key)")
    }
    let web = entries[1]
    #expect(web["name"] as? String == "web")
    #expect(web["target"] as? String == "prod")
    #expect(web["wave"] as? Int == 1)
    #expect(web["tags"] as? [String] == ["ghcr.io/acme/web:1a2b3c4", "ghcr.io/acme/web:main"])
    #expect(web["platforms"] as? [String] == ["linux/amd64", "linux/arm64"])
  }

  @Test("needs lists only the affected images built on; links to unaffected ones are dropped")
  func needs() throws {
    let entries = try include(GitHubMatrix(plan: PlanFixtures.sample).json())
    #expect(entries[0]["needs"] as? [String] == [])
    #expect(entries[1]["needs"] as? [String] == ["compose.yaml:base"])
    #expect(
      entries[1]["buildContexts"] as? String
        == "acme/base=docker-image://ghcr.io/acme/base:1a2b3c4\nshared=shared")
    #expect(entries[1]["buildArgs"] as? String == "NODE=22\nMSG=it's a \"test\" $HOME")
  }

  @Test("One wave, or an empty include for a wave that does not exist")
  func oneWave() throws {
    let matrix = GitHubMatrix(plan: PlanFixtures.sample)
    #expect(try include(matrix.json(wave: 1)).compactMap { $0["wave"] as? Int } == [1, 1])
    #expect(try include(matrix.json(wave: 5)).isEmpty)
  }
}
