import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Testing

@Suite("Why an image is affected, and what a file reaches", .scratchDirectory)
struct ExplanationTests {
  /// The explanation of image `id` in `analysis`.
  private func explanation(_ id: String, in analysis: ImpactAnalysis) throws -> ImageExplanation {
    let image = try #require(analysis.catalog.images.first { $0.id == id })
    return try #require(analysis.explanations(of: [image]).first)
  }

  @Test("A lock file change invalidates the dependency install of the production backend")
  func lockFile() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("backend/uv.lock", "changed\n")
    }
    let backend = try explanation("compose.yml:backend", in: analysis)
    #expect(backend.affected)
    let finding = try #require(backend.findings.first { $0.path == "backend/uv.lock" })
    #expect(finding.verdict == .content)
    let impact = try #require(finding.impacts.first)
    #expect(impact.step.stageName == "builder")
    #expect(impact.step.line == 11)
    #expect(impact.step.instruction == "COPY pyproject.toml uv.lock ./")
    #expect(impact.rerunCommands == [12, 16])
    #expect(impact.cachedCommands.isEmpty)
  }

  @Test("A source change invalidates COPY . . and keeps the dependency install cached")
  func sourceFile() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("backend/src/main.py", "print('changed')\n")
    }
    let backend = try explanation("compose.yml:backend", in: analysis)
    let finding = try #require(backend.findings.first { $0.path == "backend/src/main.py" })
    let impact = try #require(finding.impacts.first)
    #expect(impact.step.line == 15)
    #expect(impact.step.instruction == "COPY . .")
    #expect(impact.rerunCommands == [16])
    #expect(impact.cachedCommands == [12])
  }

  @Test("A test file the .dockerignore drops is listed as dropped, naming the file")
  func ignoredFile() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      try $0.write("backend/tests/test_health.py", "def test_nothing(): pass\n")
    }
    let backend = try explanation("compose.yml:backend", in: analysis)
    #expect(!backend.affected)
    #expect(
      backend.findings == [
        PathFinding(
          path: "backend/tests/test_health.py", verdict: .ignored,
          ignoreFile: "backend/.dockerignore")
      ])
  }

  @Test("A Dockerfile comment is a definition file whose parsed definition is the same")
  func dockerfileComment() throws {
    let analysis = try ImpactScenario(fixture: "fullstack").analyse {
      let path = "\($0.path)/infra/docker/fastapi.prod"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try $0.write("infra/docker/fastapi.prod", "# A new comment.\n" + text)
    }
    let backend = try explanation("compose.yml:backend", in: analysis)
    #expect(!backend.affected)
    #expect(backend.findings.map(\.verdict) == [.sameDefinition])
  }

  @Test("A change to an in-repository base image reaches its children through a chain")
  func baseChain() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("base/setup.sh", "echo changed\n")
    }
    let api = try explanation("compose.yml:api", in: analysis)
    #expect(api.affected)
    #expect(api.findings.filter(\.reaches).isEmpty)
    let chain = try #require(api.chains.first)
    #expect(chain.images == ["compose.yml:base"])
    #expect(chain.paths == ["base/setup.sh"])
    #expect(chain.link?.kind == .base)
    #expect(chain.link?.line == 1)
    let web = try explanation("compose.yml:web", in: analysis)
    #expect(!web.affected)
    #expect(web.chains.isEmpty)
    #expect(web.unrelatedPaths == 1)
  }

  @Test("A file in a stage only the dev target reads is not read by the production target")
  func unreachedStage() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("web/dev/tool.js", "2\n")
    }
    let web = try explanation("compose.yml:web", in: analysis)
    #expect(web.findings.map(\.verdict) == [.notRead])
    let dev = try explanation("compose.yml:web-dev", in: analysis)
    #expect(dev.findings.map(\.verdict) == [.content])
    #expect(dev.findings.first?.impacts.first?.step.line == 4)
  }

  @Test("A file reaches the images that read it and, through links, those built on them")
  func fileReach() throws {
    let analysis = try ImpactScenario(files: sharedTree).analyse {
      try $0.write("README.md", "changed\n")
    }
    let reach = analysis.reach(of: "base/setup.sh")
    #expect(!reach.changed)
    // api and worker build from the repository root, which holds base/ without reading it.
    #expect(
      reach.direct.map { [$0.id, $0.finding.verdict.rawValue] } == [
        ["compose.yml:api", "not-read"], ["compose.yml:base", "content"],
        ["compose.yml:worker", "not-read"],
      ])
    #expect(reach.linked.map(\.id) == ["compose.yml:api", "compose.yml:worker"])
    #expect(reach.linked.first?.via == ["compose.yml:base"])
    let shared = analysis.reach(of: "shared/lib.txt")
    #expect(
      shared.direct.filter(\.finding.reaches).map(\.id) == ["compose.yml:api", "compose.yml:worker"])
    #expect(shared.linked.isEmpty)
  }
}
