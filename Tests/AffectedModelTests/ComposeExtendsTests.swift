import AffectedModel
import Testing

@Suite("Compose extends")
struct ComposeExtendsTests {
  @Test("a service extends another in the same file; its own keys win")
  func sameFile() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        services:
          base:
            image: app
            environment: [A=1, B=2]
            ports: ["80:80"]
          web:
            extends: base
            environment: [B=3]
            ports: ["81:81"]
        """
      ])
    let web = ComposeFixture.service("web", of: project)
    #expect(web.image == "app")
    #expect(web.definition["environment"] == .sequence([.string("A=1"), .string("B=3")]))
    #expect(web.definition["ports"] == .sequence([.string("80:80"), .string("81:81")]))
    #expect(web.definition["extends"] == nil)
    #expect(project.diagnostics.isEmpty)
  }

  @Test("extends chains resolve in order, and merge their variables and files")
  func chain() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        services:
          a: {image: "a:${TAG}", user: a}
          b: {extends: {service: a}, user: b, working_dir: /b}
          c: {extends: b, working_dir: /c}
        """
      ])
    let c = ComposeFixture.service("c", of: project)
    #expect(c.image == "a:")
    #expect(c.definition["user"] == .string("b"))
    #expect(c.definition["working_dir"] == .string("/c"))
    #expect(c.variables == ["TAG"])
  }

  @Test("extends from another file rebases that file's paths to the project directory")
  func otherFile() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": """
        services:
          web:
            extends:
              file: ../common/services.yml
              service: webapp
            environment: ["MODE=${MODE:-dev}"]
        """,
        "common/services.yml": """
        services:
          webapp:
            build:
              context: ./webapp
              dockerfile: docker/Dockerfile
              additional_contexts: [shared=../shared, img=docker-image://alpine]
            env_file: [webapp.env]
            volumes: [./data:/data, named:/named, /abs:/abs]
            image: webapp:${TAG:-latest}
        """,
      ], ["app/compose.yaml"])
    let web = ComposeFixture.service("web", of: project)
    #expect(web.build?.context == .local(.repository("common/webapp")))
    #expect(web.build?.dockerfilePath == .repository("common/webapp/docker/Dockerfile"))
    #expect(
      web.build?.additionalContexts == [
        ComposeBuild.NamedContext(name: "shared", context: .local(.repository("shared"))),
        ComposeBuild.NamedContext(name: "img", context: .remote("docker-image://alpine")),
      ])
    #expect(web.envFiles.map(\.path) == [.repository("common/webapp.env")])
    #expect(web.volumes.map(\.hostPath) == [.repository("common/data"), nil, .absolute("/abs")])
    #expect(web.definition["build"]?["context"] == .string("../common/webapp"))
    #expect(web.image == "webapp:latest")
    #expect(web.files == ["app/compose.yaml", "common/services.yml"])
    #expect(web.variables == ["MODE", "TAG"])
    #expect(project.diagnostics.isEmpty)
  }

  @Test("a base in another file may itself extend a service of its own file")
  func otherFileChain() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": "services:\n  web:\n    extends: {file: lib/base.yml, service: child}\n",
        "lib/base.yml":
          "services:\n  root: {build: ., user: root}\n  child: {extends: root, user: child}\n",
      ])
    let web = ComposeFixture.service("web", of: project)
    #expect(web.build?.context == .local(.repository("lib")))
    #expect(web.definition["user"] == .string("child"))
    #expect(project.services.map(\.name) == ["web"])
  }

  @Test("!reset and !override in the extending service apply to what it inherits")
  func resetInherited() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        services:
          base: {image: a, ports: ["80:80"], command: [run], environment: [A=1]}
          web:
            extends: base
            ports: !reset []
            environment: !override [B=2]
        """
      ])
    let web = ComposeFixture.service("web", of: project).definition
    #expect(web["ports"] == nil)
    #expect(web["environment"] == .sequence([.string("B=2")]))
    #expect(web["command"] == .sequence([.string("run")]))
  }

  @Test(
    "a broken extends is reported and the service keeps its own block",
    arguments: [
      "services:\n  web: {extends: nope, image: a}\n",
      "services:\n  web: {extends: {file: missing.yml, service: x}, image: a}\n",
      "services:\n  web: {extends: {file: other.yml, service: nope}, image: a}\n",
      "services:\n  web: {extends: {file: ../../outside.yml, service: x}, image: a}\n",
      "services:\n  web: {extends: [x], image: a}\n",
    ])
  func broken(yaml: String) {
    let project = ComposeFixture.load(["compose.yaml": yaml, "other.yml": "services:\n  x: {}\n"])
    #expect(ComposeFixture.service("web", of: project).image == "a")
    #expect(ComposeFixture.service("web", of: project).definition["extends"] == nil)
    #expect(project.diagnostics.count == 1)
  }

  @Test("circular extends is reported, not looped over")
  func cycle() {
    let project = ComposeFixture.load(
      [
        "compose.yaml":
          "services:\n  a: {extends: b, image: a}\n  b: {extends: a, user: b}\n  c: {extends: c}\n"
      ])
    #expect(project.services.map(\.name) == ["a", "b", "c"])
    #expect(project.diagnostics.contains { $0.message.hasPrefix("circular extends") })
  }
}
