import AffectedModel
import Foundation
import Testing

@Suite("Deploy waves")
struct DeployWavesTests {
  private static let compose = """
    services:
      nginx:
        image: nginx:1.27
        depends_on: [backend]
      backend:
        image: example/backend:1
        depends_on:
          db:
            condition: service_healthy
          redis:
            condition: service_started
      db:
        image: postgres:16
      redis:
        image: redis:7
    """

  private func impact(head: String, deployDependsOn: [String: [String]] = [:]) -> DeployImpact {
    let catalog = { (text: String) in
      DeployCatalog(
        discoveringIn: MemoryFileSource(["compose.yml": text]), kubernetes: [],
        deployDependsOn: deployDependsOn)
    }
    return DeployImpact(
      base: catalog(Self.compose), head: catalog(head), affectedImages: [],
      images: DeployImageIndex(images: []), changedPaths: ["compose.yml"])
  }

  @Test("dependencies first: db and redis, then backend, then nginx")
  func allUnits() throws {
    let head = Self.compose.replacingOccurrences(of: "backend:1", with: "backend:2")
      .replacingOccurrences(of: "nginx:1.27", with: "nginx:1.28")
      .replacingOccurrences(of: "postgres:16", with: "postgres:17")
      .replacingOccurrences(of: "redis:7", with: "redis:8")
    #expect(
      try impact(head: head).waves() == [
        ["compose.yml:db", "compose.yml:redis"], ["compose.yml:backend"], ["compose.yml:nginx"],
      ])
  }

  @Test("a unit that does not deploy still orders the units around it")
  func throughIdleUnit() throws {
    let head = Self.compose.replacingOccurrences(of: "nginx:1.27", with: "nginx:1.28")
      .replacingOccurrences(of: "postgres:16", with: "postgres:17")
    #expect(try impact(head: head).waves() == [["compose.yml:db"], ["compose.yml:nginx"]])
  }

  @Test("a cycle through deployDependsOn is reported")
  func cycle() throws {
    let head = Self.compose.replacingOccurrences(of: "nginx:1.27", with: "nginx:1.28")
      .replacingOccurrences(of: "postgres:16", with: "postgres:17")
    #expect(throws: DependencyCycle(nodes: ["compose.yml:db", "compose.yml:nginx"])) {
      try impact(head: head, deployDependsOn: ["db": ["nginx"]]).waves()
    }
  }
}
