import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

@Suite("Impact of a change on images", .scratchDirectory)
struct ImpactAnalysisTests {
  @Test("A documentation-only change affects nothing")
  func docsOnly() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("docs/docker.md", "changed\n")
      try $0.write("README.md", "changed\n")
    }
    #expect(analysis.waves.isEmpty)
    #expect(analysis.removed.isEmpty)
  }

  @Test("A test file the .dockerignore drops affects nothing")
  func ignoredTest() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("backend/tests/test_health.py", "def test_nothing(): pass\n")
    }
    #expect(analysis.waves.isEmpty)
  }

  @Test("A comment in a Dockerfile affects nothing")
  func dockerfileComment() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      let path = "\($0.path)/infra/docker/fastapi.prod"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try $0.write("infra/docker/fastapi.prod", "# A new comment.\n" + text)
    }
    #expect(analysis.waves.isEmpty)
  }

  @Test("A backend source change affects both backend images, with the reason")
  func backendSource() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("backend/src/main.py", "print('changed')\n")
    }
    #expect(analysis.waves == [["compose.yml:backend", "dev.compose.yml:backend"]])
    #expect(
      analysis.reasons["compose.yml:backend"] == ["its content changed: backend/src/main.py"])
  }

  @Test("Editing one service's args in a compose file affects that image only")
  func composeArgs() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      let path = "\($0.path)/compose.yml"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try $0.write(
        "compose.yml",
        text.replacingOccurrences(
          of: "VITE_APP_TITLE=${VITE_APP_TITLE:-My App}", with: "VITE_APP_TITLE=Other App"))
    }
    #expect(analysis.waves == [["compose.yml:nginx"]])
  }

  @Test("Editing a compose default that .env overrides affects nothing")
  func composeDefaultOverridden() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      let path = "\($0.path)/compose.yml"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try $0.write(
        "compose.yml", text.replacingOccurrences(of: "My App", with: "Other App"))
    }
    #expect(analysis.waves.isEmpty)
  }

  @Test("A change to a stage only the dev target reaches affects the dev image only")
  func devStage() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write(
        "web/Dockerfile",
        "FROM nginx AS prod\nCOPY site /site\nFROM node AS dev\nCOPY dev /dev\nRUN echo dev2\n")
      try $0.write("web/dev/tool.js", "2\n")
    }
    #expect(analysis.waves == [["compose.yml:web-dev"]])
  }

  @Test("A shared folder copied into two images affects both")
  func sharedFolder() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("shared/lib.txt", "lib 2\n")
    }
    #expect(analysis.waves == [["compose.yml:api", "compose.yml:worker"]])
  }

  @Test("An in-repo base image's change rebuilds it and its two children in two waves")
  func baseImage() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("base/setup.sh", "echo setup 2\n")
    }
    #expect(
      analysis.waves == [["compose.yml:base"], ["compose.yml:api", "compose.yml:worker"]])
    #expect(
      analysis.reasons["compose.yml:api"] == ["it builds on compose.yml:base, which is affected"])
    let plan = analysis.plan
    #expect(plan.image(id: "compose.yml:api")?.needs == ["compose.yml:base"])
    #expect(plan.image(id: "compose.yml:api")?.wave == 1)
    #expect(plan.reused.isEmpty)
  }

  @Test("An image that builds on an unaffected in-repo image lists it as reused")
  func reused() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("api/src/a.txt", "a 2\n")
    }
    #expect(analysis.waves == [["compose.yml:api"]])
    let plan = analysis.plan
    #expect(plan.reused == ["compose.yml:base"])
    let api = try #require(plan.image(id: "compose.yml:api"))
    #expect(api.tags.count == 2)
    #expect(api.tags.allSatisfy { $0.hasPrefix(api.image + ":") }, "\(api.tags)")
    #expect(api.contexts.map(\.name) == ["acme/base"])
    #expect(plan.image(id: "compose.yml:base")?.tags.first?.hasPrefix("acme/base:") == true)
  }

  @Test("A file moved between two images' folders affects both")
  func movedFile() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.move("api/src/a.txt", to: "worker/src/a.txt")
    }
    #expect(analysis.waves == [["compose.yml:api", "compose.yml:worker"]])
  }

  @Test("A deleted service is removed and affects nothing else")
  func deletedService() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      let text = try #require(sharedTree["compose.yml"])
      let kept = text.replacingOccurrences(
        of: "  worker:\n    build:\n      context: .\n      dockerfile: worker/Dockerfile\n",
        with: "")
      try $0.write("compose.yml", kept)
      try $0.remove("worker")
    }
    #expect(analysis.waves.isEmpty)
    #expect(analysis.removed == ["compose.yml:worker"])
  }

  @Test("A new service is affected")
  func newService() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      let text = try #require(sharedTree["compose.yml"])
      try $0.write("compose.yml", text + "\n  extra:\n    build: extra\n")
      try $0.write("extra/Dockerfile", "FROM alpine\nCOPY . /x\n")
    }
    #expect(analysis.waves == [["compose.yml:extra"]])
    #expect(analysis.reasons["compose.yml:extra"]?.first?.contains("new") == true)
  }

  @Test("Images that build on each other in a circle are a dependency cycle")
  func cycle() throws {
    let scenario = try ImpactScenario(files: [
      "compose.yml": """
      services:
        one:
          image: acme/one
          build: one
        two:
          image: acme/two
          build: two
      """,
      "one/Dockerfile": "FROM acme/two\n",
      "two/Dockerfile": "FROM acme/one\n",
    ])
    #expect(throws: DependencyCycle<String>.self) {
      _ = try scenario.analyse { try $0.write("one/x", "x\n") }
    }
  }

  @Test("A change to the target of a link a wildcard source matches affects the image")
  func wildcardLinkTarget() throws {
    let scenario = try ImpactScenario(
      files: [
        "Dockerfile": "FROM alpine\nCOPY *.pem /certs/\n",
        "vendor/certs/ca.pem": "one\n",
        "unrelated/notes.txt": "one\n",
      ], links: ["ca.pem": "vendor/certs/ca.pem"])
    let unrelated = try scenario.analyse { try $0.write("unrelated/notes.txt", "two\n") }
    #expect(unrelated.waves.isEmpty)
    let target = try scenario.analyse { try $0.write("vendor/certs/ca.pem", "two\n") }
    #expect(target.waves == [["dockerfile:Dockerfile"]])
    #expect(target.contentChanges["dockerfile:Dockerfile"] == ["vendor/certs/ca.pem"])
  }
}
