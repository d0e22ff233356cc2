import AffectedModel
import Testing

@Suite("Compose include")
struct ComposeIncludeTests {
  @Test("included services join the project, with paths relative to their own folder")
  func includeString() {
    let project = ComposeFixture.load(
      [
        "compose.yaml":
          "include:\n  - db/compose.yaml\nservices:\n  web:\n    build: .\n    depends_on: [db]\n",
        "db/compose.yaml": """
        services:
          db:
            build: {dockerfile: db.Dockerfile}
            volumes: [./init:/docker-entrypoint-initdb.d]
            image: db:${DB_TAG}
        volumes:
          data: {}
        secrets:
          pw: {file: ./pw.txt}
        """,
        "db/.env": "DB_TAG=15\n",
      ])
    let db = ComposeFixture.service("db", of: project)
    #expect(db.build?.context == .local(.repository("db")))
    #expect(db.build?.dockerfilePath == .repository("db/db.Dockerfile"))
    #expect(db.volumes.first?.hostPath == .repository("db/init"))
    #expect(db.image == "db:15")
    #expect(db.file == "db/compose.yaml")
    #expect(db.variables == ["DB_TAG"])
    #expect(project.volumes.map(\.name) == ["data"])
    #expect(project.secrets.first?.file == .repository("db/pw.txt"))
    #expect(
      project.includes == [
        ComposeInclude(
          declaringFile: "compose.yaml", files: ["db/compose.yaml"], projectDirectory: "db",
          envFiles: ["db/.env"])
      ])
    #expect(project.variableFiles == ["db/.env"])
    #expect(project.diagnostics.isEmpty)
  }

  @Test(
    "the long syntax: several files, a project directory, env files; the parent's variables win"
  )
  func includeLongSyntax() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": """
        include:
          - path: [../lib/a.yml, ../lib/a.override.yml]
            project_directory: ../lib/root
            env_file: ../lib/vars.env
        services: {}
        """,
        "app/.env": "SHARED=parent\n",
        "lib/a.yml": "services:\n  lib:\n    build: ./src\n    image: ${SHARED}-${OWN}\n",
        "lib/a.override.yml": "services:\n  lib:\n    user: me\n",
        "lib/vars.env": "SHARED=child\nOWN=own\n",
      ], ["app/compose.yaml"])
    let lib = ComposeFixture.service("lib", of: project)
    #expect(lib.build?.context == .local(.repository("lib/root/src")))
    #expect(lib.image == "parent-own")
    #expect(lib.definition["user"] == .string("me"))
    #expect(lib.files == ["lib/a.yml", "lib/a.override.yml"])
    #expect(project.includes.first?.envFiles == ["lib/vars.env"])
  }

  @Test("includes apply recursively")
  func nested() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "include: [a/compose.yaml]\n",
        "a/compose.yaml": "include: [b/compose.yaml]\nservices:\n  a: {build: .}\n",
        "a/b/compose.yaml": "services:\n  b: {build: ./ctx}\n",
      ])
    #expect(project.services.map(\.name) == ["a", "b"])
    #expect(
      ComposeFixture.service("b", of: project).build?.context == .local(.repository("a/b/ctx")))
    #expect(project.includes.map(\.files) == [["a/compose.yaml"], ["a/b/compose.yaml"]])
  }

  @Test("a later file can override an included service")
  func overrideIncluded() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "include: [db.yaml]\n",
        "db.yaml": "services:\n  db: {image: postgres:15}\n",
        "compose.override.yaml": "services:\n  db: {image: postgres:16}\n",
      ], ["compose.yaml", "compose.override.yaml"])
    let db = ComposeFixture.service("db", of: project)
    #expect(db.image == "postgres:16")
    #expect(db.file == "db.yaml")
    #expect(db.files == ["db.yaml", "compose.override.yaml"])
  }

  @Test("a conflicting definition is reported and the including file's one is kept")
  func conflict() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "include: [db.yaml]\nservices:\n  db: {image: mine}\n",
        "db.yaml": "services:\n  db: {image: theirs}\n",
      ])
    #expect(ComposeFixture.service("db", of: project).image == "mine")
    #expect(project.diagnostics.count == 1)
  }

  @Test("an identical definition is not a conflict")
  func identical() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "include: [db.yaml]\nservices:\n  db: {image: same}\n",
        "db.yaml": "services:\n  db: {image: same}\n",
      ])
    #expect(project.diagnostics.isEmpty)
  }

  @Test("include cycles are reported")
  func cycle() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "include: [a.yaml]\n",
        "a.yaml": "include: [compose.yaml]\nservices:\n  a: {}\n",
      ])
    #expect(project.services.map(\.name) == ["a"])
    #expect(project.diagnostics.map(\.message).contains { $0.hasPrefix("include cycle") })
  }

  @Test(
    "remote, missing or outside includes are reported",
    arguments: [
      "include: [\"https://example.com/compose.yaml\"]\n", "include: [missing.yaml]\n",
      "include: [../../x.yaml]\n",
    ])
  func unreadable(yaml: String) {
    let project = ComposeFixture.load(["compose.yaml": yaml])
    #expect(project.services.isEmpty)
    #expect(project.diagnostics.count == 1)
  }
}
