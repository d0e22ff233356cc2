import AffectedTestSupport
import Foundation
import Testing

@Suite("plan, matrix and gate", .scratchDirectory)
struct PlanningCommandTests {
  /// The fullstack fixture, committed, then a backend source change committed; the first SHA.
  static func repository() throws -> (RepositoryBuilder, String) {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: "fullstack")
    let first = try builder.commit("Before")
    try builder.write("backend/src/main.py", "print('changed')\n")
    _ = try builder.commit("After")
    return (builder, first)
  }

  /// The ids of the JSON objects in `list`.
  static func ids(_ list: [[String: Any]]) -> [String] {
    list.compactMap { $0["id"] as? String }
  }

  @Test("affected alone prints the plan as a table, without colour when piped")
  func defaultPlan() throws {
    let (builder, first) = try Self.repository()
    let result = try AffectedExecutable.run(["--base", first], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("2 of 4 images to build in 1 wave"))
    #expect(result.stdout.contains("\nWAVE  IMAGE "))
    #expect(result.stdout.contains("\n0     compose.yml:backend      its content changed"))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("plan --format json lists every image with affected, wave and reasons")
  func planJSON() throws {
    let (builder, first) = try Self.repository()
    let result = try AffectedExecutable.run(["plan", "--format", "json", "--base", first], in: builder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    let images = try #require(document["images"] as? [[String: Any]])
    let affected = Self.ids(images.filter { $0["affected"] as? Bool == true })
    #expect(affected == ["compose.yml:backend", "dev.compose.yml:backend"])
    #expect(images.count == 4)
  }

  @Test("matrix --format github prints the matrix and writes GITHUB_OUTPUT and the summary")
  func githubMatrix() throws {
    let (builder, first) = try Self.repository()
    let output = try ScratchDirectory.url.appending(path: "github-output")
    let summary = try ScratchDirectory.url.appending(path: "github-summary")
    let result = try AffectedExecutable.run(
      ["matrix", "--format", "github", "--base", first], in: builder,
      adding: [
        "GITHUB_OUTPUT": output.path(percentEncoded: false),
        "GITHUB_STEP_SUMMARY": summary.path(percentEncoded: false),
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let matrix = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let include = try #require(matrix["include"] as? [[String: Any]])
    #expect(Self.ids(include) == ["compose.yml:backend", "dev.compose.yml:backend"])
    let outputs = try String(contentsOf: output, encoding: .utf8)
    #expect(outputs.contains("waves<<"))
    #expect(outputs.contains("any<<"))
    #expect(try String(contentsOf: summary, encoding: .utf8).contains("compose.yml:backend"))
  }

  @Test("gate exits 0 for an affected short name, 1 for an unaffected one, 64 for an unknown")
  func gate() throws {
    let (builder, first) = try Self.repository()
    #expect(try AffectedExecutable.run(["gate", "backend", "--base", first], in: builder).status == 0)
    #expect(try AffectedExecutable.run(["gate", "nginx", "--base", first], in: builder).status == 1)
    let printed = try AffectedExecutable.run(["gate", "nginx", "--print", "--base", first], in: builder)
    #expect(printed.status == 0)
    #expect(printed.stdout == "false\n")
    let unknown = try AffectedExecutable.run(["gate", "nope", "--base", first], in: builder)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no image is named 'nope'"))
  }

  @Test("A job template that is not a mapping exits 4")
  func badTemplate() throws {
    let (builder, first) = try Self.repository()
    try builder.write("template.yml", "- just a list\n")
    let result = try AffectedExecutable.run(
      ["matrix", "--format", "gitlab", "--job-template", "template.yml", "--base", first],
      in: builder)
    #expect(result.status == 4, "\(result.stderr)")
  }

  @Test("Images that build on each other in a circle exit 5")
  func cycle() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "cycle"))
    try builder.write(
      "compose.yml",
      "services:\n  one:\n    image: acme/one\n    build: one\n"
        + "  two:\n    image: acme/two\n    build: two\n")
    try builder.write("one/Dockerfile", "FROM acme/two\n")
    try builder.write("two/Dockerfile", "FROM acme/one\n")
    let first = try builder.commit("Cycle")
    try builder.write("one/x", "x\n")
    _ = try builder.commit("Edit")
    let result = try AffectedExecutable.run(["plan", "--base", first], in: builder)
    #expect(result.status == 5)
    #expect(result.stderr.contains("dependency cycle"))
  }
}
