import AffectedTestSupport
import Foundation
import Testing

@Suite("--base-per-unit and mark-deployed", .scratchDirectory)
struct MarkDeployedTests {
  private static let pattern = "deployed/prod/{unit}"

  @Test("each unit is compared with its own tag; a unit without a tag is rolled out, saying so")
  func basePerUnit() throws {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    let first = try builder.commit("First deploy")
    try builder.tag("deployed/prod/nginx", at: first)
    try FixtureEdit(path: "backend/src/main.py", old: nil, new: "\n# touched\n").apply(in: builder)
    let second = try builder.commit("Backend change")
    try builder.tag("deployed/prod/backend", at: second)
    try FixtureEdit(path: "infra/nginx/dev.nginx", old: "location", new: "location ")
      .apply(in: builder)
    try builder.commit("Nginx change")

    let arguments = ["--compose", "dev.compose.yml", "--base-per-unit", Self.pattern]
    let (units, actions) = try DeployCommandTests.deploy(arguments, in: builder)
    #expect(
      actions == [
        "dev.compose.yml:nginx": "restart", "dev.compose.yml:db": "rollout",
        "dev.compose.yml:redis": "rollout", "dev.compose.yml:frontend": "rollout",
      ])
    let db = try #require(units.first { $0["id"] as? String == "dev.compose.yml:db" })
    let reasons = try #require(db["reasons"] as? [String])
    #expect(reasons.first?.hasPrefix("no tag deployed/prod/db was found") == true)
    #expect(db["base"] is NSNull)
    let backend = try #require(units.first { $0["id"] as? String == "dev.compose.yml:backend" })
    #expect(backend["base"] as? String == second)

    let gate = try AffectedExecutable.run(
      ["gate", "--deploy", "backend", "--base-per-unit", Self.pattern], in: builder)
    #expect(gate.status == 1, "\(gate.stderr)")
    let both = try AffectedExecutable.run(
      ["gate", "--deploy", "--base-per-unit", "deployed/{unit}", "--base", "HEAD", "backend"],
      in: builder)
    #expect(both.status == 64)
    let noPlaceholder = try AffectedExecutable.run(
      ["deploy", "--base-per-unit", "deployed/prod"], in: builder)
    #expect(noPlaceholder.status == 64)
    #expect(noPlaceholder.stderr.contains("{unit}"))
  }

  @Test("mark-deployed creates the tags, moves them, and pushes them to a bare repository")
  func markDeployed() throws {
    let root = try ScratchDirectory.url
    let builder = try RepositoryBuilder(
      at: root.appending(path: "repository"), fixture: "fullstack")
    let first = try builder.commit("First")
    try FixtureEdit(path: "backend/src/main.py", old: nil, new: "\n# touched\n").apply(in: builder)
    let second = try builder.commit("Second")
    let remote = root.appending(path: "remote.git").path(percentEncoded: false)
    try builder.git("init", "--quiet", "--bare", remote)
    try builder.git("remote", "add", "origin", remote)

    let created = try AffectedExecutable.run(
      [
        "mark-deployed", "backend", "compose.yml:db", "--head", first, "--base-per-unit",
        Self.pattern,
      ], in: builder)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout == "deployed/prod/backend\ndeployed/prod/db\n")
    #expect(created.stderr.contains("created deployed/prod/backend at \(first.prefix(7))"))
    #expect(try builder.git("rev-parse", "deployed/prod/backend") == first)

    let moved = try AffectedExecutable.run(
      [
        "mark-deployed", "backend", "--head", second, "--base-per-unit", Self.pattern,
        "--push", "origin",
      ], in: builder)
    #expect(moved.status == 0, "\(moved.stderr)")
    #expect(
      moved.stderr.contains(
        "moved deployed/prod/backend from \(first.prefix(7)) to \(second.prefix(7))"))
    #expect(moved.stderr.contains("pushed 1 tag to origin"))
    #expect(try builder.git("rev-parse", "deployed/prod/backend") == second)
    #expect(
      try builder.git("--git-dir", remote, "rev-parse", "refs/tags/deployed/prod/backend")
        == second)
    #expect(
      try builder.git("--git-dir", remote, "tag", "--list") == "deployed/prod/backend")

    let unknown = try AffectedExecutable.run(
      ["mark-deployed", "nope", "--head", second, "--base-per-unit", Self.pattern], in: builder)
    #expect(unknown.status == 64)
    let noRemote = try AffectedExecutable.run(
      [
        "mark-deployed", "db", "--head", second, "--base-per-unit", Self.pattern,
        "--push", "upstream",
      ], in: builder)
    #expect(noRemote.status == 2)
    #expect(noRemote.stderr.contains("upstream"))
  }
}
