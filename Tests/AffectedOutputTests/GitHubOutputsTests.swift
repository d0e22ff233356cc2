import AffectedOutput
import AffectedPlanner
import Foundation
import Testing

@Suite("GitHub step outputs")
struct GitHubOutputsTests {
  /// Reads a `GITHUB_OUTPUT` file the way the runner does: `NAME<<DELIMITER`, lines, `DELIMITER`.
  private func parse(_ text: String) throws -> [String: String] {
    var outputs: [String: String] = [:]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let line = lines.popFirst(), !line.isEmpty {
      let header = line.split(separator: "<<", maxSplits: 1).map(String.init)
      try #require(header.count == 2, "not a heredoc header: \(line)")
      var value: [Substring] = []
      while let next = lines.popFirst(), next != header[1] {
        value.append(next)
      }
      #expect(outputs[header[0]] == nil, "\(header[0]) written twice")
      outputs[header[0]] = value.joined(separator: "\n")
    }
    return outputs
  }

  private func ids(_ matrix: String?) throws -> [String] {
    let text = try #require(matrix)
    let include = try #require(PlanFixtures.object(text)["include"] as? [[String: Any]])
    return include.compactMap { $0["id"] as? String }
  }

  @Test("matrix, one matrix per wave, waves, count and any")
  func outputs() throws {
    let outputs = try parse(GitHubOutputs(plan: PlanFixtures.sample).fileContent())
    #expect(try ids(outputs["matrix"]).count == 3)
    #expect(try ids(outputs["wave-0"]) == ["compose.yaml:base"])
    #expect(try ids(outputs["wave-1"]) == ["compose.yaml:web", "dockerfile:api/Dockerfile"])
    #expect(outputs["matrix-parts"] == "1")
    #expect(outputs["wave-1-parts"] == "1")
    #expect(outputs["waves"] == "2")
    #expect(outputs["count"] == "3")
    #expect(outputs["any"] == "true")
    #expect(outputs["wave-2"] == nil)
  }

  @Test("Nothing to build: an empty matrix, no waves, any is false")
  func empty() throws {
    let outputs = try parse(GitHubOutputs(plan: PlanFixtures.plan([])).fileContent())
    #expect(try ids(outputs["matrix"]).isEmpty)
    #expect(outputs["waves"] == "0")
    #expect(outputs["count"] == "0")
    #expect(outputs["any"] == "false")
  }

  @Test("The delimiter changes when a value contains it")
  func delimiterCollision() throws {
    let plan = PlanFixtures.plan([
      PlanFixtures.image(
        "x", wave: 0, args: [BuildArgument(name: "A", value: "EOF\nEOF_1\nEOF_2")])
    ])
    let text = try GitHubOutputs(plan: plan).fileContent(delimiter: "EOF")
    #expect(text.hasPrefix("matrix<<EOF_3\n"))
    #expect(try ids(parse(text)["matrix"]) == ["x"])
  }

  @Test("600 images are split into parts of at most 256, none lost, in order")
  func split() throws {
    let plan = PlanFixtures.flat(600)
    let outputs = try parse(GitHubOutputs(plan: plan).fileContent())
    let all = plan.affectedImages.map(\.id)
    for name in ["matrix", "wave-0"] {
      #expect(outputs[name] == nil)
      #expect(outputs["\(name)-parts"] == "3")
      let parts = try (1...3).map { try ids(outputs["\(name)-part-\($0)"]) }
      #expect(parts.map(\.count) == [256, 256, 88])
      #expect(parts.allSatisfy { $0.count <= 256 })
      #expect(parts.flatMap { $0 } == all)
      #expect(outputs["\(name)-part-4"] == nil)
    }
    #expect(outputs["count"] == "600")
  }

  @Test("A value over GitHub's 1 MiB output limit is an error naming the output and the limit")
  func sizeLimit() throws {
    let big = String(repeating: "x", count: 200_000)
    let plan = PlanFixtures.plan(
      (0..<3).map { (index: Int) in
        PlanFixtures.image(
          "img-\(index)", wave: index, args: [BuildArgument(name: "BIG", value: big)])
      })
    let error = try #require(throws: OutputLimitExceeded.self) {
      try GitHubOutputs(plan: plan).fileContent()
    }
    #expect(error.output == "GITHUB_OUTPUT 'matrix'")
    #expect(error.size > GitHubOutputs.defaultBytesPerOutput)
    #expect(error.description.contains("1 MiB"))
    // Each wave alone fits.
    #expect(throws: Never.self) {
      try GitHubOutputs(plan: PlanFixtures.plan(Array(plan.images.prefix(1)))).fileContent()
    }
  }
}
