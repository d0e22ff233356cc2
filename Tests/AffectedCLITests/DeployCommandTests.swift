import AffectedTestSupport
import Foundation
import Testing

/// One edit of a fixture file: `old` replaced by `new`, or `new` appended when `old` is `nil`.
struct FixtureEdit: Sendable, CustomTestStringConvertible {
  var path: String
  var old: String?
  var new: String

  var testDescription: String {
    path
  }

  /// Applies the edit in `builder`'s working tree.
  func apply(in builder: RepositoryBuilder) throws {
    let text = try String(contentsOf: builder.url.appending(path: path), encoding: .utf8)
    guard let old else {
      try builder.write(path, text + new)
      return
    }
    let edited = text.replacingOccurrences(of: old, with: new)
    try #require(edited != text, "'\(old)' is not in \(path)")
    try builder.write(path, edited)
  }
}

@Suite("deploy, gate --deploy and explain for units", .scratchDirectory)
struct DeployCommandTests {
  /// `fixture` committed, then `edits` committed; the first commit's id.
  static func repository(
    _ fixture: String, _ edits: [FixtureEdit], at name: String = "repository"
  ) throws -> (RepositoryBuilder, String) {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: name), fixture: fixture)
    let first = try builder.commit("Before")
    for edit in edits {
      try edit.apply(in: builder)
    }
    try builder.commit("After")
    return (builder, first)
  }

  /// The units of `affected deploy --format json` in `builder`, and the action of those that
  /// deploy, by id.
  static func deploy(
    _ arguments: [String], in builder: RepositoryBuilder
  ) throws -> (units: [[String: Any]], actions: [String: String]) {
    let result = try AffectedExecutable.run(
      ["deploy", "--format", "json"] + arguments, in: builder)
    try #require(result.status == 0, "\(result.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    let units = try #require(document["units"] as? [[String: Any]])
    var actions: [String: String] = [:]
    for unit in units {
      if let id = unit["id"] as? String, let action = unit["action"] as? String, action != "none" {
        actions[id] = action
      }
    }
    return (units, actions)
  }

  @Test(
    "the fullstack fixture: each change deploys exactly its units",
    arguments: [
      (
        FixtureEdit(path: "infra/nginx/dev.nginx", old: "location", new: "location "),
        ["dev.compose.yml:nginx": "restart"]
      ),
      (
        FixtureEdit(path: "backend/src/main.py", old: nil, new: "\n# touched\n"),
        ["compose.yml:backend": "rollout", "dev.compose.yml:backend": "rollout"]
      ),
      (FixtureEdit(path: "backend/tests/test_health.py", old: nil, new: "\n# touched\n"), [:]),
      (
        FixtureEdit(path: "frontend/src/App.tsx", old: nil, new: "\n// touched\n"),
        ["compose.yml:nginx": "rollout", "dev.compose.yml:frontend": "rollout"]
      ),
      (
        FixtureEdit(
          path: "compose.yml", old: "      retries: 5\n      start_period: 30s",
          new: "      retries: 10\n      start_period: 30s"),
        ["compose.yml:db": "restart"]
      ),
      (
        FixtureEdit(path: ".env", old: "JWT_SECRET_KEY=change-me", new: "JWT_SECRET_KEY=changed"),
        ["compose.yml:backend": "restart", "dev.compose.yml:backend": "restart"]
      ),
      (
        FixtureEdit(path: ".env", old: "POSTGRES_PASSWORD=postgres", new: "POSTGRES_PASSWORD=x"),
        [
          "compose.yml:backend": "restart", "compose.yml:db": "restart",
          "dev.compose.yml:backend": "restart", "dev.compose.yml:db": "restart",
        ]
      ),
    ])
  func fullstack(edit: FixtureEdit, expected: [String: String]) throws {
    let (builder, first) = try Self.repository("fullstack", [edit])
    let (units, actions) = try Self.deploy(["--base", first], in: builder)
    #expect(actions == expected)
    #expect(units.count == 9)
    for unit in units where unit["action"] as? String == "none" {
      #expect(unit["wave"] is NSNull)
    }
  }

  @Test(
    "the kubernetes fixture: a ConfigMap restarts its consumer, an image rolls out its deployment",
    arguments: [
      (
        FixtureEdit(path: "manifests/config.yaml", old: "LOG_LEVEL: info", new: "LOG_LEVEL: debug"),
        ["manifests/apps.yaml:Deployment/api": "restart"]
      ),
      (
        FixtureEdit(path: "api/main.go", old: nil, new: "\n// touched\n"),
        ["manifests/apps.yaml:Deployment/api": "rollout"]
      ),
    ])
  func kubernetes(edit: FixtureEdit, expected: [String: String]) throws {
    let (builder, first) = try Self.repository("kubernetes", [edit])
    #expect(try Self.deploy(["--base", first], in: builder).actions == expected)
    #expect(
      try Self.deploy(["--base", first, "--k8s", "manifests"], in: builder).actions == expected)
    #expect(try Self.deploy(["--base", first, "--k8s", "charts/docs"], in: builder).actions == [:])
  }

  @Test("--compose deploys one environment; the JSON has waves, environments and images")
  func composeSelection() throws {
    let edits = [
      FixtureEdit(path: "backend/src/main.py", old: nil, new: "\n# touched\n"),
      FixtureEdit(path: "infra/nginx/dev.nginx", old: "location", new: "location "),
    ]
    let (builder, first) = try Self.repository("fullstack", edits)
    let (units, actions) = try Self.deploy(
      ["--base", first, "--compose", "dev.compose.yml"], in: builder)
    #expect(actions == ["dev.compose.yml:backend": "rollout", "dev.compose.yml:nginx": "restart"])
    #expect(units.count == 5)
    let nginx = try #require(units.first { $0["id"] as? String == "dev.compose.yml:nginx" })
    #expect(nginx["wave"] as? Int == 1)
    #expect(nginx["environment"] as? String == "dev.compose.yml")
    #expect(nginx["images"] as? [String] == ["nginx:1.27-alpine"])
    #expect(
      nginx["reasons"] as? [String] == ["reads infra/nginx/dev.nginx (bind mount), which changed"])
    let text = try AffectedExecutable.run(
      ["deploy", "--base", first, "--compose", "dev.compose.yml"], in: builder)
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("2 of 5 units to deploy in 2 waves; 3 untouched\n"))
    #expect(text.stdout.contains("\n1     dev.compose.yml:nginx    restart  reads infra/nginx/"))
  }

  @Test("--format github prints the matrix and writes deploy outputs per wave to GITHUB_OUTPUT")
  func github() throws {
    let edits = [
      FixtureEdit(path: "backend/src/main.py", old: nil, new: "\n# touched\n"),
      FixtureEdit(path: "infra/nginx/dev.nginx", old: "location", new: "location "),
    ]
    let (builder, first) = try Self.repository("fullstack", edits)
    let output = try ScratchDirectory.url.appending(path: "github-output")
    let result = try AffectedExecutable.run(
      ["deploy", "--format", "github", "--base", first], in: builder,
      adding: ["GITHUB_OUTPUT": output.path(percentEncoded: false)])
    #expect(result.status == 0, "\(result.stderr)")
    let matrix = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let include = try #require(matrix["include"] as? [[String: Any]])
    #expect(
      include.compactMap { $0["id"] as? String } == [
        "compose.yml:backend", "dev.compose.yml:backend", "dev.compose.yml:nginx",
      ])
    let outputs = try String(contentsOf: output, encoding: .utf8)
    let names = outputs.split(separator: "\n").filter { $0.contains("<<") }
      .map { String($0.prefix { $0 != "<" }) }
    #expect(
      names == [
        "deploy-matrix", "deploy-matrix-parts", "deploy-wave-0", "deploy-wave-0-parts",
        "deploy-wave-1", "deploy-wave-1-parts", "deploy-waves", "deploy-count", "deploy-any",
      ])
    #expect(outputs.contains("\"id\":\"dev.compose.yml:nginx\""))
    #expect(outputs.contains("deploy-count<<"))
  }

  @Test("gate --deploy: 0 when a named unit deploys, 1 when none does, 64 for an unknown unit")
  func gate() throws {
    let edit = FixtureEdit(path: "infra/nginx/dev.nginx", old: "location", new: "location ")
    let (builder, first) = try Self.repository("fullstack", [edit])
    let hit = try AffectedExecutable.run(
      ["gate", "--deploy", "nginx", "--base", first], in: builder)
    #expect(hit.status == 0, "\(hit.stderr)")
    #expect(hit.stderr.contains("gate: deploys: dev.compose.yml:nginx (restart)"))
    let miss = try AffectedExecutable.run(
      ["gate", "--deploy", "db", "backend", "--base", first], in: builder)
    #expect(miss.status == 1, "\(miss.stderr)")
    #expect(miss.stdout.isEmpty)
    let byID = try AffectedExecutable.run(
      ["gate", "--deploy", "compose.yml:nginx", "--print", "--base", first], in: builder)
    #expect(byID.status == 0)
    #expect(byID.stdout == "false\n")
    let unknown = try AffectedExecutable.run(
      ["gate", "--deploy", "nope", "--base", first], in: builder)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no deploy unit is named 'nope'"))
    let withoutDeploy = try AffectedExecutable.run(
      ["gate", "nginx", "--k8s", "k8s", "--base", first], in: builder)
    #expect(withoutDeploy.status == 64)
    #expect(
      try AffectedExecutable.run(["gate", "nginx", "--base", first], in: builder).status == 1)
  }

  @Test("explain names a unit's reasons and the chain to the affected image it runs")
  func explain() throws {
    let edit = FixtureEdit(path: "frontend/src/App.tsx", old: nil, new: "\n// touched\n")
    let (builder, first) = try Self.repository("fullstack", [edit])
    let result = try AffectedExecutable.run(
      ["explain", "--deploy", "compose.yml:nginx", "dev.compose.yml:db", "--base", first],
      in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("compose.yml:nginx: rollout (wave 0)\n"))
    #expect(result.stdout.contains("  - the image it builds, compose.yml:nginx, is affected\n"))
    #expect(result.stdout.contains("frontend/src/App.tsx → "))
    #expect(result.stdout.contains("dev.compose.yml:db: none\n  nothing it runs or reads changed"))
    let unitOnly = try AffectedExecutable.run(["explain", "redis", "--base", first], in: builder)
    #expect(unitOnly.status == 0, "\(unitOnly.stderr)")
    #expect(unitOnly.stdout.hasPrefix("compose.yml:redis: none\n"))
    let image = try AffectedExecutable.run(["explain", "nginx", "--base", first], in: builder)
    #expect(image.stdout.hasPrefix("compose.yml:nginx: affected\n"))
  }
}
