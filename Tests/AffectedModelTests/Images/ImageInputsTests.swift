import AffectedModel
import Testing

@Suite("What an image reads")
struct ImageInputsTests {
  private static let layered = """
    FROM python:3.12 AS base
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install -r requirements.txt

    FROM base AS dev
    COPY requirements-dev.txt .
    COPY tests/ tests/

    FROM base AS production
    COPY src/ src/
    """

  private static let layeredRepository = ImageRepository([
    "compose.yaml": "services:\n  api:\n    build:\n      context: .\n      target: production\n",
    "Dockerfile": layered,
    "requirements.txt": "flask\n",
    "requirements-dev.txt": "pytest\n",
    "src/app.py": "app = 1\n",
    "tests/test_app.py": "def test(): pass\n",
  ])

  @Test("only the stages the target reaches count")
  func reachedStages() throws {
    let definition = try Self.layeredRepository.definition("compose.yaml:api")
    #expect(definition.reachedStages.map(\.name) == ["production", "base"])
    #expect(definition.uncertainReasons.isEmpty)
    #expect(
      try Self.layeredRepository.content("compose.yaml:api") == ["requirements.txt", "src/app.py"])
    #expect(definition.mayRead(path: "src/app.py"))
    #expect(!definition.mayRead(path: "tests/test_app.py"))
    #expect(!definition.mayRead(path: "requirements-dev.txt"))
    #expect(definition.mayRead(path: "Dockerfile"))
    #expect(definition.mayRead(path: "compose.yaml"))
  }

  @Test("a read covers its folder, not a sibling that shares its prefix, and not what it excludes")
  func readBoundaries() throws {
    let repository = ImageRepository([
      "Dockerfile": "FROM alpine\nCOPY --exclude=*.md docs /docs\nCOPY app.py /\n",
      "docs/a.txt": "a\n",
      "docs/b.md": "b\n",
      "docsx/c.txt": "c\n",
      "app.py": "1\n",
    ])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(definition.mayRead(path: "docs/a.txt"))
    #expect(definition.mayRead(path: "docs/new/deep.txt"))
    #expect(!definition.mayRead(path: "docs/b.md"))
    #expect(!definition.mayRead(path: "docsx/c.txt"))
    #expect(definition.mayRead(path: "app.py"))
    #expect(!definition.mayRead(path: "app.pyc"))
  }

  @Test("editing a dev-only stage, a comment, or a stage name leaves the definition equal")
  func fingerprintIgnoresUnreachedEdits() throws {
    let before = try Self.layeredRepository.definition("compose.yaml:api").fingerprint
    let edits = [
      Self.layered.replacingOccurrences(of: "COPY tests/ tests/", with: "COPY tests/ /srv/tests"),
      "# syntax-free comment\n" + Self.layered.replacingOccurrences(of: "\n\n", with: "\n# x\n\n"),
      Self.layered.replacingOccurrences(of: "base", with: "common"),
      "FROM busybox AS unrelated\nRUN true\n" + Self.layered,
      Self.layered.replacingOccurrences(of: "COPY src/ src/", with: "COPY   src/    src/"),
    ]
    for edit in edits {
      let after = try Self.layeredRepository.with("Dockerfile", edit)
        .definition("compose.yaml:api").fingerprint
      #expect(after == before, "\(edit)")
    }
    let changed = [
      Self.layered.replacingOccurrences(of: "WORKDIR /app", with: "WORKDIR /srv"),
      "# syntax=docker/dockerfile:1.7\n" + Self.layered,
      Self.layered.replacingOccurrences(
        of: "FROM base AS production", with: "FROM dev AS production"),
    ]
    for edit in changed {
      let after = try Self.layeredRepository.with("Dockerfile", edit)
        .definition("compose.yaml:api").fingerprint
      #expect(after != before, "\(edit)")
    }
  }

  @Test("a changed input invalidates the cache from the first instruction that reads it")
  func layerImpact() throws {
    let definition = try Self.layeredRepository.definition("compose.yaml:api")
    let requirements = definition.layerImpacts(of: "requirements.txt")
    #expect(requirements.map(\.line) == [3])
    #expect(requirements.first?.stageName == "base")
    #expect(requirements.first?.instruction == "COPY requirements.txt .")
    #expect(requirements.first?.description == "stage base, line 3: COPY requirements.txt .")
    #expect(definition.layerImpacts(of: "src/app.py").map(\.line) == [11])
    #expect(definition.layerImpacts(of: "tests/test_app.py").isEmpty)
  }

  @Test(".dockerignore excludes files and ! re-includes them")
  func dockerignore() throws {
    let repository = ImageRepository([
      "app/Dockerfile": "FROM alpine\nCOPY . /app\n",
      "app/.dockerignore": "*.md\n!README.md\nbuild/\n",
      "app/README.md": "r", "app/CHANGES.md": "c", "app/main.c": "m", "app/build/out.o": "o",
    ])
    #expect(
      try repository.content("dockerfile:app/Dockerfile") == [
        "app/.dockerignore", "app/Dockerfile", "app/README.md", "app/main.c",
      ])
    let definition = try repository.definition("dockerfile:app/Dockerfile")
    #expect(definition.definitionFiles == ["app/Dockerfile", "app/.dockerignore"])
    #expect(!definition.mayRead(path: "app/CHANGES.md"))
    #expect(!definition.mayRead(path: "app/build/out.o"))
    #expect(definition.mayRead(path: "app/README.md"))
  }

  @Test("an ignore edit that drops no read file, or another service's edit, changes nothing")
  func harmlessEdits() throws {
    let compose = """
      services:
        api:
          build: {context: api, args: {MODE: prod}}
        web:
          build: {context: web, args: {MODE: prod}}
      """
    let repository = ImageRepository([
      "compose.yaml": compose,
      "api/Dockerfile": "FROM alpine\nARG MODE\nCOPY main.c /\n",
      "api/.dockerignore": "*.tmp\n", "api/main.c": "m",
      "web/Dockerfile": "FROM alpine\n",
    ])
    let before = try repository.inputs("compose.yaml:api")
    let edited =
      repository
      .with("api/.dockerignore", "*.tmp\n# build output\nout/\n")
      .with(
        "compose.yaml", compose.replacingOccurrences(of: "web, args: {MODE: prod}", with: "web"))
    let after = try edited.inputs("compose.yaml:api")
    #expect(after.content == before.content)
    #expect(after.definition.fingerprint == before.definition.fingerprint)
    let argument = repository.with(
      "compose.yaml", compose.replacingOccurrences(of: "api, args: {MODE: prod}", with: "api"))
    #expect(
      try argument.definition("compose.yaml:api").fingerprint != before.definition.fingerprint)
  }

  @Test("<Dockerfile>.dockerignore beside the Dockerfile wins over the context's .dockerignore")
  func dockerfileSpecificIgnore() throws {
    let files = [
      "compose.yaml": "services:\n  web:\n    build:\n      context: web\n"
        + "      dockerfile: ../docker/web.Dockerfile\n",
      "docker/web.Dockerfile": "FROM alpine\nCOPY . /srv\n",
      "web/.dockerignore": "*.txt\n",
      "web/a.txt": "a", "web/b.log": "b",
    ]
    let general = ImageRepository(files)
    #expect(try general.content("compose.yaml:web") == ["web/.dockerignore", "web/b.log"])
    let specific = general.with("docker/web.Dockerfile.dockerignore", "*.log\n")
    #expect(try specific.content("compose.yaml:web") == ["web/.dockerignore", "web/a.txt"])
    let definition = try specific.definition("compose.yaml:web")
    #expect(definition.contexts.first?.ignoreFiles == ["docker/web.Dockerfile.dockerignore"])
    // The general file does not apply, but adding the specific one to `general` would matter.
    #expect(
      try general.definition("compose.yaml:web").mayRead(
        path: "docker/web.Dockerfile.dockerignore"))
  }

  @Test("a symlinked .dockerignore is read through the link, and both files define the image")
  func symlinkedIgnore() throws {
    let repository = ImageRepository(
      [
        "Dockerfile": "FROM alpine\nCOPY . /\n", ".gitignore": "secret\n", "secret": "s",
        "kept": "k",
      ],
      links: [".dockerignore": ".gitignore"])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.definitionFiles == ["Dockerfile", ".dockerignore", ".gitignore"])
    #expect(
      try repository.content("dockerfile:Dockerfile") == [
        ".dockerignore", ".gitignore", "Dockerfile", "kept",
      ])
  }

  @Test(
    "wildcard sources match like BuildKit, and a wildcard that matches nothing is fine",
    arguments: [
      ("COPY package*.json ./", ["package-lock.json", "package.json"]),
      ("COPY *.lock ./", []),
      ("COPY src/*/index.ts ./", ["src/a/index.ts", "src/b/index.ts"]),
      ("COPY s?c ./", ["src/a/index.ts", "src/a/util.ts", "src/b/index.ts"]),
      ("COPY [p]ackage.json ./", ["package.json"]),
      ("ADD https://example.com/x.tgz /x", []),
      ("COPY <<EOF /etc/motd\nhello\nEOF", []),
    ])
  func wildcards(instruction: String, expected: [String]) throws {
    let repository = ImageRepository([
      "Dockerfile": "FROM node\n\(instruction)\n",
      "package.json": "{}", "package-lock.json": "{}",
      "src/a/index.ts": "a", "src/a/util.ts": "u", "src/b/index.ts": "b",
    ])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(try repository.content("dockerfile:Dockerfile") == expected)
  }

  @Test("a folder copied from a repo-root context is read by both images that copy it")
  func sharedFolder() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        api:
          build: {context: ., dockerfile: api/Dockerfile}
        web:
          build: {context: ., dockerfile: web/Dockerfile}
      """,
      "api/Dockerfile": "FROM alpine\nCOPY shared/ /shared\nCOPY api/src /src\n",
      "web/Dockerfile": "FROM alpine\nCOPY ./shared /shared\nCOPY web/../web/src /src\n",
      "shared/util.py": "u", "api/src/main.py": "a", "web/src/index.js": "w",
    ])
    #expect(try repository.content("compose.yaml:api") == ["api/src/main.py", "shared/util.py"])
    #expect(try repository.content("compose.yaml:web") == ["shared/util.py", "web/src/index.js"])
    let api = try repository.definition("compose.yaml:api")
    #expect(api.mayRead(path: "shared/util.py"))
    #expect(!api.mayRead(path: "web/src/index.js"))
  }

  @Test("RUN --mount=type=bind reads its source, or the whole context without one")
  func bindMounts() throws {
    let files = [
      "Dockerfile": """
      FROM golang
      RUN --mount=type=bind,source=go.mod,target=go.mod \\
          --mount=type=cache,target=/root/.cache go mod download
      RUN --mount=type=secret,id=token cat /run/secrets/token
      """,
      "go.mod": "module x\n", "main.go": "package main\n",
    ]
    let withSource = ImageRepository(files)
    #expect(try withSource.content("dockerfile:Dockerfile") == ["go.mod"])
    let whole = withSource.with(
      "Dockerfile", "FROM golang\nRUN --mount=type=bind,target=/src go build ./...\n")
    #expect(try whole.content("dockerfile:Dockerfile") == ["Dockerfile", "go.mod", "main.go"])
  }

  @Test("--exclude drops paths inside a copied folder, and --parents keeps the matched paths")
  func excludeAndParents() throws {
    let repository = ImageRepository([
      "Dockerfile": """
      # syntax=docker/dockerfile:1.7-labs
      FROM node
      COPY --exclude=*.test.js --exclude=fixtures lib/ /lib
      COPY --parents apps/*/package.json /work/
      COPY --parents tools/./bin/run /opt/
      """,
      "lib/a.js": "a", "lib/a.test.js": "t", "lib/fixtures/f.json": "f", "lib/sub/b.test.js": "b",
      "apps/web/package.json": "{}", "apps/web/index.js": "i", "apps/api/package.json": "{}",
      "tools/bin/run": "r", "tools/bin/other": "o",
    ])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.uncertainReasons.isEmpty)
    #expect(
      try repository.content("dockerfile:Dockerfile") == [
        "apps/api/package.json", "apps/web/package.json", "lib/a.js", "lib/sub/b.test.js",
        "tools/bin/run",
      ])
  }

  @Test("a source that is a symbolic link is followed; links inside a folder are sent as links")
  func symlinks() throws {
    let repository = ImageRepository(
      [
        "Dockerfile": "FROM alpine\nCOPY config /etc/app\nCOPY assets /assets\nCOPY *.pem /\n",
        "conf/prod/app.ini": "p", "conf/dev/app.ini": "d", "assets/logo.svg": "l",
        "certs/ca.pem": "c",
      ],
      links: ["config": "conf/prod", "assets/shared": "../conf/dev", "ca.pem": "certs/ca.pem"])
    #expect(
      try repository.content("dockerfile:Dockerfile") == [
        "assets/logo.svg", "assets/shared", "ca.pem", "certs/ca.pem", "conf/prod/app.ini",
        "config",
      ])
    let definition = try repository.definition("dockerfile:Dockerfile")
    #expect(definition.mayRead(path: "conf/prod/app.ini"))
    // `*.pem` could match a link to any file of the context, so every file may be read.
    #expect(definition.mayRead(path: "conf/dev/app.ini"))
  }

  @Test("a submodule is one input, and moving a whole context changes no input")
  func entries() throws {
    let repository = ImageRepository(
      [
        "compose.yaml": "services:\n  app:\n    build: old\n",
        "old/Dockerfile": "FROM a\nCOPY . .\n",
      ],
      submodules: ["old/vendor/lib": "0123abcd"])
    let before = try repository.inputs("compose.yaml:app")
    #expect(before.content.map(\.path) == ["Dockerfile", "vendor/lib"])
    #expect(before.content.last?.entry.kind == .submodule)
    var moved = ImageRepository(
      [
        "compose.yaml": "services:\n  app:\n    build: new\n",
        "new/Dockerfile": "FROM a\nCOPY . .\n",
      ],
      submodules: ["new/vendor/lib": "0123abcd"])
    moved.source.add("unrelated.txt", text: "x")
    let after = try moved.inputs("compose.yaml:app")
    #expect(after.content == before.content)
    #expect(after.definition.fingerprint == before.definition.fingerprint)
    #expect(after.content.map(\.repositoryPath) == ["new/Dockerfile", "new/vendor/lib"])
  }

  @Test("named contexts are read by FROM, COPY --from and --mount from=")
  func namedContexts() throws {
    let repository = ImageRepository([
      "compose.yaml": """
      services:
        app:
          build:
            context: app
            additional_contexts:
              proto: ./proto
              docs: ./docs
              upstream: https://github.com/acme/upstream.git
              base: docker-image://alpine:3.20
      """,
      "app/Dockerfile": """
      FROM base
      COPY --from=proto *.proto /proto/
      RUN --mount=from=docs,target=/docs make docs
      COPY --from=upstream /README /README
      COPY main.c /
      """,
      "app/main.c": "m", "app/unused.c": "u",
      "proto/api.proto": "p", "proto/.dockerignore": "*.md\n", "proto/notes.md": "n",
      "docs/index.md": "i",
    ])
    let inputs = try repository.inputs("compose.yaml:app")
    #expect(
      inputs.content.map { "\($0.context ?? "-") \($0.path)" } == [
        "- main.c", "docs index.md", "proto api.proto",
      ])
    #expect(inputs.definition.definitionFiles.contains("proto/.dockerignore"))
    #expect(inputs.definition.mayRead(path: "proto/api.proto"))
    #expect(!inputs.definition.mayRead(path: "proto/notes.md"))
  }

  @Test("a remote context reads nothing from the repository")
  func remoteContext() throws {
    let repository = ImageRepository([
      "compose.yaml": "services:\n  app:\n    build: https://github.com/acme/app.git\n",
      "Dockerfile": "FROM alpine\n",
    ])
    let inputs = try repository.inputs("compose.yaml:app")
    #expect(inputs.content.isEmpty)
    #expect(inputs.definition.uncertainReasons.isEmpty)
    #expect(inputs.definition.definitionFiles == ["compose.yaml"])
    #expect(!inputs.definition.mayRead(path: "Dockerfile"))
  }
}

@Suite("Dockerfiles read through links or written inline")
struct DockerfileSourceTests {
  @Test("a Dockerfile that is a symbolic link is read through it, and both files define the image")
  func symlinkedDockerfile() throws {
    let repository = ImageRepository(
      [
        "compose.yaml": "services:\n  app:\n    build: app\n",
        "docker/app.Dockerfile": "FROM alpine\nCOPY main.c /\n", "app/main.c": "m",
      ],
      links: ["app/Dockerfile": "../docker/app.Dockerfile"])
    let definition = try repository.definition("compose.yaml:app")
    #expect(
      definition.definitionFiles == ["compose.yaml", "app/Dockerfile", "docker/app.Dockerfile"])
    #expect(definition.mayRead(path: "docker/app.Dockerfile"))
    #expect(try repository.content("compose.yaml:app") == ["app/main.c"])
    // The linked file is built by the service, so it is no stand-alone image.
    #expect(repository.catalog.images.map(\.id) == ["compose.yaml:app"])
  }

  @Test("an inline Dockerfile has no file of its own and is compared parsed")
  func inlineDockerfile() throws {
    let compose = """
      services:
        app:
          build:
            context: .
            dockerfile_inline: |
              FROM alpine
              COPY app.txt /
      """
    let repository = ImageRepository(["compose.yaml": compose, "app.txt": "a", "other.txt": "o"])
    let definition = try repository.definition("compose.yaml:app")
    #expect(definition.definitionFiles == ["compose.yaml"])
    #expect(try repository.content("compose.yaml:app") == ["app.txt"])
    let edited = repository.with(
      "compose.yaml", compose.replacingOccurrences(of: "app.txt /", with: "app.txt /srv/"))
    #expect(try edited.definition("compose.yaml:app").fingerprint != definition.fingerprint)
    let broken = repository.with(
      "compose.yaml", compose.replacingOccurrences(of: "COPY app.txt /", with: "COPY app.txt"))
    let warning = try #require(try broken.definition("compose.yaml:app").diagnostics.first)
    #expect(warning.file == "compose.yaml")
    #expect(warning.message.hasPrefix("inline Dockerfile line 2: "))
  }
}
