import AffectedOutput
import AffectedPlanner
import Testing

@Suite("GitLab child pipeline")
struct GitLabPipelineTests {
  private func jobs(_ document: [String: Any]) -> [String: [String: Any]] {
    document.compactMapValues { $0 as? [String: Any] }
  }

  @Test("One job per image to build, needs following the graph, one stage")
  func needs() throws {
    let document = try PlanFixtures.yamlObject(GitLabPipeline(plan: PlanFixtures.sample).yaml())
    #expect(document["stages"] as? [String] == ["build"])
    let jobs = jobs(document)
    #expect(
      Set(jobs.keys) == [
        "build compose.yaml:base", "build compose.yaml:web", "build dockerfile:api/Dockerfile",
      ])
    #expect(jobs["build compose.yaml:base"]?["needs"] as? [String] == [])
    #expect(jobs["build compose.yaml:web"]?["needs"] as? [String] == ["build compose.yaml:base"])
    #expect(jobs.values.allSatisfy { $0["stage"] as? String == "build" })
    let script = try #require(jobs["build compose.yaml:web"]?["script"] as? [String])
    #expect(script.count == 1)
    #expect(script[0].hasPrefix("docker buildx build --file web/docker/Dockerfile --target prod "))
    #expect(script[0].contains("--tag ghcr.io/acme/web:1a2b3c4 --tag ghcr.io/acme/web:main"))
    #expect(script[0].hasSuffix(" web"))
  }

  @Test(
    "A job needing more than 50 jobs switches the pipeline to one stage per wave, without needs")
  func stagesPastNeedsLimit() throws {
    let bases = (0..<51).map { PlanFixtures.image("base-\($0)", wave: 0) }
    let top = PlanFixtures.image("top", wave: 1, needs: bases.map(\.id))
    let plan = PlanFixtures.plan(bases + [top])
    let document = try PlanFixtures.yamlObject(GitLabPipeline(plan: plan).yaml())
    #expect(document["stages"] as? [String] == ["wave-0", "wave-1"])
    let jobs = jobs(document)
    #expect(jobs.count == 52)
    #expect(jobs.values.allSatisfy { $0["needs"] == nil })
    #expect(jobs["build top"]?["stage"] as? String == "wave-1")
    #expect(jobs["build base-7"]?["stage"] as? String == "wave-0")
  }

  @Test("Exactly 50 needs still uses needs")
  func fiftyNeeds() throws {
    let bases = (0..<50).map { PlanFixtures.image("base-\($0)", wave: 0) }
    let plan = PlanFixtures.plan(
      bases + [PlanFixtures.image("top", wave: 1, needs: bases.map(\.id))])
    let jobs = jobs(try PlanFixtures.yamlObject(GitLabPipeline(plan: plan).yaml()))
    #expect((jobs["build top"]?["needs"] as? [String])?.count == 50)
  }

  @Test("A job template supplies the body; stage and needs stay the planner's")
  func template() throws {
    let template = try JobTemplate(
      yaml: """
        image: docker:27
        services: [docker:27-dind]
        stage: deploy
        retry: 2
        interruptible: true
        script:
          - docker login -u "$CI_REGISTRY_USER" "${CI_REGISTRY}"
          - "{command} --push"
          - echo {name} {wave} {unknown}
        """, file: "job.yml")
    let text = GitLabPipeline(plan: PlanFixtures.sample, template: template).yaml()
    let job = try #require(jobs(try PlanFixtures.yamlObject(text))["build compose.yaml:web"])
    #expect(job["stage"] as? String == "build")
    #expect(job["image"] as? String == "docker:27")
    #expect(job["retry"] as? Int == 2)
    #expect(job["interruptible"] as? Bool == true)
    let script = try #require(job["script"] as? [String])
    #expect(script[0] == #"docker login -u "$CI_REGISTRY_USER" "${CI_REGISTRY}""#)
    #expect(script[1].hasPrefix("docker buildx build ") && script[1].hasSuffix(" web --push"))
    #expect(script[2] == "echo web 1 {unknown}")
  }

  @Test("Nothing to build still gives a valid pipeline with one job")
  func empty() throws {
    let document = try PlanFixtures.yamlObject(GitLabPipeline(plan: PlanFixtures.plan([])).yaml())
    #expect(jobs(document).count == 1)
  }
}
