import AffectedModel
import Testing

@Suite("Image discovery")
struct ImageDiscoveryTests {
  @Test("every compose service with build is an image, whatever its profiles")
  func composeServices() throws {
    let repository = ImageRepository([
      "deploy/compose.yml": """
      name: shop
      services:
        api:
          build: ./api
          image: ghcr.io/acme/api:1.0
        worker:
          profiles: [jobs]
          build:
            context: ./api
            dockerfile: Dockerfile.worker
            target: worker
            args:
              - MODE=fast
              - FROM_SHELL
        db:
          image: postgres:16
      """,
      "deploy/api/Dockerfile": "FROM alpine\n",
      "deploy/api/Dockerfile.worker": "FROM alpine AS worker\n",
    ])
    let catalog = repository.catalog
    #expect(catalog.images.map(\.id) == ["deploy/compose.yml:api", "deploy/compose.yml:worker"])
    let api = try repository.image("deploy/compose.yml:api")
    #expect(api.kind == .compose)
    #expect(api.sourceFile == "deploy/compose.yml")
    #expect(api.environment == "deploy/compose.yml")
    #expect(api.context == .folder("deploy/api"))
    #expect(api.dockerfile == "deploy/api/Dockerfile")
    #expect(api.name == "ghcr.io/acme/api:1.0")
    #expect(api.publishedName == "ghcr.io/acme/api:1.0")
    let worker = try repository.image("deploy/compose.yml:worker")
    #expect(worker.dockerfile == "deploy/api/Dockerfile.worker")
    #expect(worker.target == "worker")
    #expect(worker.profiles == ["jobs"])
    #expect(worker.buildArguments == ["MODE": "fast"])
    #expect(worker.name == "shop-worker")
    #expect(worker.publishedName == nil)
    #expect(catalog.images(matching: "worker").map(\.id) == ["deploy/compose.yml:worker"])
  }

  @Test("an override adds no ids of its own, and a short name may match several images")
  func overridesAndShortNames() {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  backend:\n    build: ./backend\n",
      "compose.override.yaml": "services:\n  debug:\n    build: ./backend\n",
      "dev.compose.yml": "services:\n  backend:\n    build: ./backend\n",
      "backend/Dockerfile": "FROM alpine\n",
    ])
    let catalog = repository.catalog
    #expect(
      catalog.images.map(\.id) == [
        "compose.yaml:backend", "compose.yaml:debug", "dev.compose.yml:backend",
      ])
    #expect(
      catalog.images(matching: "backend").map(\.id) == [
        "compose.yaml:backend", "dev.compose.yml:backend",
      ])
    #expect(catalog.images(matching: "dev.compose.yml:backend").count == 1)
    #expect(catalog.images(matching: "frontend").isEmpty)
  }

  @Test("a service that comes through include keeps the id of the file that defines it")
  func includes() throws {
    let repository = ImageRepository([
      "compose.yaml": "include:\n  - services/api.yaml\nservices:\n  web:\n    build: web\n",
      "services/api.yaml": "services:\n  api:\n    build: ./api\n",
      "services/api/Dockerfile": "FROM alpine\n",
      "web/Dockerfile": "FROM alpine\n",
    ])
    #expect(
      repository.catalog.images.map(\.id) == ["compose.yaml:web", "services/api.yaml:api"])
    #expect(try repository.image("services/api.yaml:api").context == .folder("services/api"))
  }

  @Test("interpolated paths use the .env beside the base file")
  func interpolation() throws {
    let repository = ImageRepository([
      "app/compose.yaml": """
      services:
        api:
          build:
            context: ${API_DIR:-missing}
            dockerfile: ${DOCKERFILE}
            args:
              VERSION: ${VERSION:-1}
      """,
      "app/.env": "API_DIR=./services/api\nDOCKERFILE=build/Dockerfile\n",
      "app/services/api/build/Dockerfile": "FROM alpine\n",
    ])
    let api = try repository.image("app/compose.yaml:api")
    #expect(api.context == .folder("app/services/api"))
    #expect(api.dockerfile == "app/services/api/build/Dockerfile")
    #expect(api.buildArguments == ["VERSION": "1"])
    #expect(api.specFiles == ["app/compose.yaml", "app/.env"])
  }

  @Test("a compose file read through a link is defined by the link's target too")
  func linkedComposeFile() throws {
    let repository = ImageRepository(
      ["stacks/main.yml": "services:\n  app:\n    build: ./app\n", "app/Dockerfile": "FROM a\n"],
      links: ["compose.yaml": "stacks/main.yml"])
    let app = try repository.image("compose.yaml:app")
    #expect(app.specFiles == ["compose.yaml", "stacks/main.yml"])
    #expect(app.context == .folder("app"))
  }

  @Test("remote, inline and outside contexts")
  func unusualContexts() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        remote:
          build: https://github.com/acme/app.git#main
        inline:
          build:
            context: .
            dockerfile_inline: |
              FROM alpine
              COPY app.txt /
        outside:
          build: ../elsewhere
      """,
      "app.txt": "x",
    ])
    let remote = try repository.image("compose.yaml:remote")
    #expect(remote.context == .remote("https://github.com/acme/app.git#main"))
    #expect(remote.dockerfile == nil)
    #expect(remote.uncertainReasons.isEmpty)
    let inline = try repository.image("compose.yaml:inline")
    #expect(inline.dockerfile == nil)
    #expect(inline.inlineDockerfile == "FROM alpine\nCOPY app.txt /\n")
    let outside = try repository.image("compose.yaml:outside")
    #expect(outside.context == .outside("../elsewhere"))
    #expect(try repository.definition("compose.yaml:outside").readsOutsideRepository)
    #expect(outside.uncertainReasons.count == 1)
  }

  @Test("skaffold artifacts built with docker or kaniko are images")
  func skaffold() throws {
    let repository = ImageRepository([
      "deploy/skaffold.yaml": """
      apiVersion: skaffold/v4beta11
      kind: Config
      build:
        artifacts:
          - image: gcr.io/acme/base
            context: base
          - image: gcr.io/acme/api
            context: ../api
            docker:
              dockerfile: docker/Dockerfile
              target: release
              buildArgs:
                MODE: prod
                FROM_ENV:
            requires:
              - image: gcr.io/acme/base
                alias: BASE
          - image: gcr.io/acme/jvm
            jib: {}
      ---
      apiVersion: skaffold/v4beta11
      kind: Config
      build:
        artifacts:
          - image: gcr.io/acme/job
            kaniko:
              dockerfile: Jobfile
      profiles:
        - name: other
          build:
            artifacts:
              - image: gcr.io/acme/profiled
      """,
      "other/skaffold.yml": "build:\n  artifacts:\n    - image: gcr.io/acme/base\n",
    ])
    let catalog = repository.catalog
    #expect(
      catalog.images.map(\.id) == [
        "skaffold:gcr.io/acme/api", "skaffold:gcr.io/acme/base#deploy/skaffold.yaml",
        "skaffold:gcr.io/acme/base#other/skaffold.yml", "skaffold:gcr.io/acme/job",
      ])
    let api = try repository.image("skaffold:gcr.io/acme/api")
    #expect(api.kind == .skaffold)
    #expect(api.context == .folder("api"))
    #expect(api.dockerfile == "api/docker/Dockerfile")
    #expect(api.target == "release")
    #expect(api.buildArguments == ["MODE": "prod", "BASE": "gcr.io/acme/base"])
    #expect(api.requiredImages == ["gcr.io/acme/base"])
    #expect(api.shortNames == ["api"])
    #expect(api.matchesAnyTag)
    #expect(try repository.image("skaffold:gcr.io/acme/job").dockerfile == "deploy/Jobfile")
    #expect(catalog.images(matching: "base").count == 2)
  }

  @Test("every other Dockerfile is an image of its own folder")
  func standaloneDockerfiles() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  api:\n    build: api\n",
      "api/Dockerfile": "FROM alpine\n",
      "api/Dockerfile.dockerignore": "*.md\n",
      "api/Dockerfile.test": "FROM alpine\n",
      "Containerfile": "FROM alpine\n",
      "tools/lint.Dockerfile": "FROM alpine\n",
      "tools/db/seed.dockerfile": "FROM alpine\n",
      "tools/Dockerfile.md": "FROM alpine\n",
      "docs/dockerfile.txt": "no",
    ])
    #expect(
      repository.catalog.images.map(\.id) == [
        "compose.yaml:api", "dockerfile:Containerfile", "dockerfile:api/Dockerfile.test",
        "dockerfile:tools/Dockerfile.md", "dockerfile:tools/db/seed.dockerfile",
        "dockerfile:tools/lint.Dockerfile",
      ])
    let seed = try repository.image("dockerfile:tools/db/seed.dockerfile")
    #expect(seed.kind == .dockerfile)
    #expect(seed.context == .folder("tools/db"))
    #expect(seed.name == "tools/db")
    #expect(seed.shortNames == ["tools/db", "db"])
    #expect(seed.target == nil)
    let root = try repository.image("dockerfile:Containerfile")
    #expect(root.name == ".")
    #expect(root.shortNames == ["."])
  }

  @Test("a compose file that is not YAML is reported with its line, and its images recovered")
  func malformedCompose() throws {
    let good = ImageRepository([
      "compose.yaml": "services:\n  api:\n    build: .\n",
      "Dockerfile": "FROM alpine\n",
    ])
    let broken = good.with("compose.yaml", "services:\n  api:\n    build: [.\n  bad: }\n")
    let catalog = broken.catalog
    #expect(catalog.unreadableFiles == ["compose.yaml"])
    let warning = try #require(catalog.diagnostics.first { $0.file == "compose.yaml" })
    #expect(warning.line != nil)
    #expect(!catalog.images.contains { $0.id == "compose.yaml:api" })
    let recovered = catalog.recovering(from: good.catalog)
    let api = try #require(recovered.image(withID: "compose.yaml:api"))
    #expect(api.uncertainReasons.count == 1)
    #expect(good.catalog.recovering(from: catalog) == good.catalog)
  }

  @Test("a skaffold file that is not YAML is reported and listed as unreadable")
  func malformedSkaffold() {
    let catalog = ImageRepository(["skaffold.yaml": "build:\n  artifacts: [\n"]).catalog
    #expect(catalog.unreadableFiles == ["skaffold.yaml"])
    #expect(catalog.diagnostics.contains { $0.file == "skaffold.yaml" && $0.line != nil })
  }
}
