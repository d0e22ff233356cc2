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
        "compose.yml": Self.compose, ".env": "CONTEXT=api\n",
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

/// The start side takes over a head definition only when the catalog answers its lookups alike.
@Suite("Reusing head's definitions at the start side", .scratchDirectory)
struct StartSideDefinitionReuseTests {
  private static let compose = """
    services:
      base:
        build: base
        image: example/base
      app:
        build: app

    """

  /// `app` builds on `base`, whose Dockerfile has an `ONBUILD` trigger.
  private static func triggers() throws -> ImpactScenario {
    try ImpactScenario(files: [
      "compose.yml": compose,
      "base/Dockerfile": "FROM alpine\nONBUILD COPY . /src\n",
      "app/Dockerfile": "FROM example/base\nRUN true\n", "app/main.go": "package main\n",
    ])
  }

  @Test("A base image renamed away takes its ONBUILD triggers with it")
  func renamedBase() throws {
    let analysis = try Self.triggers().analyse {
      try $0.write(
        "compose.yml", Self.compose.replacingOccurrences(of: "example/base", with: "example/core"))
    }
    #expect(analysis.reasons["compose.yml:app"]?.first?.hasPrefix("its definition changed") == true)
    #expect(analysis.dependencies(of: "compose.yml:app").isEmpty)
  }

  @Test("An edit of the Dockerfile a base image's triggers come from is seen")
  func triggerEdit() throws {
    let analysis = try Self.triggers().analyse {
      try $0.write("base/Dockerfile", "FROM alpine\nONBUILD COPY main.go /src/\n")
    }
    #expect(analysis.reasons["compose.yml:app"]?.first?.hasPrefix("its definition changed") == true)
  }
}

extension StartSideDefinitionReuseTests {
  @Test("A folder an image copies that did not exist at the base affects it")
  func folderAdded() throws {
    let scenario = try ImpactScenario(files: [
      "app/Dockerfile": "FROM alpine\nCOPY shared /shared\nCOPY main.go /\n",
      "app/main.go": "package main\n",
    ])
    let analysis = try scenario.analyse { try $0.write("app/shared/util.go", "package shared\n") }
    #expect(analysis.isAffected("dockerfile:app/Dockerfile"))
  }

  @Test("Files added beside a folder an image copies leave its definition alone")
  func siblingAdded() throws {
    let scenario = try ImpactScenario(files: [
      "app/Dockerfile": "FROM alpine\nCOPY shared /shared\n",
      "app/shared/util.go": "package shared\n", "app/README.md": "readme\n",
    ])
    let analysis = try scenario.analyse {
      try $0.write("app/shared/more.go", "package shared\n")
      try $0.write("app/docs/guide.md", "guide\n")
    }
    #expect(analysis.reasons["dockerfile:app/Dockerfile"] == ["its content changed: app/shared/more.go"])
  }
}
