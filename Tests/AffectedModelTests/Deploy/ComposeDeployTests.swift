import AffectedModel
import Testing

@Suite("Deploy units of the fullstack fixture's compose environments")
struct ComposeDeployTests {
  private static let production = [
    "compose.yml:backend", "compose.yml:db", "compose.yml:nginx", "compose.yml:redis",
  ]

  @Test("every service of compose.yml and dev.compose.yml is a unit, pulled ones included")
  func discovery() throws {
    let scenario = try DeployScenario(fixture: "fullstack")
    let catalog = scenario.catalog(scenario.headSource)
    #expect(catalog.diagnostics.isEmpty)
    #expect(
      catalog.units.map(\.id) == Self.production + [
        "dev.compose.yml:backend", "dev.compose.yml:db", "dev.compose.yml:frontend",
        "dev.compose.yml:nginx", "dev.compose.yml:redis",
      ])
    #expect(
      catalog.units(matching: "nginx").map(\.environment) == ["compose.yml", "dev.compose.yml"])
    let nginx = try #require(catalog.unit(withID: "compose.yml:nginx"))
    #expect(nginx.kind == .composeService)
    #expect(nginx.builtImage == "compose.yml:nginx")
    #expect(nginx.dependsOn == ["compose.yml:backend"])
    let db = try #require(catalog.unit(withID: "compose.yml:db"))
    #expect(db.images == ["postgres:18-alpine"])
    #expect(db.builtImage == nil)
    #expect(
      db.fingerprint.components.keys.sorted() == [
        "definition", "network backend", "volume postgres_data",
      ])
    #expect(db.fingerprint.definition?["build"] == nil)
    #expect(db.fingerprint.definition?["image"] == nil)
    let backend = try #require(catalog.unit(withID: "dev.compose.yml:backend"))
    #expect(backend.dependsOn == ["dev.compose.yml:db", "dev.compose.yml:redis"])
    #expect(backend.reads.map(\.description) == [".env (env_file)", "backend (bind mount)"])
    let devNginx = try #require(catalog.unit(withID: "dev.compose.yml:nginx"))
    #expect(devNginx.reads.map(\.path) == ["infra/nginx/dev.nginx", "infra/nginx/nginx.conf"])
    #expect(
      devNginx.dependsOn == ["dev.compose.yml:backend", "dev.compose.yml:frontend"])
  }

  @Test("nothing changed: nothing deploys")
  func unchanged() throws {
    let scenario = try DeployScenario(fixture: "fullstack")
    #expect(scenario.actions.isEmpty)
    #expect(scenario.impact.decisions.count == 9)
  }

  @Test("infra/nginx/dev.nginx restarts nginx in dev, and nothing in production")
  func devNginx() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit("infra/nginx/dev.nginx", replacing: "location", with: "location ")
    #expect(scenario.actions == ["dev.compose.yml:nginx": .restart])
    let decision = try #require(scenario.impact.decision(forUnit: "dev.compose.yml:nginx"))
    #expect(decision.reasons == ["reads infra/nginx/dev.nginx (bind mount), which changed"])
  }

  @Test("backend/src rolls the backend out in production and dev, and nothing else")
  func backendSource() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    scenario.head["backend/src/main.py", default: ""] += "\n# touched\n"
    #expect(
      scenario.actions == ["compose.yml:backend": .rollout, "dev.compose.yml:backend": .rollout])
    let decision = try #require(scenario.impact.decision(forUnit: "compose.yml:backend"))
    #expect(decision.reasons == ["the image it builds, compose.yml:backend, is affected"])
  }

  @Test(
    "what the backend's .dockerignore drops deploys nothing, though dev bind-mounts backend/",
    arguments: ["backend/tests/test_health.py", "backend/README.md"])
  func ignoredByDockerignore(path: String) throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    scenario.head[path, default: ""] += "\n# touched\n"
    #expect(scenario.actions.isEmpty)
  }

  @Test("frontend/src rolls out nginx in production and the frontend in dev")
  func frontendSource() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    scenario.head["frontend/src/App.tsx", default: ""] += "\n// touched\n"
    #expect(
      scenario.actions == ["compose.yml:nginx": .rollout, "dev.compose.yml:frontend": .rollout])
  }

  @Test("a change to the db block restarts db only; the units depending on it stay")
  func databaseBlock() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit(
      "compose.yml", replacing: "      retries: 5\n      start_period: 30s",
      with: "      retries: 10\n      start_period: 30s")
    #expect(scenario.actions == ["compose.yml:db": .restart])
    let decision = try #require(scenario.impact.decision(forUnit: "compose.yml:db"))
    #expect(decision.reasons == ["its definition changed: healthcheck.retries"])
  }

  @Test("a change to a service's image is a rollout, even without a build")
  func pulledImage() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit("compose.yml", replacing: "postgres:18-alpine", with: "postgres:18.1-alpine")
    #expect(scenario.actions == ["compose.yml:db": .rollout])
    let decision = try #require(scenario.impact.decision(forUnit: "compose.yml:db"))
    #expect(decision.reasons == ["runs postgres:18.1-alpine instead of postgres:18-alpine"])
  }

  @Test(
    ".env restarts the services that interpolate the variable or read .env as env_file",
    arguments: [
      (
        "POSTGRES_PASSWORD=postgres", "POSTGRES_PASSWORD=secret",
        [
          "compose.yml:backend": DeployAction.restart, "compose.yml:db": .restart,
          "dev.compose.yml:backend": .restart, "dev.compose.yml:db": .restart,
        ]
      ),
      (
        "VITE_APP_TITLE=My App", "VITE_APP_TITLE=Shop",
        [
          "compose.yml:backend": .restart, "compose.yml:nginx": .rollout,
          "dev.compose.yml:backend": .restart, "dev.compose.yml:frontend": .restart,
        ]
      ),
      (
        "JWT_SECRET_KEY=change-me", "JWT_SECRET_KEY=changed",
        ["compose.yml:backend": .restart, "dev.compose.yml:backend": .restart]
      ),
    ])
  func dotEnv(old: String, new: String, expected: [String: DeployAction]) throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit(".env", replacing: old, with: new)
    #expect(scenario.actions == expected)
  }

  @Test("a changed top-level network restarts the services that join it")
  func network() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit(
      "dev.compose.yml", replacing: "  frontend:\n    driver: bridge",
      with: "  frontend:\n    driver: overlay")
    #expect(
      scenario.actions == [
        "dev.compose.yml:frontend": .restart, "dev.compose.yml:nginx": .restart,
      ])
    let decision = try #require(scenario.impact.decision(forUnit: "dev.compose.yml:nginx"))
    #expect(decision.reasons == ["network frontend changed"])
  }

  @Test("a new service is rolled out, a removed one is listed as removed")
  func newAndRemoved() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit(
      "dev.compose.yml", replacing: "\nnetworks:\n",
      with: "  mailpit:\n    image: axllent/mailpit:v1.21\n\nnetworks:\n")
    try scenario.edit(
      "compose.yml", replacing: "  redis:\n    image: redis:7-alpine",
      with: "  cache:\n    image: redis:7-alpine")
    let impact = scenario.impact
    #expect(
      impact.decision(forUnit: "dev.compose.yml:mailpit")?.reasons == [
        "new: the base has no unit dev.compose.yml:mailpit"
      ])
    #expect(impact.decision(forUnit: "compose.yml:cache")?.action == .rollout)
    #expect(impact.removed == ["compose.yml:redis"])
  }

  @Test("a compose file that is not valid YAML deploys its units from the base, with a warning")
  func brokenComposeFile() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit("dev.compose.yml", replacing: "  nginx:\n", with: "  nginx: [\n")
    let impact = scenario.impact
    let warning = try #require(impact.diagnostics.first)
    #expect(warning.file == "dev.compose.yml")
    #expect(warning.line != nil)
    #expect(
      Set(scenario.actions.keys) == Set(impact.decisions.map(\.id).filter { $0.hasPrefix("dev.") }))
    #expect(scenario.actions.values.allSatisfy { $0 == .rollout })
    #expect(
      impact.decision(forUnit: "dev.compose.yml:db")?.reasons.first
        == "dev.compose.yml cannot be read at head; the unit is deployed in case it changed")
  }

  @Test("dependencies on units that do not deploy still order those that do")
  func dependenciesThroughIdleUnits() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    try scenario.edit("infra/nginx/dev.nginx", replacing: "location", with: "location ")
    try scenario.edit(
      "dev.compose.yml", replacing: "redis-server --appendonly yes",
      with: "redis-server --appendonly no")
    let impact = scenario.impact
    #expect(impact.deploying.map(\.id) == ["dev.compose.yml:nginx", "dev.compose.yml:redis"])
    #expect(impact.deployingDependencies(of: "dev.compose.yml:nginx") == ["dev.compose.yml:redis"])
    #expect(impact.deployingDependencies(of: "dev.compose.yml:redis").isEmpty)
  }

  @Test("deployDependsOn adds dependencies within the unit's environment")
  func deployDependsOn() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    scenario.deployDependsOn = ["redis": ["db"], "frontend": ["nowhere"]]
    let catalog = scenario.catalog(scenario.headSource)
    #expect(catalog.unit(withID: "compose.yml:redis")?.dependsOn == ["compose.yml:db"])
    #expect(catalog.unit(withID: "dev.compose.yml:redis")?.dependsOn == ["dev.compose.yml:db"])
    #expect(catalog.diagnostics.map(\.message).contains { $0.contains("'nowhere'") })
  }

  @Test("an explicit list of environments limits the units; an empty list has none")
  func explicitEnvironments() throws {
    var scenario = try DeployScenario(fixture: "fullstack")
    scenario.compose = [ComposeEnvironment(files: ["compose.yml"])]
    #expect(scenario.catalog(scenario.headSource).units.map(\.id) == Self.production)
    scenario.compose = []
    #expect(scenario.catalog(scenario.headSource).units.isEmpty)
  }
}
