import AffectedModel
import Testing

@Suite("Compose discovery")
struct ComposeDiscoveryTests {
  private func discover(_ paths: [String]) -> [[String]] {
    ComposeEnvironment.discover(in: paths).map(\.files)
  }

  @Test("a base file is merged with the override in its folder")
  func baseAndOverride() {
    #expect(
      discover(["app/compose.yaml", "app/compose.override.yaml", "app/Dockerfile"]) == [
        ["app/compose.yaml", "app/compose.override.yaml"]
      ])
  }

  @Test(
    "the base is the first of compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml",
    arguments: [
      (["compose.yml", "docker-compose.yml"], "compose.yml"),
      (["docker-compose.yaml", "docker-compose.yml"], "docker-compose.yml"),
      (["compose.yaml", "compose.yml"], "compose.yaml"),
    ])
  func basePrecedence(names: [String], base: String) {
    let merged = ComposeEnvironment.discover(in: names + ["compose.override.yml"]).filter {
      $0.files.count == 2
    }
    #expect(merged.map(\.files) == [[base, "compose.override.yml"]])
  }

  @Test(
    "the override is the first of compose.override.yml, .yaml, docker-compose.override.yml, .yaml")
  func overridePrecedence() {
    #expect(
      discover(["compose.yaml", "docker-compose.override.yml", "compose.override.yaml"]) == [
        ["compose.yaml", "compose.override.yaml"], ["docker-compose.override.yml"],
      ])
  }

  @Test("every other compose file is an environment of its own")
  func others() {
    #expect(
      discover([
        "docker-compose.yml", "docker-compose.prod.yml", "docker-compose-tests.yml",
        "compose.ci.yaml",
        "dev.compose.yml", "README.md", "compose.yaml.bak", "docker-compose.yml.j2",
        "my-compose.yml",
        "sub/compose.override.yml", "sub/x.compose.yaml",
      ]) == [
        ["compose.ci.yaml"], ["dev.compose.yml"], ["docker-compose-tests.yml"],
        ["docker-compose.prod.yml"],
        ["docker-compose.yml"], ["sub/compose.override.yml"], ["sub/x.compose.yaml"],
      ])
  }

  @Test(
    "compose file names end in .yml or .yaml; other names are not discovered",
    arguments: [
      ("compose.yaml", true), ("docker-compose.ci.yml", true), ("web.compose.yaml", true),
      ("compose.html", false), ("compose.xml", false), ("compose.yaml.bak", false),
      ("compose.yml.l", false), ("values.yaml", false), ("compose", false), ("l", false),
      ("docker-compose", false), (".yml", false),
    ])
  func composeFileNames(name: String, isCompose: Bool) {
    #expect(discover(["app/\(name)"]) == (isCompose ? [["app/\(name)"]] : []))
  }

  @Test("environments are named by their first file and sorted by it")
  func ids() {
    let environments = ComposeEnvironment.discover(in: [
      "b/compose.yaml", "a/compose.yml", "a/compose.override.yml",
    ])
    #expect(environments.map(\.id) == ["a/compose.yml", "b/compose.yaml"])
  }

  @Test("a discovered environment loads as one project")
  func loadDiscovered() {
    let source = MemoryFileSource([
      "svc/docker-compose.yml": "services:\n  web: {image: a}\n",
      "svc/docker-compose.override.yml": "services:\n  web: {build: .}\n",
    ])
    let environment = ComposeEnvironment.discover(in: source.files(under: ""))[0]
    let project = ComposeLoader(source: source).load(environment)
    #expect(project.files == ["svc/docker-compose.yml", "svc/docker-compose.override.yml"])
    #expect(ComposeFixture.service("web", of: project).build?.context == .local(.repository("svc")))
  }
}
