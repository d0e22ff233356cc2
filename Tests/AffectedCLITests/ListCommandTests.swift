import AffectedTestSupport
import Foundation
import Testing

/// `affected list` and `affected matrix --kind projects` on a workspace.
@Suite("Listing projects", .scratchDirectory)
struct ProjectListingTests {
  @Test("list and the project matrix name the library and its dependants")
  func listAndMatrix() throws {
    let builder = try RepositoryBuilder(
      at: try ScratchDirectory.url.appending(path: "repository"), fixture: "uv-workspace")
    let first = try builder.commit("Import")
    try builder.append("libs/common/src/shop_common/money.py", "\n# changed\n")
    try builder.commit("Change the library")
    let projects = try AffectedExecutable.run(
      ["list", "--kind", "projects", "--base", first], in: builder)
    #expect(projects.status == 0, "\(projects.stderr)")
    #expect(projects.stdout == "libs/common\nservices/api\nservices/worker\n")
    let libraries = try AffectedExecutable.run(
      ["list", "--kind", "libraries", "--format", "json", "--base", first], in: builder)
    #expect(libraries.stdout == "{\"libraries\":[\"libs/common\"]}\n")
    let output = try ScratchDirectory.url.appending(path: "github-output")
    let matrix = try AffectedExecutable.run(
      ["matrix", "--kind", "projects", "--base", first], in: builder,
      adding: ["GITHUB_OUTPUT": output.path(percentEncoded: false)])
    #expect(matrix.status == 0, "\(matrix.stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(matrix.stdout.utf8)) as? [String: Any])
    let include = try #require(document["include"] as? [[String: Any]])
    #expect(
      include.compactMap { $0["id"] as? String } == [
        "libs/common", "services/api", "services/worker",
      ])
    #expect(include.first?["kind"] as? String == "library")
    let written = try String(contentsOf: output, encoding: .utf8)
    #expect(written.contains("projects-count<<"))
    #expect(written.contains("projects-matrix-parts<<"))
  }
}
