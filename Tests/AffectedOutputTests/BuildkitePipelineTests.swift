import AffectedOutput
import AffectedPlanner
import Foundation
import Testing

@Suite("Buildkite pipeline")
struct BuildkitePipelineTests {
  private func steps(_ text: String) throws -> [[String: Any]] {
    try #require(PlanFixtures.yamlObject(text)["steps"] as? [[String: Any]])
  }

  @Test("Steps with sanitised unique keys and depends_on following the graph")
  func dependsOn() throws {
    let steps = try steps(BuildkitePipeline(plan: PlanFixtures.sample).yaml())
    let keys = steps.compactMap { $0["key"] as? String }
    #expect(keys == ["compose_yaml_base", "compose_yaml_web", "dockerfile_api_Dockerfile"])
    #expect(steps[0]["depends_on"] == nil)
    #expect(steps[1]["depends_on"] as? [String] == ["compose_yaml_base"])
    #expect(steps[2]["depends_on"] as? [String] == ["compose_yaml_base"])
    #expect(steps[1]["label"] as? String == ":docker: web")
    let command = try #require(steps[2]["command"] as? String)
    #expect(
      command == "docker buildx build --file api/Dockerfile "
        + "--build-context base=docker-image://ghcr.io/acme/base:1a2b3c4 "
        + "--tag ghcr.io/acme/api:1a2b3c4 .")
  }

  @Test("Ids that sanitise alike get distinct keys, and every dependency names an existing key")
  func keyCollisions() throws {
    let plan = PlanFixtures.plan([
      PlanFixtures.image("a.b", wave: 0),
      PlanFixtures.image("a_b", wave: 0),
      PlanFixtures.image("a/b", wave: 1, needs: ["a.b", "a_b"]),
    ])
    let steps = try steps(BuildkitePipeline(plan: plan).yaml())
    let keys = steps.compactMap { $0["key"] as? String }
    #expect(keys == ["a_b", "a_b-2", "a_b-3"])
    #expect(steps[2]["depends_on"] as? [String] == ["a_b", "a_b-2"])
  }

  @Test("The command quotes every word so a shell sees the intended arguments")
  func shellQuoting() throws {
    let command = try #require(
      steps(BuildkitePipeline(plan: PlanFixtures.sample).yaml())[1]["command"] as? String)
    let words = try #require(command.split(separator: " ", maxSplits: 3).last.map(String.init))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "printf '%s\\0' " + words]
    process.environment = ["HOME": "/should-not-expand"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let arguments = String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init)
    #expect(arguments.contains("MSG=it's a \"test\" $HOME"))
    #expect(arguments.contains("type=registry,ref=ghcr.io/acme/c"))
    #expect(arguments.last == "web")
    #expect(arguments.filter { $0 == "--tag" }.count == 2)
  }

  @Test("A template's label is kept; its key and depends_on are replaced")
  func template() throws {
    let template = try JobTemplate(
      yaml: """
        label: "build {name}"
        key: mine
        command: "{command} --push"
        agents: {queue: docker}
        plugins:
          - docker-login#v3.0.0: {username: ci}
        """, file: "step.yml")
    let steps = try steps(BuildkitePipeline(plan: PlanFixtures.sample, template: template).yaml())
    #expect(steps[1]["label"] as? String == "build web")
    #expect(steps[1]["key"] as? String == "compose_yaml_web")
    #expect((steps[1]["agents"] as? [String: String]) == ["queue": "docker"])
    #expect((steps[1]["command"] as? String)?.hasSuffix(" web --push") == true)
  }

  @Test("Nothing to build gives one step")
  func empty() throws {
    #expect(try steps(BuildkitePipeline(plan: PlanFixtures.plan([])).yaml()).count == 1)
  }
}
