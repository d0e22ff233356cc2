import AffectedModel
import Testing

@Suite("Images of the fullstack fixture")
struct FullstackFixtureTests {
  private let source = DirectoryFileSource.fixture("fullstack")

  private var catalog: ImageCatalog {
    ImageCatalog(discoveringIn: source)
  }

  private func definition(_ id: String) throws -> ImageDefinition {
    let catalog = catalog
    return ImageDefinition(
      of: try #require(catalog.image(withID: id)), in: source, catalog: catalog)
  }

  private func files(_ id: String, _ kind: ImageInputs.File.Kind) throws -> [String] {
    ImageInputs(try definition(id), in: source).files.filter { $0.kind == kind }.map(\.path)
  }

  private static let frontend = [
    "frontend/.dockerignore", "frontend/index.html", "frontend/package-lock.json",
    "frontend/package.json", "frontend/src/App.tsx", "frontend/src/api.ts", "frontend/src/main.tsx",
    "frontend/tsconfig.json", "frontend/vite.config.ts",
  ]

  @Test("every built service of compose.yml and dev.compose.yml, with its context and target")
  func discovery() {
    let images = catalog.images.map {
      [$0.id, $0.context.description, $0.dockerfile ?? "-", $0.target ?? "-", $0.name]
    }
    #expect(
      images == [
        [
          "compose.yml:backend", "backend", "infra/docker/fastapi.prod", "production",
          "myapp-backend",
        ],
        [
          "compose.yml:nginx", ".", "infra/docker/frontend-builder.prod", "production",
          "myapp-nginx",
        ],
        [
          "dev.compose.yml:backend", "backend", "infra/docker/fastapi.dev", "-",
          "myapp-dev-backend",
        ],
        [
          "dev.compose.yml:frontend", "frontend", "infra/docker/vite.dev", "-",
          "myapp-dev-frontend",
        ],
      ])
    #expect(catalog.diagnostics.isEmpty)
    #expect(catalog.images(matching: "backend").count == 2)
  }

  @Test("the production nginx image reads the frontend and its two nginx files")
  func nginx() throws {
    #expect(
      try files("compose.yml:nginx", .content)
        == Self.frontend + ["infra/nginx/nginx.conf", "infra/nginx/prod.nginx"])
    #expect(
      try files("compose.yml:nginx", .definition) == [
        "compose.yml", ".env", "infra/docker/frontend-builder.prod",
      ])
    let definition = try definition("compose.yml:nginx")
    #expect(definition.reachedStages.map(\.name) == ["production", "builder"])
    #expect(definition.uncertainReasons.isEmpty)
    #expect(!definition.mayRead(path: "backend/src/main.py"))
    #expect(!definition.mayRead(path: "infra/nginx/dev.nginx"))
    #expect(definition.layerImpacts(of: "frontend/package.json").map(\.line) == [6])
    #expect(definition.layerImpacts(of: "frontend/src/App.tsx").map(\.line) == [10])
  }

  @Test("the backend's .dockerignore drops tests, README and itself")
  func backend() throws {
    let content = try files("compose.yml:backend", .content)
    #expect(
      content == [
        "backend/alembic.ini", "backend/alembic/env.py", "backend/alembic/script.py.mako",
        "backend/alembic/versions/0001_create_users.py", "backend/pyproject.toml",
        "backend/src/__init__.py", "backend/src/config.py", "backend/src/main.py",
        "backend/src/routes/__init__.py", "backend/src/routes/health.py",
        "backend/src/routes/users.py", "backend/uv.lock",
      ])
    #expect(
      try files("compose.yml:backend", .definition) == [
        "compose.yml", ".env", "infra/docker/fastapi.prod", "backend/.dockerignore",
      ])
    let definition = try definition("compose.yml:backend")
    #expect(!definition.mayRead(path: "backend/tests/test_health.py"))
    #expect(!definition.mayRead(path: "backend/README.md"))
    let dependencies = try #require(definition.layerImpacts(of: "backend/uv.lock").first)
    #expect(dependencies.description == "stage builder, line 11: COPY pyproject.toml uv.lock ./")
    let code = try #require(definition.layerImpacts(of: "backend/src/main.py").first)
    #expect(code.description == "stage builder, line 15: COPY . .")
  }

  @Test("the development images read their own folders")
  func development() throws {
    let frontend = try files("dev.compose.yml:frontend", .content)
    #expect(frontend == Self.frontend.filter { $0 != "frontend/.dockerignore" })
    let backend = try definition("dev.compose.yml:backend")
    #expect(backend.uncertainReasons.isEmpty)
    #expect(backend.layerImpacts(of: "backend/uv.lock").map(\.line) == [13])
  }
}
