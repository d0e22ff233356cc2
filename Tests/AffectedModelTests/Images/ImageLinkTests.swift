import AffectedModel
import Testing

@Suite("Links between images and inherited ONBUILD triggers")
struct ImageLinkTests {
  private static let repository = ImageRepository([
    "compose.yaml": """
    services:
      base:
        build: base
        image: acme/base:1.0
      app:
        build: app
      tool:
        build: tool
      other:
        build: other
      svc:
        build:
          context: svc
          additional_contexts:
            basectx: service:base
            bake: target:tool
    """,
    "base/Dockerfile": """
    FROM python:3.12
    ENV APP_HOME=/app
    ONBUILD COPY . $APP_HOME
    ONBUILD RUN pip install -r requirements.txt
    """,
    "app/Dockerfile": "FROM acme/base:1.0\nCMD [\"python\", \"main.py\"]\n",
    "app/main.py": "m", "app/requirements.txt": "r",
    "tool/Dockerfile": """
    FROM docker.io/acme/base:1.0 AS parent
    FROM alpine
    COPY --from=index.docker.io/acme/base:1.0 /app /app
    COPY --from=parent /app /copy
    """,
    "tool/x": "x",
    "other/Dockerfile": "FROM acme/base\nFROM node\nFROM app\n",
    "node/Dockerfile": "FROM alpine\n",
    "svc/Dockerfile": "FROM basectx\n",
    "skaffold.yaml": """
    build:
      artifacts:
        - image: gcr.io/acme/lib
          context: lib
        - image: gcr.io/acme/svc
          context: skaffold-svc
          requires:
            - image: gcr.io/acme/lib
              alias: LIB
    """,
    "lib/Dockerfile": "FROM alpine\n",
    "skaffold-svc/Dockerfile": "ARG LIB\nFROM $LIB:v2\n",
  ])

  private func links(_ id: String) throws -> [String] {
    try Self.repository.definition(id).links.map {
      "\($0.kind.rawValue) \($0.target) \($0.reference)" + ($0.line.map { " \($0)" } ?? "")
    }
  }

  @Test("FROM and COPY --from link to an image built under that name, host normalised")
  func explicitNames() throws {
    #expect(try links("compose.yaml:app") == ["base compose.yaml:base acme/base:1.0 1"])
    #expect(
      try links("compose.yaml:tool") == [
        "base compose.yaml:base docker.io/acme/base:1.0 1",
        "copy compose.yaml:base index.docker.io/acme/base:1.0 3",
      ])
  }

  @Test("default names, folder names and other tags never link")
  func noLinks() throws {
    #expect(try links("compose.yaml:other").isEmpty)
  }

  @Test("service: and target: contexts and skaffold requires link")
  func specLinks() throws {
    #expect(
      try links("compose.yaml:svc") == [
        "namedContext compose.yaml:base service:base",
        "namedContext compose.yaml:tool service:tool",
      ])
    #expect(
      try links("skaffold:gcr.io/acme/svc") == [
        "base skaffold:gcr.io/acme/lib gcr.io/acme/lib:v2 2",
        "requires skaffold:gcr.io/acme/lib gcr.io/acme/lib",
      ])
  }

  @Test("ONBUILD triggers of an in-repository base image read the child's context")
  func inheritedTriggers() throws {
    let definition = try Self.repository.definition("compose.yaml:app")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(definition.definitionFiles.contains("base/Dockerfile"))
    #expect(
      try Self.repository.content("compose.yaml:app") == [
        "app/Dockerfile", "app/main.py", "app/requirements.txt",
      ])
    let impact = try #require(definition.layerImpacts(of: "app/main.py").first)
    #expect(impact.file == "base/Dockerfile")
    #expect(impact.line == 3)
    #expect(definition.fingerprint.lines.contains("trigger COPY . $APP_HOME"))
    let edited = Self.repository.with(
      "base/Dockerfile", "FROM python:3.12\nENV APP_HOME=/srv\nONBUILD COPY . $APP_HOME\n")
    #expect(try edited.definition("compose.yaml:app").fingerprint != definition.fingerprint)
    // The base image itself runs no trigger.
    #expect(try Self.repository.content("compose.yaml:base").isEmpty)
  }

  @Test("ONBUILD triggers of a base stage run in the stage built from it")
  func stageTriggers() throws {
    let repository = ImageRepository([
      "Dockerfile": """
      FROM alpine AS builder
      ENV SRC=lib
      ONBUILD COPY $SRC /src
      FROM builder
      RUN make
      """,
      "lib/a.c": "a", "docs/b.md": "b",
    ])
    #expect(try repository.content("dockerfile:Dockerfile") == ["lib/a.c"])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.layerImpacts(of: "lib/a.c").map(\.line) == [3])
    #expect(definition.reachedStages.map(\.index) == [1, 0])
  }

  @Test("an image named in several places links from each, and its triggers run in each stage")
  func repeatedImage() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        base:
          build: base
          image: acme/base:1.0
        app:
          build: app
      """,
      "base/Dockerfile": "FROM python:3.12\nONBUILD COPY src /src\n",
      "app/Dockerfile": """
      FROM acme/base:1.0 AS first
      FROM docker.io/acme/base:1.0
      COPY --from=first /src /first
      COPY --from=acme/base:1.0 /src /copy
      """,
      "app/src/a.py": "a",
    ])
    let definition = try repository.definition("compose.yaml:app")
    #expect(
      definition.links.map { "\($0.kind.rawValue) \($0.target) \($0.line ?? 0)" } == [
        "base compose.yaml:base 1", "base compose.yaml:base 2", "copy compose.yaml:base 4",
      ])
    #expect(definition.pulledNames == ["acme/base:1.0", "docker.io/acme/base:1.0"])
    #expect(definition.fingerprint.lines.filter { $0 == "trigger COPY src /src" }.count == 2)
    #expect(definition.layerImpacts(of: "app/src/a.py").map(\.line) == [2, 2])
  }
}
