import AffectedOutput
import AffectedPlanner
import Testing

@Suite("docker buildx bake file")
struct BakeFileTests {
  private func targets(_ plan: BuildPlan) throws -> (
    group: [String], targets: [String: [String: Any]]
  ) {
    let document = try PlanFixtures.object(BakeFile(plan: plan).json())
    let group = try #require(
      (document["group"] as? [String: [String: [String]]])?["default"]?["targets"])
    let targets = try #require(document["target"] as? [String: [String: Any]])
    return (group, targets)
  }

  @Test("One target per image to build, all in the default group, in-repo bases linked as contexts")
  func targetsAndContexts() throws {
    let (group, targets) = try targets(PlanFixtures.sample)
    #expect(group == ["compose_yaml_base", "compose_yaml_web", "dockerfile_api_Dockerfile"])
    #expect(Set(targets.keys) == Set(group))
    let web = try #require(targets["compose_yaml_web"])
    #expect(web["context"] as? String == "web")
    #expect(web["dockerfile"] as? String == "docker/Dockerfile")
    #expect(web["target"] as? String == "prod")
    #expect(web["args"] as? [String: String] == ["NODE": "22", "MSG": "it's a \"test\" $HOME"])
    #expect(web["tags"] as? [String] == ["ghcr.io/acme/web:1a2b3c4", "ghcr.io/acme/web:main"])
    #expect(web["platforms"] as? [String] == ["linux/amd64", "linux/arm64"])
    #expect(web["cache-from"] as? [String] == ["type=registry,ref=ghcr.io/acme/c"])
    // The unaffected `tools` is not linked: it is not a target of this file.
    #expect(
      web["contexts"] as? [String: String] == [
        "acme/base": "target:compose_yaml_base", "shared": "shared",
      ])
    let api = try #require(targets["dockerfile_api_Dockerfile"])
    #expect(api["dockerfile"] as? String == "api/Dockerfile")
    #expect(api["contexts"] as? [String: String] == ["base": "target:compose_yaml_base"])
    #expect(targets["compose_yaml_base"]?["contexts"] == nil)
    #expect(targets["compose_yaml_base"]?["target"] == nil)
  }

  @Test("Target names keep only [A-Za-z0-9_-], stay unique and never take the group's name")
  func names() throws {
    let ids = ["a.b", "a_b", "a b", "default", "", "日本", "x:y/z@1"]
    let plan = PlanFixtures.plan(ids.map { PlanFixtures.image($0, name: "n", wave: 0) })
    let (group, targets) = try targets(plan)
    #expect(group.count == ids.count)
    #expect(Set(group).count == ids.count)
    #expect(Set(targets.keys) == Set(group))
    #expect(!group.contains("default"))
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    #expect(group.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) })
    #expect(group.contains("x_y_z_1"))
  }

  @Test(
    "The Dockerfile path is made relative to the context",
    arguments: [
      (".", "Dockerfile", "Dockerfile"),
      (".", "api/Dockerfile", "api/Dockerfile"),
      ("web", "web/Dockerfile", "Dockerfile"),
      ("./web/", "web/docker/Dockerfile", "docker/Dockerfile"),
      ("web/app", "shared/Dockerfile", "../../shared/Dockerfile"),
      ("web", "Dockerfile", "../Dockerfile"),
      ("https://github.com/acme/app.git#main", "Dockerfile", "Dockerfile"),
      ("/opt/outside", "build/Dockerfile", "build/Dockerfile"),
    ])
  func dockerfilePaths(context: String, dockerfile: String, expected: String) throws {
    let plan = PlanFixtures.plan([
      PlanFixtures.image("x", wave: 0, context: context, dockerfile: dockerfile)
    ])
    #expect(try targets(plan).targets["x"]?["dockerfile"] as? String == expected)
  }

  @Test("An inline Dockerfile is passed as dockerfile-inline")
  func inline() throws {
    var image = PlanFixtures.image("x", wave: 0)
    image.inlineDockerfile = "FROM alpine\nRUN true\n"
    let target = try #require(try targets(PlanFixtures.plan([image])).targets["x"])
    #expect(target["dockerfile-inline"] as? String == "FROM alpine\nRUN true\n")
    #expect(target["dockerfile"] == nil)
  }

  @Test("Nothing to build gives an empty default group")
  func empty() throws {
    let (group, targets) = try targets(PlanFixtures.plan([]))
    #expect(group.isEmpty && targets.isEmpty)
  }
}
