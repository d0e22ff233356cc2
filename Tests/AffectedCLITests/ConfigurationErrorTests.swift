import AffectedTestSupport
import Foundation
import Testing

/// An invalid `affected.yml` is an error of the tool's own configuration: exit 4, one message
/// naming the file, line, key and what to do.
@Suite("Invalid affected.yml exits 4", .scratchDirectory)
struct ConfigurationErrorTests {
  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var yaml: String
    /// Texts the message must hold: the place and the key path, then what is wrong.
    var expected: [String]
    var description: String { name }
  }

  static let cases = [
    Case(
      name: "unknown key", yaml: "version: 1\nignores: ['**/*.md']\n",
      expected: ["affected.yml:2:", "ignores", "ignore"]),
    Case(
      name: "wrong type", yaml: "images:\n  backend:\n    platforms: {linux: amd64}\n",
      expected: ["affected.yml:3:", "images.backend.platforms"]),
    Case(
      name: "bad glob", yaml: "global:\n  - '[z-a]'\n",
      expected: ["affected.yml:2:", "global"]),
    Case(
      name: "dependency cycle",
      yaml: "projects:\n  a:\n    dependsOn: [b]\n  b:\n    dependsOn: [a]\n",
      expected: ["affected.yml:", "projects", "a → b → a"]),
  ]

  @Test("each invalid file exits 4 with the key and the line", arguments: cases)
  func invalid(_ testCase: Case) throws {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: testCase.name), fixture: "fullstack")
    try builder.write("affected.yml", testCase.yaml)
    try builder.commit("Configure")
    for command in [["plan", "--base", "HEAD"], ["images"]] {
      let result = try AffectedExecutable.run(command, in: builder)
      #expect(result.status == 4, "\(command): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      for text in testCase.expected {
        #expect(result.stderr.contains(text), "\(command): \(result.stderr)")
      }
    }
  }
}
