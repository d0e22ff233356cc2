import AffectedTestSupport
import Foundation
import Testing

/// `affected.yml` `exclude` and `defaults.format` through the command line.
@Suite("affected.yml exclude and defaults", .scratchDirectory)
struct ConfigurationDefaultsTests {
  @Test("exclude hides a folder's Dockerfiles; defaults.format picks the plan's format")
  func excludeAndFormat() throws {
    let builder = try RepositoryBuilder(
      at: try ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    try builder.write("testdata/sample/Dockerfile", "FROM alpine\n")
    let first = try builder.commit("Import")
    let images = try AffectedExecutable.run(["images"], in: builder)
    #expect(images.stdout.contains("dockerfile:testdata/sample/Dockerfile"))
    try builder.write(
      "affected.yml", "exclude: [testdata]\ndefaults:\n  format: json\n  base: \(first)\n")
    try builder.commit("Configure")
    let excluded = try AffectedExecutable.run(["images"], in: builder)
    #expect(excluded.status == 0, "\(excluded.stderr)")
    #expect(!excluded.stdout.contains("testdata"))
    let plan = try AffectedExecutable.run(["plan"], in: builder)
    #expect(plan.status == 0, "\(plan.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    #expect(plan.stderr.contains("affected.yml"), "the base comes from defaults.base")
    let text = try AffectedExecutable.run(["plan", "--format", "text"], in: builder)
    #expect(text.stdout.contains("images to build"))
  }

  @Test("a change affected.yml ignores deploys nothing")
  func ignoredDeploy() throws {
    let builder = try RepositoryBuilder(
      at: try ScratchDirectory.url.appending(path: "ignored"), fixture: "fullstack")
    try builder.write("affected.yml", "ignore: ['infra/nginx/**']\n")
    let first = try builder.commit("Import")
    try builder.append("infra/nginx/dev.nginx", "\n# tuned\n")
    try builder.commit("Tune nginx")
    let result = try AffectedExecutable.run(
      ["deploy", "--base", first, "--format", "json"], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let units = try #require(document["units"] as? [[String: Any]])
    #expect(!units.isEmpty)
    #expect(units.allSatisfy { $0["action"] as? String == "none" })
  }
}
