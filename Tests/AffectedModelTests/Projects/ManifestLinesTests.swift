import Testing

@testable import AffectedModel

@Suite("Manifest lines")
struct ManifestLinesTests {
  @Test("a needle is found quoted in double, then single quotes, then bare")
  func quotedFirst() {
    let lines = ManifestLines("path = ../x\nb = '../x'\nc = \"../x\"\nd = \"../y\"\n")
    #expect(lines.line(of: "../x") == 3)
    #expect(lines.line(of: "../y") == 4)
    #expect(ManifestLines("a = 1\nb = '../x'\n../x\n").line(of: "../x") == 2)
    #expect(ManifestLines("a = 1\n  ../x  \n").line(of: "../x") == 2)
    #expect(lines.line(of: "../z") == nil)
    #expect(lines.line(of: "") == nil)
  }

  @Test("a needle holding a line break is on no line, and matches never span lines")
  func lineBreaks() {
    let lines = ManifestLines("\"a\nb\"\nab\n")
    #expect(lines.line(of: "a\nb") == nil)
    #expect(lines.line(of: "b\"\nab") == nil)
    #expect(lines.line(of: "ab") == 3)
  }

  @Test("every needle on one line in double quotes, else the last needle's line")
  func allOnOneLine() {
    let text = """
      {
        "name": "@acme/web",
        "dependencies": {"x": "1.0"},
        "devDependencies": {"@acme/ui": "file:../ui"},
        "peerDependencies": {
          "@acme/ui": "file:../ui"
        }
      }
      """
    let lines = ManifestLines(text)
    #expect(lines.line(ofAll: ["@acme/ui", "file:../ui"]) == 4)
    #expect(lines.line(ofAll: ["x", "1.0"]) == 3)
    // No line holds both: the line of the last one, quoted.
    #expect(lines.line(ofAll: ["@acme/web", "file:../ui"]) == 4)
    #expect(lines.line(ofAll: ["gone", "nowhere"]) == nil)
    #expect(lines.line(ofAll: []) == 1)
  }

  @Test("a TOML key is found where a line assigns it, bare or quoted, after white space")
  func keys() {
    let text = """
      [tool.uv.sources]
      core-lib.extra = { workspace = true }
      core-libx = { workspace = true }
      \u{3000} "core-lib"\t= { workspace = true }
      core-lib = { workspace = true }
      """
    let lines = ManifestLines(text)
    #expect(lines.line(ofKey: "core-lib") == 4)
    #expect(lines.line(ofKey: "core-libx") == 3)
    #expect(lines.line(ofKey: "workspace") == nil)
    #expect(ManifestLines("'a b' = 1").line(ofKey: "a b") == 1)
    #expect(ManifestLines("x = 1\n\n").line(ofKey: "y") == nil)
  }

  @Test("lines ending in \\r\\n are numbered like lines ending in \\n")
  func carriageReturns() {
    let lines = ManifestLines("[a]\r\nb = \"../x\"\r\n  key = 1\r\n")
    #expect(lines.line(of: "../x") == 2)
    #expect(lines.line(ofAll: ["../x"]) == 2)
    #expect(lines.line(ofKey: "key") == 3)
  }

  @Test(
    "manifests with \\r\\n line endings read as with \\n",
    arguments: ["\n", "\r\n"])
  func lineEndings(ending: String) {
    func file(_ lines: [String]) -> String {
      lines.joined(separator: ending) + ending
    }
    let graph = ProjectFixtures.graph([
      "go/api/go.mod": file([
        "module example.com/api", "", "require (", "\texample.com/log v0.0.0", ")",
        "replace example.com/log => ../log", "replace example.com/gone => ../gone",
      ]),
      "go/log/go.mod": file(["module example.com/log"]),
      "py/app/requirements.txt": file(["# tools", "-e ../lib", "-e ../gone \\", "  # end"]),
      "py/lib/pyproject.toml": file([
        "[project]", "name = \"lib\"", "dependencies = [\"gone\"]", "", "[tool.uv.sources]",
        "gone = { path = \"../gone\" }",
      ]),
      "js/web/package.json": file([
        "{", "  \"name\": \"web\",", "  \"dependencies\": {", "    \"ui\": \"file:../ui\",",
        "    \"gone\": \"link:../gone\"", "  }", "}",
      ]),
      "js/ui/package.json": file(["{\"name\": \"ui\"}"]),
      "rs/app/Cargo.toml": file([
        "[package]", "name = \"app\"", "", "[dependencies]", "gone = { path = \"../gone\" }",
      ]),
    ])
    #expect(graph.edges["go/api"] == ["go/log"])
    #expect(graph.edges["py/app"] == ["py/lib"])
    #expect(graph.edges["js/web"] == ["js/ui"])
    #expect(graph.project(withID: "go/api")?.names == [.go: "example.com/api"])
    let nothing = "points at nothing in the repository; fix the path or commit what it names"
    #expect(
      graph.problems == [
        "go/api/go.mod:7: warning: the dependency path '../gone' \(nothing)",
        "js/web/package.json:5: warning: the dependency path '../gone' \(nothing)",
        "py/app/requirements.txt:3: warning: the dependency path '../gone' \(nothing)",
        "py/lib/pyproject.toml:6: warning: the dependency path '../gone' \(nothing)",
        "rs/app/Cargo.toml:5: warning: the dependency path '../gone' \(nothing)",
      ])
  }

  /// Whether `line` holds the bytes of `needle`.
  static func holds(_ line: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let needle = Array(needle.utf8)
    guard needle.count <= line.count else { return false }
    return (line.startIndex...(line.endIndex - needle.count)).contains {
      line[$0..<$0 + needle.count].elementsEqual(needle)
    }
  }

  /// What ``ManifestLines/line(of:)`` and ``ManifestLines/line(ofAll:)`` must answer, found line
  /// by line.
  static func expected(_ text: String, of needles: [String]) -> Int? {
    let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
    let all = lines.firstIndex { line in needles.allSatisfy { holds(line, "\"\($0)\"") } }
    if needles.count > 1, let all {
      return all + 1
    }
    guard let needle = needles.last, !needle.isEmpty else { return needles.isEmpty ? 1 : nil }
    for candidate in ["\"\(needle)\"", "'\(needle)'", needle] {
      if let found = lines.firstIndex(where: { holds($0, candidate) }) {
        return found + 1
      }
    }
    return nil
  }

  @Test("generated texts: every needle is found on the line a line-by-line search finds")
  func generated() {
    var random = PackageJSONDifferentialTests.Generator(state: 31)
    let pieces = ["a", "b", "\"", "'", "\n", " ", "ab", "\"a\"", "\r\n", "é"]
    let needles = ["a", "ab", "b\"", "\"", "a\nb", "'a", "é", "ba", "a b", ""]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }.joined()
      let lines = ManifestLines(text)
      let one = needles[Int.random(in: 0..<needles.count, using: &random)]
      let other = needles[Int.random(in: 0..<needles.count, using: &random)]
      #expect(lines.line(of: one) == Self.expected(text, of: [one]), "\(text.debugDescription)")
      #expect(
        lines.line(ofAll: [one, other]) == Self.expected(text, of: [one, other]),
        "\(text.debugDescription) \(one) \(other)")
    }
  }
}
