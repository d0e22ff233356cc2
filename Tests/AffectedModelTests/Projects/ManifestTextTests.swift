import Testing

@testable import AffectedModel

/// Text helpers of the manifest readers: trimming, and the lines of `go.mod` directives.
@Suite("Manifest text")
struct ManifestTextTests {
  @Test(
    "trimming returns what trimming every Unicode space returns",
    arguments: [
      "", " ", "a", " a", "a ", "\ta\r\n", "a b", "\u{85}a", "a\u{A0}", "\u{2003}a\u{2003}", "é",
      " é ", "a\u{301}", "\u{301}", "\r\n", "a\r", "x\u{0B}",
    ])
  func trimmed(_ text: String) {
    #expect(ManifestText.trimmed(text) == String(GoPath.trimSpace(Substring(text))))
    #expect(ManifestText.trimmed(Substring(text)) == String(GoPath.trimSpace(Substring(text))))
  }

  @Test("go.mod directives are numbered by their line, blank lines and blocks included")
  func directiveLines() {
    let text = "module x\n\nrequire (\r\n\ta v1\n\n\tb v2 // c\n)\nreplace a => ../a"
    let directives = GoModDirectives.directives(of: text)
    #expect(directives.map(\.verb) == ["module", "require", "require", "replace"])
    #expect(directives.map(\.line) == [1, 4, 6, 8])
    #expect(
      directives.map(\.arguments) == [["x"], ["a", "v1"], ["b", "v2"], ["a", "=>", "../a"]])
    #expect(GoModDirectives.directives(of: "").isEmpty)
    let quoted = GoModDirectives.directives(of: "replace \"a b\" => `../c d` // x\nuse \"open")
    #expect(
      quoted.map(\.arguments) == [
        ["a b", "=>", "../c d"], ["open"],
      ])
    #expect(
      GoModDirectives.directives(of: "a//b c\n\t//only\né \"\"").map(\.arguments) == [["c"], [""]])
    #expect(
      GoModDirectives.directives(of: "a//b c\n\t//only\né \"\"").map(\.verb) == ["a//b", "é"])
    #expect(GoModDirectives.directives(of: "\n\ngo 1.22\n").map(\.line) == [3])
  }
}
