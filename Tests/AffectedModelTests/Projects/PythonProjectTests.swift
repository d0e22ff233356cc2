import AffectedModel
import Testing

@Suite("Python projects")
struct PythonProjectTests {
  @Test("a uv workspace: member globs with exclude, and workspace sources in the root and a member")
  func uvWorkspace() throws {
    let graph = ProjectFixtures.graph([
      "pyproject.toml": """
      [project]
      name = "monorepo"
      dependencies = ["Shop_Common"]

      [tool.uv.workspace]
      members = ["packages/*", "apps/**"]
      exclude = ["packages/legacy"]

      [tool.uv.sources]
      shop-common = { workspace = true }
      """,
      "packages/common/pyproject.toml": "[project]\nname = \"shop.common\"\n",
      "packages/legacy/pyproject.toml": "[project]\nname = \"legacy\"\n",
      "packages/legacy/setup.py": "",
      "apps/web/site/pyproject.toml": """
      [project]
      name = "site"
      dependencies = ["shop-common>=1", "requests"]
      """,
      "apps/tools/pyproject.toml": """
      [project]
      name = "tools"
      [dependency-groups]
      dev = ["legacy", "site"]
      [tool.uv.sources]
      site = { workspace = true }
      """,
    ])
    #expect(
      graph.edges == [
        ".": ["packages/common"], "apps/tools": ["apps/web/site"],
        "apps/web/site": ["packages/common"], "packages/common": [], "packages/legacy": [],
      ])
    let root = try #require(graph.project(withID: ""))
    #expect(root.workspaceMembers == ["apps/tools", "apps/web/site", "packages/common"])
    #expect(root.names == [.python: "monorepo"])
    #expect(graph.project(withID: "packages/common")?.kind == .library)
    #expect(graph.project(withID: "packages/legacy")?.kind == .project)
    #expect(graph.diagnostics.isEmpty)
  }

  @Test("local paths: uv path sources, Poetry path dependencies, PEP 508 file URLs")
  func localPaths() {
    let graph = ProjectFixtures.graph([
      "services/api/pyproject.toml": """
      [project]
      name = "api"
      dependencies = ["models @ file:../../libs/models", "requests>=2", "auth"]

      [project.optional-dependencies]
      cli = ["tools @ file:///opt/tools"]

      [tool.uv.sources]
      auth = { path = "../../libs/auth", editable = true }
      """,
      "services/jobs/pyproject.toml": """
      [tool.poetry]
      name = "jobs"

      [tool.poetry.dependencies]
      python = "^3.12"
      models = { path = "../../libs/models", develop = true }

      [tool.poetry.group.test.dependencies]
      fixtures = { path = "../../libs/fixtures" }
      """,
      "libs/models/pyproject.toml": "[project]\nname = \"models\"\n",
      "libs/auth/pyproject.toml": "[project]\nname = \"auth\"\n",
      "libs/fixtures/setup.py": "",
    ])
    #expect(
      graph.edges == [
        "libs/auth": [], "libs/fixtures": [], "libs/models": [],
        "services/api": ["libs/auth", "libs/models"],
        "services/jobs": ["libs/fixtures", "libs/models"],
      ])
    // A folder with no manifest becomes a project because a manifest depends on it.
    #expect(graph.project(withID: "libs/fixtures")?.manifests == [])
    #expect(graph.project(withID: "libs/fixtures")?.ecosystems == [.python])
    #expect(
      graph.problems == [
        "services/api/pyproject.toml:6: warning: the dependency path '/opt/tools' leaves the "
          + "repository, so changes to it cannot be seen; keep shared code inside the repository"
      ])
  }

  @Test("requirements files: editable, bare and file: paths; -e . and remote URLs lead nowhere")
  func requirements() {
    let graph = ProjectFixtures.graph([
      "app/requirements.txt": """
      # runtime
      -e .
      -e ../libs/core  # our core
      --editable=../libs/db
      ../libs/metrics[prometheus]
      file:../libs/auth#egg=auth
      search @ file:../libs/search ; python_version >= "3.11"
      -r requirements-base.txt
      git+https://example.com/acme/tool.git#egg=tool
      requests==2.32.3 \\
          --hash=sha256:0123
      """,
      "app/requirements-dev.txt": "-e ../dist/tool-1.0-py3-none-any.whl\n",
      "app/main.py": "",
      "libs/core/pyproject.toml": "[project]\nname = \"core\"\n",
      "libs/db/setup.py": "",
      "libs/metrics/setup.py": "",
      "libs/auth/setup.py": "",
      "libs/search/setup.cfg": "",
      "dist/tool-1.0-py3-none-any.whl": "",
      "requirements.txt": "pytest\n",
    ])
    #expect(
      graph.edges["app"] == [
        ".", "libs/auth", "libs/core", "libs/db", "libs/metrics", "libs/search",
      ])
    #expect(
      graph.project(withID: "app")?.manifests == [
        "app/requirements-dev.txt", "app/requirements.txt",
      ])
    // The wheel is a file: the project that owns it (the root) is the dependency.
    #expect(graph.project(withID: "dist") == nil)
    #expect(graph.diagnostics.isEmpty)
  }

  @Test("an unparseable pyproject.toml is a diagnostic with its line, and its project stays")
  func unparseable() throws {
    let graph = ProjectFixtures.graph([
      "libs/core/pyproject.toml": "[project]\nname = \"core\"\n",
      "services/api/pyproject.toml": """
      [project]
      name = "api"
      dependencies = ["core"
      """,
      "services/api/requirements.txt": "-e ../../libs/core\n",
    ])
    let api = try #require(graph.project(withID: "services/api"))
    #expect(!api.dependenciesKnown)
    #expect(api.dependsOn == ["libs/core"])
    let problem = try #require(graph.diagnostics.first)
    #expect(graph.diagnostics.count == 1)
    #expect(problem.file == "services/api/pyproject.toml")
    #expect(problem.line == 3 || problem.line == 4)
    #expect(problem.message.hasPrefix("cannot read pyproject.toml: "))
    #expect(graph.project(withID: "libs/core")?.dependenciesKnown == true)
  }

  @Test("paths that point at nothing, and workspace names that match no member, are diagnostics")
  func danglingReferences() {
    let graph = ProjectFixtures.graph([
      "pyproject.toml": """
      [project]
      name = "root"
      [tool.uv.workspace]
      members = ["libs/core", "libs/gone", "../elsewhere/*"]
      """,
      "libs/core/pyproject.toml": """
      [project]
      name = "core"
      dependencies = ["nothing", "missing"]
      [tool.uv.sources]
      nothing = { workspace = true }
      missing = { path = "../missing" }
      """,
    ])
    #expect(
      graph.problems
        == [
          "libs/core/pyproject.toml:5: warning: the dependency 'nothing' must be a member of the "
            + "workspace, but no member is called so; fix the name or add the package to the "
            + "workspace",
          "libs/core/pyproject.toml:6: warning: the dependency path '../missing' points at nothing "
            + "in the repository; fix the path or commit what it names",
          "pyproject.toml:4: warning: the workspace member 'libs/gone' has no pyproject.toml; fix "
            + "the pattern or add the manifest",
          "pyproject.toml:4: warning: the workspace pattern '../elsewhere/*' leaves the repository; "
            + "members must be inside it",
        ].sorted())
  }
}
