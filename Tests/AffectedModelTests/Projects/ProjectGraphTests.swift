import AffectedModel
import Testing

@Suite("Project graph")
struct ProjectGraphTests {
  private static func graph(_ dependencies: [String: [String]]) -> ProjectGraph {
    ProjectGraph(projects: dependencies.map { Project(id: $0.key, dependsOn: $0.value) })
  }

  @Test("a file belongs to the innermost project; the root owns only what no member owns")
  func ownership() {
    let graph = Self.graph(["": [], "libs": [], "libs/common": [], "services/api": []])
    #expect(graph.owner(of: "libs/common/src/util.py") == "libs/common")
    #expect(graph.owner(of: "libs/common") == "libs/common")
    #expect(graph.owner(of: "libs/commonplace/x.py") == "libs")
    #expect(graph.owner(of: "libs/README.md") == "libs")
    #expect(graph.owner(of: "services/api/main.py") == "services/api")
    #expect(graph.owner(of: "services/web/main.py") == "")
    #expect(graph.owner(of: "compose.yml") == "")
    #expect(Self.graph(["services/api": []]).owner(of: "compose.yml") == nil)
  }

  @Test("dependants, kinds and transitive closures")
  func closures() {
    let graph = Self.graph([
      "libs/base": [], "libs/common": ["libs/base"], "services/api": ["libs/common", "nowhere"],
      "services/worker": ["libs/common"], "tools": [],
    ])
    #expect(graph.dependants(of: "libs/common") == ["services/api", "services/worker"])
    #expect(graph.project(withID: "libs/base")?.kind == .library)
    #expect(graph.project(withID: "services/api")?.kind == .project)
    #expect(graph.project(withID: "services/api")?.dependsOn == ["libs/common"])
    #expect(
      graph.withTransitiveDependants(of: ["libs/base"])
        == ["libs/base", "libs/common", "services/api", "services/worker"])
    #expect(graph.withTransitiveDependants(of: ["tools"]) == ["tools"])
    #expect(graph.transitiveDependencies(of: "services/api") == ["libs/base", "libs/common"])
    #expect(graph.cycles.isEmpty)
  }

  @Test("dependency cycles terminate every walk and are reported")
  func cycles() {
    let graph = Self.graph([
      "a": ["b"], "b": ["c"], "c": ["a"], "d": ["d", "a"], "e": ["f"], "f": ["e"], "g": [],
    ])
    #expect(graph.cycles == [["a", "b", "c"], ["e", "f"]])
    #expect(graph.withTransitiveDependants(of: ["a"]) == ["a", "b", "c", "d"])
    #expect(graph.transitiveDependencies(of: "a") == ["a", "b", "c"])
    #expect(graph.project(withID: "d")?.dependsOn == ["a"])
  }

  @Test("declared projects add folders and dependencies; bad declarations are diagnostics")
  func declarations() throws {
    let graph = ProjectFixtures.graph(
      [
        "libs/common/pyproject.toml": "[project]\nname = \"common\"\n",
        "proto/api.proto": "", "services/api/main.cc": "",
      ],
      extra: [
        ProjectDeclaration(path: "./proto/", file: "affected.yml", line: 3),
        ProjectDeclaration(
          path: "services/api", dependsOn: ["proto", "libs/common/", "docs"], file: "affected.yml",
          line: 5),
        ProjectDeclaration(path: "libs/common", dependsOn: ["proto"]),
        ProjectDeclaration(path: "../outside", file: "affected.yml", line: 9),
      ])
    #expect(
      graph.edges == [
        "libs/common": ["proto"], "proto": [], "services/api": ["libs/common", "proto"],
      ])
    #expect(graph.project(withID: "libs/common")?.ecosystems == [.python, .declared])
    #expect(graph.project(withID: "proto")?.ecosystems == [.declared])
    #expect(
      graph.problems == [
        "affected.yml:5: warning: the project 'services/api' depends on 'docs', which is not a "
          + "project; declare it as a project or fix the path",
        "affected.yml:9: warning: the project path '../outside' leaves the repository; use a "
          + "path inside the repository",
      ])
  }

  @Test("a manifest cycle among workspace members is data, not a hang")
  func manifestCycle() {
    let graph = ProjectFixtures.graph([
      "package.json": #"{"workspaces": ["packages/*"]}"#,
      "packages/a/package.json": #"{"name": "a", "dependencies": {"b": "*"}}"#,
      "packages/b/package.json": #"{"name": "b", "dependencies": {"a": "*"}}"#,
    ])
    #expect(graph.cycles == [["packages/a", "packages/b"]])
    #expect(graph.withTransitiveDependants(of: ["packages/a"]) == ["packages/a", "packages/b"])
  }

  @Test("ownership of 100,000 paths among 1,000 projects", .timeLimit(.minutes(1)))
  func manyPaths() {
    var projects = (0..<100).map { Project(id: "libs/lib\($0)") }
    projects += (0..<900).map { index in
      Project(id: "services/team\(index % 30)/svc\(index)", dependsOn: ["libs/lib\(index % 100)"])
    }
    let graph = ProjectGraph(projects: projects + [Project(id: "")])
    var owners: [String: Int] = [:]
    for index in 0..<100_000 {
      let path =
        index % 10 == 0
        ? "docs/page\(index).md"
        : index % 2 == 0
          ? "libs/lib\(index % 100)/src/deep/module\(index).py"
          : "services/team\(index % 900 % 30)/svc\(index % 900)/app/file\(index).go"
      owners[graph.owner(of: path) ?? "none", default: 0] += 1
    }
    #expect(owners[""] == 10_000)
    #expect(owners["libs/lib2"] == 1_000)
    #expect(owners["services/team1/svc1"] == 112)
    #expect(owners.values.reduce(0, +) == 100_000)
    #expect(graph.projects.filter { $0.kind == .library }.count == 100)
    #expect(graph.withTransitiveDependants(of: ["libs/lib7"]).count == 10)
  }

  @Test(
    "a project's own id and unknown ids are dropped from its dependencies, others kept in order")
  func droppedDependencies() {
    let graph = ProjectGraph(projects: [
      Project(id: "b", dependsOn: ["a", "b", "x", "a"]), Project(id: "a", dependsOn: ["a"]),
      Project(id: "c", dependsOn: ["b", "a"]),
    ])
    #expect(graph.projects.map(\.id) == ["a", "b", "c"])
    #expect(graph.projects.map(\.dependsOn) == [[], ["a", "a"], ["b", "a"]])
    #expect(graph.projects.map(\.kind) == [.library, .library, .project])
    #expect(graph.dependants(of: "a") == ["b", "c"])
    #expect(graph.dependants(of: "x").isEmpty)
    #expect(graph.cycles.isEmpty)
  }
}
