import AffectedPlanner
import AffectedTestSupport
import Testing

/// The start side takes over head's catalog and definitions only when no change reaches what
/// they were read from: every edit below must still be seen.
@Suite("Reusing head's discovery at the start side", .scratchDirectory)
struct StartSideReuseTests {
  private static let compose = "services:\n  api:\n    build: ${CONTEXT}\n"

  private static func scenario() throws -> ImpactScenario {
    try ImpactScenario(
      files: [
        "compose.yml": compose, ".env": "CONTEXT=api\n",
        "api/Dockerfile": "FROM alpine\nCOPY . /app\n", "api/main.go": "package main\n",
        "other/Dockerfile": "FROM alpine\nCOPY . /other\n",
        "stack/web.yaml": "services:\n  web:\n    build: web\n",
        "web/Dockerfile": "FROM nginx\n", "README.md": "readme\n",
      ],
      links: ["deploy.compose.yml": "stack/web.yaml"])
  }

  @Test("A documentation change affects nothing")
  func unrelated() throws {
    let analysis = try Self.scenario().analyse { try $0.write("README.md", "more\n") }
    #expect(analysis.waves.isEmpty)
    #expect(analysis.removed.isEmpty)
  }

  @Test("A service added to a compose file is new")
  func composeEdit() throws {
    let analysis = try Self.scenario().analyse {
      try $0.write("compose.yml", Self.compose + "  tool:\n    build: web\n")
    }
    #expect(analysis.reasons["compose.yml:tool"]?.first?.hasPrefix("it is new") == true)
  }

  @Test("A Dockerfile added is a new image, a Dockerfile deleted a removed one")
  func dockerfiles() throws {
    let analysis = try Self.scenario().analyse {
      try $0.write("tools/Dockerfile", "FROM alpine\n")
      try $0.remove("other/Dockerfile")
    }
    #expect(analysis.reasons["dockerfile:tools/Dockerfile"]?.first?.hasPrefix("it is new") == true)
    #expect(analysis.removed == ["dockerfile:other/Dockerfile"])
  }

  @Test("An edit of .env that moves a context affects the image")
  func dotEnv() throws {
    let analysis = try Self.scenario().analyse { try $0.write(".env", "CONTEXT=other\n") }
    #expect(analysis.isAffected("compose.yml:api"))
  }

  @Test("An edit of the file a compose link points to is seen")
  func linkTarget() throws {
    let analysis = try Self.scenario().analyse {
      try $0.write("stack/web.yaml", "services:\n  web:\n    build: web\n  docs:\n    build: web\n")
    }
    #expect(
      analysis.reasons["deploy.compose.yml:docs"]?.first?.hasPrefix("it is new") == true)
    #expect(!analysis.isAffected("deploy.compose.yml:web"))
  }

  @Test("An edit of a Dockerfile affects its image only")
  func dockerfileEdit() throws {
    let analysis = try Self.scenario().analyse {
      try $0.write("web/Dockerfile", "FROM nginx\nRUN true\n")
    }
    #expect(analysis.waves == [["deploy.compose.yml:web"]])
  }
}
