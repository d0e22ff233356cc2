import Testing

@testable import AffectedModel

@Suite("Compose multiple files: merge rules")
struct ComposeMergeTests {
  private func merged(_ base: String, _ override: String) -> ComposeProject {
    ComposeFixture.load(
      ["compose.yaml": base, "compose.override.yaml": override],
      ["compose.yaml", "compose.override.yaml"])
  }

  private func web(_ base: String, _ override: String) -> ComposeMapping {
    ComposeFixture.service("web", of: merged(base, override)).definition
  }

  @Test("mappings merge recursively and later scalars win")
  func mappingsAndScalars() {
    let web = web(
      "services:\n  web:\n    image: a\n    healthcheck: {interval: 5s, retries: 3}\n",
      "services:\n  web:\n    image: b\n    healthcheck: {retries: 5}\n")
    #expect(web["image"] == .string("b"))
    #expect(
      web["healthcheck"]
        == .mapping(ComposeMapping([("interval", .string("5s")), ("retries", .string("5"))])))
  }

  @Test("a null in a later file keeps the earlier value")
  func nullKeeps() {
    #expect(
      web("services:\n  web:\n    image: a\n", "services:\n  web:\n    image:\n")["image"]
        == .string("a"))
  }

  @Test("most sequences are appended")
  func sequencesAppend() {
    let web = web(
      "services:\n  web:\n    cap_add: [A]\n    dns: [1.1.1.1]\n",
      "services:\n  web:\n    cap_add: [B, A]\n")
    #expect(web["cap_add"] == .sequence([.string("A"), .string("B")]))
  }

  @Test("command, entrypoint and healthcheck.test are replaced")
  func replaced() {
    let web = web(
      "services:\n  web:\n    command: [a, b]\n    entrypoint: sh\n"
        + "    healthcheck: {test: [CMD, a]}\n",
      "services:\n  web:\n    command: [c]\n    entrypoint: [bash]\n"
        + "    healthcheck: {test: [CMD, b]}\n"
    )
    #expect(web["command"] == .sequence([.string("c")]))
    #expect(web["entrypoint"] == .sequence([.string("bash")]))
    #expect(web["healthcheck"]?["test"] == .sequence([.string("CMD"), .string("b")]))
  }

  @Test("environment and labels merge by key whatever their syntax; the later value wins")
  func keyValueAttributes() {
    let web = web(
      "services:\n  web:\n    environment: [A=1, B=2]\n    labels: {x: 1}\n",
      "services:\n  web:\n    environment: {B: 3, C: null}\n    labels: [y=2, x=3]\n")
    #expect(web["environment"] == .sequence([.string("A=1"), .string("B=3"), .string("C")]))
    #expect(web["labels"] == .sequence([.string("x=3"), .string("y=2")]))
  }

  @Test("ports are unique by address, published port, target and protocol")
  func ports() {
    let web = web(
      "services:\n  web:\n    ports: [\"8080:80\", \"443:443\"]\n",
      """
      services:
        web:
          ports:
            - target: 80
              published: "8080"
            - "9090:90/udp"
      """
    )
    #expect(
      web["ports"]
        == .sequence([
          .mapping(ComposeMapping([("target", .string("80")), ("published", .string("8080"))])),
          .string("443:443"), .string("9090:90/udp"),
        ]))
  }

  @Test("volumes are unique by container path; the later mount replaces the earlier in place")
  func volumes() {
    let project = merged(
      "services:\n  web:\n    volumes: [./a:/data, cache:/cache]\n",
      """
      services:
        web:
          volumes:
            - type: bind
              source: ./b
              target: /data
            - /tmp:/tmp
      """
    )
    let volumes = ComposeFixture.service("web", of: project).volumes
    #expect(volumes.map(\.target) == ["/data", "/cache", "/tmp"])
    #expect(volumes.first?.hostPath == .repository("b"))
  }

  @Test("depends_on merges as a mapping with compose's defaults for list entries")
  func dependsOn() {
    let project = merged(
      "services:\n  web:\n    depends_on: [db]\n",
      "services:\n  web:\n    depends_on:\n      cache:\n        condition: service_healthy\n")
    #expect(
      ComposeFixture.service("web", of: project).dependsOn == [
        ComposeDependency(service: "cache", condition: "service_healthy"),
        ComposeDependency(service: "db"),
      ])
  }

  @Test("build: ./dir merges as {context: ./dir}; build args merge by name")
  func build() {
    let project = merged(
      "services:\n  web:\n    build: ./web\n",
      "services:\n  web:\n    build:\n      target: prod\n      args: [A=1]\n")
    let build = ComposeFixture.service("web", of: project).build
    #expect(build?.context == .local(.repository("web")))
    #expect(build?.target == "prod")
    #expect(build?.args == [ComposeKeyValue(key: "A", value: "1")])
  }

  @Test("service networks merge as mappings whatever their syntax")
  func networks() {
    let web = web(
      "services:\n  web:\n    networks: [front]\n", "services:\n  web:\n    networks: {back: {}}\n")
    #expect(web["networks"]?.mapping?.keys == ["front", "back"])
  }

  @Test("logging options merge only when the driver is the same")
  func logging() {
    let same = web(
      "services:\n  web:\n    logging: {driver: a, options: {x: 1}}\n",
      "services:\n  web:\n    logging: {options: {y: 2}}\n")
    #expect(same["logging"]?["options"]?.mapping?.keys == ["x", "y"])
    let other = web(
      "services:\n  web:\n    logging: {driver: a, options: {x: 1}}\n",
      "services:\n  web:\n    logging: {driver: b}\n")
    #expect(other["logging"] == .mapping(ComposeMapping([("driver", .string("b"))])))
  }

  @Test("!reset removes what earlier files set; !override replaces it")
  func resetAndOverride() {
    let project = merged(
      """
      services:
        web: {image: a, ports: ["80:80"], environment: {A: 1}}
        old: {image: x}
        cache: {image: redis, ports: ["6379"]}
      """,
      """
      services:
        web:
          ports: !reset []
          environment: !override {B: 2}
        old: !reset
        cache: !override {image: valkey}
      """)
    let web = ComposeFixture.service("web", of: project).definition
    #expect(web["ports"] == nil)
    #expect(web["environment"] == .mapping(ComposeMapping([("B", .string("2"))])))
    #expect(web["image"] == .string("a"))
    #expect(project.service(named: "old") == nil)
    #expect(
      ComposeFixture.service("cache", of: project).definition
        == ComposeMapping([("image", .string("valkey"))]))
  }

  @Test("a value of another kind cannot override a mapping; the later one is used and reported")
  func kindMismatch() {
    let project = merged(
      "services:\n  web:\n    deploy: {replicas: 2}\n", "services:\n  web:\n    deploy: [x]\n")
    #expect(
      ComposeFixture.service("web", of: project).definition["deploy"] == .sequence([.string("x")]))
    #expect(project.diagnostics.first?.file == "compose.override.yaml")
  }

  @Test("paths in a later file are relative to the first file's folder")
  func laterFilePaths() {
    let project = ComposeFixture.load(
      [
        "app/compose.yaml": "services:\n  web:\n    image: a\n",
        "app/envs/prod.yaml": "services:\n  web:\n    build: ./src\n    env_file: prod.env\n",
      ], ["app/compose.yaml", "app/envs/prod.yaml"])
    let web = ComposeFixture.service("web", of: project)
    #expect(web.build?.context == .local(.repository("app/src")))
    #expect(web.envFiles.map(\.path) == [.repository("app/prod.env")])
    #expect(web.files == ["app/compose.yaml", "app/envs/prod.yaml"])
    #expect(web.file == "app/compose.yaml")
  }

  @Test("a file that cannot be read is reported and the others still load")
  func missingFile() {
    let project = ComposeFixture.load(
      ["compose.yaml": "services:\n  web:\n    image: a\n"], ["compose.yaml", "missing.yaml"])
    #expect(project.services.map(\.name) == ["web"])
    #expect(project.diagnostics.map(\.file) == ["missing.yaml"])
  }

  @Test("unicity also applies within a single file")
  func unicityInOneFile() {
    let web = ComposeFixture.service(
      "web",
      of: ComposeFixture.load([
        "compose.yaml": "services:\n  web:\n    environment: [A=1, B=2, A=3]\n"
      ])
    ).definition
    #expect(web["environment"] == .sequence([.string("A=3"), .string("B=2")]))
  }
}
