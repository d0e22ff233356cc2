import AffectedModel
import Testing

@Suite("Go and Rust projects")
struct GoAndRustProjectTests {
  @Test("go.work: use in both forms, requires that name members, replace in go.work and go.mod")
  func goWorkspace() throws {
    let graph = ProjectFixtures.graph([
      "go.work": """
      go 1.22

      use ./cmd/tool // a tool
      use (
      \t./libs/log
      \t"./services/api"
      \t./services/missing
      )

      replace example.com/vendored => ./third_party/vendored
      """,
      "cmd/tool/go.mod": "module example.com/tool\n\nrequire example.com/vendored v1.0.0\n",
      "libs/log/go.mod": "module example.com/log\n",
      "services/api/go.mod": """
      module example.com/api

      go 1.22

      require (
      \texample.com/log v0.0.0
      \tgithub.com/pkg/errors v0.9.1 // indirect
      )

      replace (
      \texample.com/shared => ../../shared
      \tgithub.com/pkg/errors => github.com/acme/errors v0.9.2
      )
      """,
      "shared/go.mod": "module example.com/shared\n",
      "third_party/vendored/go.mod": "module example.com/vendored\n",
    ])
    #expect(
      graph.edges == [
        ".": [], "cmd/tool": ["third_party/vendored"], "libs/log": [],
        "services/api": ["libs/log", "shared"], "shared": [], "third_party/vendored": [],
      ])
    #expect(
      try #require(graph.project(withID: "")).workspaceMembers == [
        "cmd/tool", "libs/log", "services/api",
      ])
    #expect(graph.project(withID: "")?.manifests == ["go.work"])
    #expect(graph.project(withID: "libs/log")?.names == [.go: "example.com/log"])
    #expect(
      graph.problems == [
        "go.work:7: warning: the workspace member './services/missing' has no go.mod; fix the "
          + "pattern or add the manifest"
      ])
  }

  @Test("Cargo: member globs with exclude, path and workspace dependencies in every table")
  func cargoWorkspace() throws {
    let graph = ProjectFixtures.graph([
      "Cargo.toml": """
      [workspace]
      members = ["crates/*", "bins/cli", "bins/gone"]
      exclude = ["crates/experiments"]

      [workspace.dependencies]
      core = { path = "crates/core" }
      serde = "1"
      """,
      "crates/core/Cargo.toml": "[package]\nname = \"core\"\n",
      "crates/macros/Cargo.toml": "[package]\nname = \"macros\"\n",
      "crates/testkit/Cargo.toml": "[package]\nname = \"testkit\"\n",
      "crates/codegen/Cargo.toml": "[package]\nname = \"codegen\"\n",
      "crates/experiments/Cargo.toml": """
      [package]
      name = "experiments"
      [dependencies]
      core = { workspace = true }
      """,
      "bins/cli/Cargo.toml": """
      [package]
      name = "cli"

      [dependencies]
      core = { workspace = true }
      serde = { workspace = true }
      macros = { path = "../../crates/macros", version = "0.1" }

      [dev-dependencies]
      testkit = { path = "../../crates/testkit" }

      [build-dependencies]
      codegen = { path = "../../crates/codegen" }

      [target.'cfg(unix)'.dependencies]
      unix = { path = "../../platform/unix" }
      """,
      "platform/unix/Cargo.toml": "[package]\nname = \"unix\"\n",
    ])
    #expect(
      graph.edges["bins/cli"] == [
        "crates/codegen", "crates/core", "crates/macros", "crates/testkit", "platform/unix",
      ])
    // Not a member: `workspace = true` has no workspace to inherit from.
    #expect(graph.edges["crates/experiments"] == [])
    #expect(
      try #require(graph.project(withID: "")).workspaceMembers == [
        "bins/cli", "crates/codegen", "crates/core", "crates/macros", "crates/testkit",
      ])
    #expect(graph.project(withID: "crates/core")?.kind == .library)
    #expect(
      graph.problems == [
        "Cargo.toml:2: warning: the workspace member 'bins/gone' has no Cargo.toml; fix the "
          + "pattern or add the manifest"
      ])
  }
}
