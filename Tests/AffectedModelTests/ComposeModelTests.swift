import AffectedModel
import Testing

@Suite("Compose model")
struct ComposeModelTests {
  @Test("build: the string form, defaults, and a remote context")
  func buildForms() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": """
        services:
          short: {build: ./short}
          defaults: {build: {target: prod}}
          inline: {build: {dockerfile_inline: "FROM alpine"}}
          remote:
            build:
              context: "https://github.com/org/repo.git#main:dir"
              dockerfile: Dockerfile.prod
          pulled: {image: nginx}
        """
      ], ["app/compose.yaml"])
    let short = ComposeFixture.service("short", of: project).build
    #expect(short?.context == .local(.repository("app/short")))
    #expect(short?.contextText == "./short")
    #expect(short?.dockerfile == "Dockerfile")
    #expect(short?.dockerfilePath == .repository("app/short/Dockerfile"))
    let defaults = ComposeFixture.service("defaults", of: project).build
    #expect(defaults?.context == .local(.repository("app")))
    #expect(defaults?.target == "prod")
    let inline = ComposeFixture.service("inline", of: project).build
    #expect(inline?.dockerfile == nil)
    #expect(inline?.dockerfilePath == nil)
    #expect(inline?.dockerfileInline == "FROM alpine")
    let remote = ComposeFixture.service("remote", of: project).build
    #expect(remote?.context == .remote("https://github.com/org/repo.git#main:dir"))
    #expect(remote?.dockerfile == "Dockerfile.prod")
    #expect(remote?.dockerfilePath == nil)
    #expect(ComposeFixture.service("pulled", of: project).build == nil)
    #expect(ComposeFixture.service("pulled", of: project).image == "nginx")
  }

  @Test("build args, additional contexts, ssh and secrets in list and mapping syntax")
  func buildAttributes() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        services:
          list:
            build:
              context: .
              args: [B=2, A, C=]
              additional_contexts: [base=./base, img=docker-image://alpine, svc=service:other]
              ssh: [default, key=~/.ssh/id]
              secrets: [token, {source: cert, target: /run/cert}]
          map:
            build:
              args: {B: 2, A: null, V: 1.10}
              additional_contexts: {base: ../base}
              ssh: {default: null}
        """
      ])
    let list = ComposeFixture.service("list", of: project).build
    #expect(
      list?.args == [
        ComposeKeyValue(key: "B", value: "2"), ComposeKeyValue(key: "A", value: nil),
        ComposeKeyValue(key: "C", value: ""),
      ])
    #expect(
      list?.additionalContexts == [
        ComposeBuild.NamedContext(name: "base", context: .local(.repository("base"))),
        ComposeBuild.NamedContext(name: "img", context: .remote("docker-image://alpine")),
        ComposeBuild.NamedContext(name: "svc", context: .service("other")),
      ])
    #expect(
      list?.ssh == [
        ComposeKeyValue(key: "default", value: nil),
        ComposeKeyValue(key: "key", value: "~/.ssh/id"),
      ])
    #expect(
      list?.secrets == [
        ComposeResourceReference(source: "token"),
        ComposeResourceReference(source: "cert", target: "/run/cert"),
      ])
    let map = ComposeFixture.service("map", of: project).build
    #expect(
      map?.args == [
        ComposeKeyValue(key: "B", value: "2"), ComposeKeyValue(key: "A", value: nil),
        ComposeKeyValue(key: "V", value: "1.10"),
      ])
    #expect(
      map?.additionalContexts == [
        ComposeBuild.NamedContext(name: "base", context: .local(.outside("../base")))
      ])
    #expect(map?.ssh == [ComposeKeyValue(key: "default", value: nil)])
  }

  @Test("depends_on, profiles, env_file, configs and secrets")
  func serviceAttributes() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        services:
          web:
            depends_on:
              db: {condition: service_healthy, restart: true}
              cache: {condition: service_started, required: false}
            profiles: [debug, tools]
            env_file:
              - common.env
              - path: ./local.env
                required: false
            configs: [nginx, {source: site, target: /etc/site}]
            secrets: [token]
          worker:
            depends_on: [web]
            env_file: worker.env
        """
      ])
    let web = ComposeFixture.service("web", of: project)
    #expect(
      web.dependsOn == [
        ComposeDependency(service: "cache", required: false),
        ComposeDependency(service: "db", condition: "service_healthy", restart: true),
      ])
    #expect(web.profiles == ["debug", "tools"])
    #expect(
      web.envFiles == [
        ComposeEnvFile(text: "common.env", path: .repository("common.env")),
        ComposeEnvFile(text: "./local.env", path: .repository("local.env"), required: false),
      ])
    #expect(
      web.configs == [
        ComposeResourceReference(source: "nginx"),
        ComposeResourceReference(source: "site", target: "/etc/site"),
      ])
    #expect(web.secrets == [ComposeResourceReference(source: "token")])
    let worker = ComposeFixture.service("worker", of: project)
    #expect(worker.dependsOn == [ComposeDependency(service: "web")])
    #expect(worker.envFiles.map(\.path) == [.repository("worker.env")])
  }

  @Test("volumes in short and long syntax")
  func volumes() {
    let project = ComposeFixture.load(
      [
        "srv/compose.yaml": """
        services:
          web:
            volumes:
              - ./html:/usr/share/nginx/html:ro
              - data:/data
              - /cache
              - ~/conf:/conf
              - type: bind
                source: static
                target: /static
                read_only: true
              - type: volume
                source: logs
                target: /logs
              - type: tmpfs
                target: /tmp
        """
      ], ["srv/compose.yaml"])
    #expect(
      ComposeFixture.service("web", of: project).volumes == [
        ComposeVolumeMount(
          type: "bind", source: "./html", hostPath: .repository("srv/html"),
          target: "/usr/share/nginx/html", readOnly: true),
        ComposeVolumeMount(type: "volume", source: "data", hostPath: nil, target: "/data"),
        ComposeVolumeMount(type: "volume", source: nil, hostPath: nil, target: "/cache"),
        ComposeVolumeMount(
          type: "bind", source: "~/conf", hostPath: .absolute("~/conf"), target: "/conf"),
        ComposeVolumeMount(
          type: "bind", source: "static", hostPath: .repository("srv/static"), target: "/static",
          readOnly: true),
        ComposeVolumeMount(type: "volume", source: "logs", hostPath: nil, target: "/logs"),
        ComposeVolumeMount(type: "tmpfs", source: nil, hostPath: nil, target: "/tmp"),
      ])
  }

  @Test("top-level networks, volumes, configs and secrets, sorted by name")
  func resources() {
    let project = ComposeFixture.load(
      [
        "compose.yaml": """
        networks: {front: {}, back: {driver: bridge}}
        volumes: {data: null}
        configs:
          site: {file: ./conf/site.conf}
          inline: {content: hello}
        secrets:
          token: {environment: TOKEN}
          cert: {file: /etc/cert.pem}
        """
      ])
    #expect(project.networks.map(\.name) == ["back", "front"])
    #expect(project.volumes == [ComposeResource(name: "data", definition: .null)])
    #expect(project.configs.map(\.file) == [nil, .repository("conf/site.conf")])
    #expect(project.secrets.map(\.file) == [.absolute("/etc/cert.pem"), nil])
  }

  @Test("services are sorted by name and keep their whole block, without extends")
  func definitions() {
    let project = ComposeFixture.load(
      [
        "compose.yaml":
          "services:\n  b: {image: b, x-note: kept}\n  a:\n    extends: b\n    restart: always\n"
      ])
    #expect(project.services.map(\.name) == ["a", "b"])
    #expect(
      ComposeFixture.service("a", of: project).definition
        == ComposeMapping([
          ("restart", .string("always")), ("image", .string("b")), ("x-note", .string("kept")),
        ]))
  }

  @Test(
    "the project name: COMPOSE_PROJECT_NAME, then name:, then the folder, normalised",
    arguments: [
      ([:], "name: My_App!\n", "my_app"),
      (["COMPOSE_PROJECT_NAME": "FromEnv"], "name: ignored\n", "fromenv"),
      ([:], "services: {}\n", "shop-api"), ([:], "name: ${N:-_x}\n", "x"),
    ])
  func projectName(environment: [String: String], yaml: String, expected: String) {
    let project = ComposeFixture.load(
      ["apps/Shop-API/compose.yaml": yaml], ["apps/Shop-API/compose.yaml"], environment: environment
    )
    #expect(project.name == expected)
    #expect(project.directory == "apps/Shop-API")
  }

  @Test("attributes of the wrong shape are reported, not trusted")
  func wrongShapes() {
    let project = ComposeFixture.load(
      [
        "compose.yaml":
          """
        services:
          web:
            build: [x]
            volumes: ["src::/dst", "one:two:three:four", [x]]
        networks: [x]
        """
      ])
    #expect(ComposeFixture.service("web", of: project).build == nil)
    #expect(ComposeFixture.service("web", of: project).volumes.isEmpty)
    #expect(project.diagnostics.count == 5)
  }

  @Test("loading nothing is a diagnostic, not a crash")
  func noFiles() {
    let project = ComposeLoader(source: MemoryFileSource()).load(files: [])
    #expect(project.services.isEmpty)
    #expect(project.diagnostics.count == 1)
  }

  @Test("a symbolic link to a compose file is followed")
  func symlink() {
    var source = MemoryFileSource(["real/compose.yaml": "services:\n  web: {build: .}\n"])
    source.add("compose.yaml", text: "real/compose.yaml", kind: .symlink)
    let project = ComposeLoader(source: source).load(files: ["compose.yaml"])
    #expect(ComposeFixture.service("web", of: project).build?.context == .local(.repository("")))
  }
}
