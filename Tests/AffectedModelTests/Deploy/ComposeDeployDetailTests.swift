import AffectedModel
import Testing

@Suite("Compose deploy units, in memory: configs, secrets, includes, mounts")
struct ComposeDeployDetailTests {
  private static let files = [
    "compose.yaml": """
    include:
      - db/compose.yaml
    services:
      proxy:
        image: caddy:2
        configs:
          - source: caddyfile
            target: /etc/caddy/Caddyfile
        secrets: [tls_key]
        volumes:
          - /var/run/docker.sock:/var/run/docker.sock
          - ../outside:/data
          - ./static:/srv
        depends_on: [db]
    configs:
      caddyfile:
        file: ./infra/Caddyfile
    secrets:
      tls_key:
        file: ./infra/tls.key
    """,
    "db/compose.yaml": """
    services:
      db:
        build: .
        volumes:
          - ./init.sql:/docker-entrypoint-initdb.d/init.sql
    """,
    "db/Dockerfile": "FROM postgres:16\n",
    "db/init.sql": "CREATE TABLE t (id int);\n",
    "infra/Caddyfile": ":80 {\n  file_server\n}\n",
    "infra/tls.key": "secret\n",
    "static/index.html": "<p>hello</p>\n",
  ]

  @Test("included services are units of the including environment, built as the included file's")
  func include() throws {
    let catalog = DeployCatalog(discoveringIn: MemoryFileSource(Self.files), kubernetes: [])
    #expect(catalog.units.map(\.id) == ["compose.yaml:db", "compose.yaml:proxy"])
    let db = try #require(catalog.unit(withID: "compose.yaml:db"))
    #expect(db.builtImage == "db/compose.yaml:db")
    #expect(
      ImageCatalog(discoveringIn: MemoryFileSource(Self.files)).image(withID: "db/compose.yaml:db")
        != nil)
    #expect(db.reads.map(\.path) == ["db/init.sql"])
    #expect(catalog.unit(withID: "compose.yaml:proxy")?.dependsOn == ["compose.yaml:db"])
  }

  @Test("configs and secrets files and bind mounts in the repository are read; others are not")
  func reads() throws {
    let catalog = DeployCatalog(discoveringIn: MemoryFileSource(Self.files), kubernetes: [])
    let proxy = try #require(catalog.unit(withID: "compose.yaml:proxy"))
    #expect(
      proxy.reads.map(\.description) == [
        "infra/Caddyfile (config caddyfile)", "infra/tls.key (secret tls_key)",
        "static (bind mount)",
      ])
    #expect(
      proxy.fingerprint.components.keys.sorted() == [
        "config caddyfile", "definition", "secret tls_key",
      ])
  }

  @Test(
    "a changed file restarts the service that reads it",
    arguments: [
      ("infra/Caddyfile", "compose.yaml:proxy"), ("infra/tls.key", "compose.yaml:proxy"),
      ("static/index.html", "compose.yaml:proxy"), ("db/init.sql", "compose.yaml:db"),
    ])
  func changedFile(path: String, unit: String) throws {
    var scenario = DeployScenario(Self.files)
    scenario.kubernetes = []
    scenario.head[path, default: ""] += "\n"
    #expect(scenario.actions == [unit: .restart])
  }
}
