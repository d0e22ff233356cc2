import AffectedPlanner
import AffectedTestSupport
import Foundation
import Testing

/// The four workspace fixtures: a library used by two services, each built into an image from
/// the repository root.
@Suite("Projects, libraries and affected.yml in the plan", .serialized)
struct WorkspaceImpactTests {
  /// A fixture, its library, the two services that use it, and their images.
  struct Workspace: CustomStringConvertible, Sendable {
    var fixture: String
    var library: String
    var libraryFile: String
    var services: [String]
    var images: [String]
    /// Other projects that depend on the library (examples, tools).
    var others: [String] = []
    var description: String { fixture }
  }

  static let workspaces = [
    Workspace(
      fixture: "uv-workspace", library: "libs/common",
      libraryFile: "libs/common/src/shop_common/money.py",
      services: ["services/api", "services/worker"],
      images: ["compose.yml:api", "compose.yml:worker"]),
    Workspace(
      fixture: "pnpm-workspace", library: "packages/ui", libraryFile: "packages/ui/src/index.js",
      services: ["services/admin", "services/web"],
      images: ["compose.yml:admin", "compose.yml:web"], others: ["packages/ui/examples/demo"]),
    Workspace(
      fixture: "go-workspace", library: "libs/kit", libraryFile: "libs/kit/logx/logx.go",
      services: ["services/api", "services/worker"],
      images: ["compose.yml:api", "compose.yml:worker"]),
    Workspace(
      fixture: "cargo-workspace", library: "crates/core", libraryFile: "crates/core/src/lib.rs",
      services: ["services/api", "services/worker"],
      images: ["compose.yml:api", "compose.yml:worker"]),
  ]

  /// The ids of the affected projects of `analysis`, sorted.
  private static func affectedProjects(_ analysis: ImpactAnalysis) -> [String] {
    analysis.projects.reasons.keys.sorted()
  }

  @Test(
    "a library file change affects the library, its dependants and their images",
    .scratchDirectory, arguments: workspaces)
  func libraryChange(_ workspace: Workspace) throws {
    let analysis = try ImpactScenario(fixture: workspace.fixture).analyse {
      try $0.append(workspace.libraryFile, "\n// changed\n")
    }
    #expect(
      Self.affectedProjects(analysis)
        == ([workspace.library] + workspace.services + workspace.others).sorted())
    let library = try #require(analysis.projects.graph.project(withID: workspace.library))
    #expect(library.kind == .library)
    for service in workspace.services {
      #expect(
        analysis.projects.reasons[service]?.contains(
          "it depends on \(workspace.library), which is affected") == true)
    }
    #expect(analysis.waves == [workspace.images])
  }

  @Test(
    "the plan lists every project once, in byte order of ids, affected or not",
    .scratchDirectory, arguments: workspaces)
  func planProjects(_ workspace: Workspace) throws {
    let analysis = try ImpactScenario(fixture: workspace.fixture).analyse {
      try $0.append(workspace.libraryFile, "\n// changed\n")
    }
    let planned = analysis.plan.projects
    let ids = planned.map(\.id)
    #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(Set(ids).count == ids.count)
    #expect(Set(ids) == Set(analysis.projects.graph.projects.map(\.id)))
    #expect(Set(planned.filter(\.affected).map(\.id)) == Set(Self.affectedProjects(analysis)))
  }

  @Test(
    "a change affected.yml ignores affects nothing; a global match affects everything",
    .scratchDirectory, arguments: workspaces)
  func ignoreAndGlobal(_ workspace: Workspace) throws {
    let scenario = try ImpactScenario(
      fixture: workspace.fixture,
      files: ["affected.yml": "ignore: ['\(workspace.library)/**']\nglobal: ['ci/**']\n"])
    let ignored = try scenario.analyse { try $0.append(workspace.libraryFile, "\n// x\n") }
    #expect(ignored.waves.isEmpty)
    #expect(Self.affectedProjects(ignored).isEmpty)
    let global = try scenario.analyse { try $0.write("ci/pipeline.yml", "steps: []\n") }
    #expect(global.waves.flatMap { $0 }.sorted() == workspace.images)
    #expect(Self.affectedProjects(global) == global.projects.graph.projects.map(\.id).sorted())
  }
}

@Suite("Lockfiles and environments in the plan", .scratchDirectory)
struct LockfileImpactTests {
  @Test("a uv.lock bump of a package one member uses marks only that member's project")
  func uvBump() throws {
    let analysis = try ImpactScenario(fixture: "uv-workspace").analyse {
      let text = try $0.read("uv.lock")
      try $0.write(
        "uv.lock",
        text.replacing(
          "name = \"redis\"\nversion = \"5.1.0\"", with: "name = \"redis\"\nversion = \"5.2.0\""))
    }
    #expect(analysis.projects.reasons.keys.sorted() == ["services/worker"])
    // Both images copy uv.lock, so both rebuild: they read it.
    #expect(analysis.waves == [["compose.yml:api", "compose.yml:worker"]])
  }

  @Test("a pnpm-lock.yaml bump of a package one member uses marks only that member's project")
  func pnpmBump() throws {
    let analysis = try ImpactScenario(fixture: "pnpm-workspace").analyse {
      let text = try $0.read("pnpm-lock.yaml")
      try $0.write(
        "pnpm-lock.yaml",
        text.replacing("koa@2.15.3", with: "koa@2.16.0")
          .replacing("version: 2.15.3", with: "version: 2.16.0"))
    }
    #expect(analysis.projects.reasons.keys.sorted() == ["services/admin"])
  }

  @Test("an environment of affected.yml merges a base and a prod compose file")
  func environments() throws {
    let scenario = try ImpactScenario(files: [
      "docker-compose.yml": "services:\n  api:\n    build: api\n",
      "docker-compose.prod.yml": "services:\n  api:\n    build:\n      target: prod\n",
      "api/Dockerfile":
        "FROM alpine AS dev\nCOPY dev.txt /\nFROM alpine AS prod\nCOPY prod.txt /\n",
      "api/dev.txt": "dev\n", "api/prod.txt": "prod\n",
      "affected.yml": "environments:\n  prod: [docker-compose.yml, docker-compose.prod.yml]\n",
    ])
    let dev = try scenario.analyse { try $0.write("api/dev.txt", "changed\n") }
    #expect(dev.catalog.images.map(\.id) == ["docker-compose.yml:api"])
    #expect(dev.catalog.images.first?.target == "prod")
    #expect(dev.waves.isEmpty)
    let prod = try scenario.analyse { try $0.write("api/prod.txt", "changed\n") }
    #expect(prod.waves == [["docker-compose.yml:api"]])
  }
}

@Suite("Explaining an image through a library", .scratchDirectory)
struct LibraryExplanationTests {
  @Test("a library file reaches an image through the library")
  func chain() throws {
    let analysis = try ImpactScenario(fixture: "uv-workspace").analyse {
      try $0.append("libs/common/src/shop_common/money.py", "\n# changed\n")
    }
    let image = try #require(analysis.catalog.image(withID: "compose.yml:api"))
    let explanation = try #require(analysis.explanations(of: [image]).first)
    let finding = try #require(
      explanation.findings.first { $0.path == "libs/common/src/shop_common/money.py" })
    #expect(finding.reaches)
    #expect(finding.project == "library libs/common")
  }
}
