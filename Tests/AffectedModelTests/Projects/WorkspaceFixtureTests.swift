import AffectedModel
import Testing

@Suite("Workspace fixtures")
struct WorkspaceFixtureTests {
  /// What each workspace fixture holds: a library used by two services built from the root.
  struct Workspace: Sendable, CustomTestStringConvertible {
    var fixture: String
    var library: String
    var libraryFile: String
    var dependants: [String]
    /// Each service's project, its image and one of its source files.
    var services: [(project: String, image: String, file: String)]
    var rootManifests: [String]
    var lockfile: String
    /// The projects of the members the lockfile records.
    var lockfileMembers: [String]

    var testDescription: String { fixture }
  }

  static let workspaces = [
    Workspace(
      fixture: "uv-workspace", library: "libs/common",
      libraryFile: "libs/common/src/shop_common/money.py",
      dependants: ["services/api", "services/worker"],
      services: [
        ("services/api", "compose.yml:api", "services/api/src/shop_api/app.py"),
        ("services/worker", "compose.yml:worker", "services/worker/src/shop_worker/main.py"),
      ], rootManifests: ["pyproject.toml"], lockfile: "uv.lock",
      lockfileMembers: ["", "libs/common", "services/api", "services/worker"]),
    Workspace(
      fixture: "pnpm-workspace", library: "packages/ui", libraryFile: "packages/ui/src/index.js",
      dependants: ["packages/ui/examples/demo", "services/admin", "services/web"],
      services: [
        ("services/admin", "compose.yml:admin", "services/admin/src/server.js"),
        ("services/web", "compose.yml:web", "services/web/src/server.js"),
      ], rootManifests: ["package.json", "pnpm-workspace.yaml"], lockfile: "pnpm-lock.yaml",
      lockfileMembers: ["", "packages/ui", "services/admin", "services/web"]),
    Workspace(
      fixture: "go-workspace", library: "libs/kit", libraryFile: "libs/kit/logx/logx.go",
      dependants: ["services/api", "services/worker"],
      services: [
        ("services/api", "compose.yml:api", "services/api/main.go"),
        ("services/worker", "compose.yml:worker", "services/worker/main.go"),
      ], rootManifests: ["go.work"], lockfile: "go.work.sum", lockfileMembers: []),
    Workspace(
      fixture: "cargo-workspace", library: "crates/core", libraryFile: "crates/core/src/lib.rs",
      dependants: ["services/api", "services/worker"],
      services: [
        ("services/api", "compose.yml:api", "services/api/src/main.rs"),
        ("services/worker", "compose.yml:worker", "services/worker/src/main.rs"),
      ], rootManifests: ["Cargo.toml"], lockfile: "Cargo.lock",
      lockfileMembers: ["crates/core", "services/api", "services/worker"]),
  ]

  @Test("the library, its dependants and the workspace root", arguments: workspaces)
  func projects(workspace: Workspace) throws {
    let source = DirectoryFileSource.fixture(workspace.fixture)
    let graph = ProjectGraph(discoveringIn: source)
    #expect(graph.problems == [])
    let library = try #require(graph.project(withID: workspace.library))
    #expect(library.kind == .library)
    #expect(graph.dependants(of: workspace.library) == workspace.dependants)
    for service in workspace.services {
      #expect(graph.project(withID: service.project)?.dependsOn == [workspace.library])
      #expect(graph.project(withID: service.project)?.kind == .project)
      #expect(graph.owner(of: service.file) == service.project)
    }
    #expect(graph.owner(of: workspace.libraryFile) == workspace.library)
    let root = try #require(graph.project(withID: ""))
    #expect(root.manifests == workspace.rootManifests)
    #expect(
      Set(root.workspaceMembers) == Set([workspace.library] + workspace.services.map(\.project)))
    #expect(graph.owner(of: workspace.lockfile) == "")
    #expect(graph.owner(of: "compose.yml") == "")
    #expect(
      graph.projects(coveredBy: workspace.lockfile)
        == [""] + ([workspace.library] + workspace.services.map(\.project)).sorted())
    let lockfile = try #require(
      LockfileResolution(file: workspace.lockfile, text: try source.text(of: workspace.lockfile)))
    #expect(lockfile.diagnostics == [])
    let members = LockfileChange.members(lockfile.dependencies.keys.sorted())
    #expect(
      graph.projects(affectedBy: members, in: workspace.lockfile) == workspace.lockfileMembers)
  }

  @Test(
    "each service's image reads the library, its own folder and not the other service",
    arguments: workspaces)
  func images(workspace: Workspace) throws {
    let source = DirectoryFileSource.fixture(workspace.fixture)
    let catalog = ImageCatalog(discoveringIn: source)
    #expect(catalog.diagnostics.isEmpty)
    #expect(catalog.images.map(\.id).sorted() == workspace.services.map(\.image).sorted())
    for (index, service) in workspace.services.enumerated() {
      let image = try #require(catalog.image(withID: service.image))
      let definition = ImageDefinition(of: image, in: source, catalog: catalog)
      #expect(definition.uncertainReasons.isEmpty)
      let content = ImageInputs(definition, in: source).files.filter { $0.kind == .content }
        .map(\.path)
      #expect(content.contains(workspace.libraryFile))
      #expect(content.contains(service.file))
      #expect(content.contains(workspace.lockfile))
      let other = workspace.services[1 - index]
      #expect(!content.contains(other.file))
      #expect(!definition.mayRead(path: "README.md"))
    }
  }

  @Test("a fixture edited in memory: an unreadable member manifest, a renamed library")
  func editedFixtures() throws {
    var uv = try ProjectFixtures.memory("uv-workspace")
    uv.add("services/worker/pyproject.toml", text: "[project\nname = \"shop-worker\"\n")
    let broken = ProjectGraph(discoveringIn: uv)
    #expect(broken.project(withID: "services/worker")?.dependenciesKnown == false)
    #expect(broken.project(withID: "services/worker")?.dependsOn == [])
    #expect(broken.dependants(of: "libs/common") == ["services/api"])
    #expect(broken.diagnostics.map(\.file) == ["services/worker/pyproject.toml"])
    #expect(broken.diagnostics.first?.line == 1)

    var pnpm = try ProjectFixtures.memory("pnpm-workspace")
    let manifest = try pnpm.text(of: "packages/ui/package.json")
    pnpm.add(
      "packages/ui/package.json", text: manifest.replacing("\"@shop/ui\"", with: "\"@shop/kit\""))
    let renamed = ProjectGraph(discoveringIn: pnpm)
    #expect(renamed.dependants(of: "packages/ui") == ["packages/ui/examples/demo"])
    #expect(
      renamed.diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0)" } == [
        "services/admin/package.json:6", "services/web/package.json:6",
      ])
  }
}
