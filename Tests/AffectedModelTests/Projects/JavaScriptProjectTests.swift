import AffectedModel
import Testing

@Suite("JavaScript projects")
struct JavaScriptProjectTests {
  @Test(
    "npm and yarn workspaces: a list of globs, or an object with packages",
    arguments: [
      #"["packages/*", "apps/*"]"#, #"{"packages": ["packages/*", "apps/*"], "nohoist": []}"#,
    ])
  func workspaces(declaration: String) throws {
    let graph = ProjectFixtures.graph([
      "package.json": #"{"name": "root", "private": true, "workspaces": \#(declaration)}"#,
      "packages/ui/package.json": #"{"name": "@acme/ui", "dependencies": {"react": "^18"}}"#,
      "apps/web/package.json": #"""
      {"name": "web", "dependencies": {"@acme/ui": "^1.0.0", "left-pad": "1.3.0"},
       "devDependencies": {"@acme/config": "file:../../tools/config"}}
      """#,
      "tools/config/package.json": #"{"name": "@acme/config"}"#,
    ])
    #expect(
      graph.edges == [
        ".": [], "apps/web": ["packages/ui", "tools/config"], "packages/ui": [], "tools/config": [],
      ])
    #expect(
      try #require(graph.project(withID: "")).workspaceMembers == ["apps/web", "packages/ui"])
    #expect(graph.project(withID: "packages/ui")?.kind == .library)
    #expect(graph.project(withID: "packages/ui")?.names == [.javascript: "@acme/ui"])
    #expect(graph.diagnostics.isEmpty)
  }

  @Test("pnpm: negated globs, workspace: by name, alias and path, link:, and unknown members")
  func pnpm() {
    let graph = ProjectFixtures.graph([
      "package.json": #"{"name": "root", "private": true}"#,
      "pnpm-workspace.yaml": "packages:\n  - 'packages/**'\n  - '!packages/**/test/**'\n",
      "packages/core/package.json": #"{"name": "core"}"#,
      "packages/core/test/fixture/package.json":
        #"{"name": "fixture", "dependencies": {"x": "workspace:*"}}"#,
      "packages/ui/package.json": #"""
      {"name": "ui", "dependencies": {"core": "workspace:^", "base": "workspace:core@*"},
       "peerDependencies": {"shared": "workspace:../shared"}}
      """#,
      "packages/shared/package.json": #"{"name": "shared"}"#,
      "packages/app/package.json": #"""
      {"name": "app", "dependencies": {"ui": "workspace:~", "gone": "workspace:*"},
       "optionalDependencies": {"local": "link:../../vendor/local"}}
      """#,
      "vendor/local/index.js": "",
    ])
    #expect(
      graph.edges == [
        ".": [], "packages/app": ["packages/ui", "vendor/local"], "packages/core": [],
        "packages/core/test/fixture": [], "packages/shared": [],
        "packages/ui": ["packages/core", "packages/shared"], "vendor/local": [],
      ])
    #expect(
      graph.project(withID: "")?.workspaceMembers == [
        "packages/app", "packages/core", "packages/shared", "packages/ui",
      ])
    #expect(
      graph.problems == [
        "packages/app/package.json:1: warning: the dependency 'gone' must be a member of the "
          + "workspace, but no member is called so; fix the name or add the package to the "
          + "workspace",
        "packages/core/test/fixture/package.json:1: warning: the dependency 'x' must be a member "
          + "of the workspace, but the project is in no workspace; fix the name or add the "
          + "package to the workspace",
      ])
  }

  @Test("invalid JSON and YAML are diagnostics; node_modules and excluded folders are not read")
  func unreadableAndSkipped() throws {
    let graph = ProjectFixtures.graph([
      "package.json": #"{"name": "root", "workspaces": ["packages/*"]"#,
      "pnpm-workspace.yaml": "packages:\n  - 'a\n  - b: [\n",
      "node_modules/left-pad/package.json": #"{"name": "left-pad"}"#,
      "packages/a/node_modules/b/package.json": #"{"name": "b"}"#,
      "packages/a/package.json": #"{"name": "a"}"#,
    ])
    #expect(graph.ids == [".", "packages/a"])
    let root = try #require(graph.project(withID: ""))
    #expect(!root.dependenciesKnown)
    #expect(root.manifests == ["package.json", "pnpm-workspace.yaml"])
    #expect(graph.diagnostics.map(\.file) == ["package.json", "pnpm-workspace.yaml"])
    #expect(graph.diagnostics.allSatisfy { $0.message.hasPrefix("cannot read ") })
    #expect(graph.diagnostics.last?.line != nil)

    let excluded = ProjectGraph(
      discoveringIn: MemoryFileSource([
        "package.json": "{}", "test/data/package.json": "{}", "lib/package.json": "{}",
      ]), excluded: try GlobSet(patterns: ["test/"]))
    #expect(excluded.ids == [".", "lib"])
  }
}
