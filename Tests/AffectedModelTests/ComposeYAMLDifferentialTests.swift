import Testing

@testable import AffectedModel

/// The reader's answers for generated compose texts, compared with what Yams alone says
/// (``ComposeYAMLReader/parseWithYams(_:file:readBy:)``): values, key order, nulls, cleared
/// paths, lines and diagnostics (duplicate keys, invalid YAML, aliases, merge keys, tags) must be
/// the same whether or not ``ComposeYAMLReader/PlainBlocks`` read the text.
@Suite("Compose YAML read without Yams")
struct ComposeYAMLDifferentialTests {
  /// How often `texts` were read without Yams, after checking that every reading is Yams' own.
  private func compare(_ texts: [String]) -> Int {
    var readWithoutYams = 0
    for text in texts {
      let plain = ComposeYAMLReader.PlainBlocks.reading(of: text, file: "compose.yaml")
      let parsed = ComposeYAMLReader.parse(text, file: "compose.yaml", readBy: "compose")
      let yams = ComposeYAMLReader.parseWithYams(text, file: "compose.yaml", readBy: "compose")
      let expected = ComposeYAMLRendering.rendered(yams)
      #expect(ComposeYAMLRendering.rendered(parsed) == expected, "\(text.debugDescription)")
      if let plain {
        readWithoutYams += 1
        #expect(ComposeYAMLRendering.rendered(plain) == expected, "\(text.debugDescription)")
      }
    }
    return readWithoutYams
  }

  @Test("plain texts, whole or broken, read as Yams reads them")
  func plainTexts() {
    var generator = ComposeTextGenerator(seed: 11)
    let texts = (0..<3_000).map { _ in generator.plainText() }
    let readWithoutYams = compare(texts)
    #expect(readWithoutYams > 600)
    #expect(readWithoutYams < 2_700)
  }

  @Test("rich texts read as Yams reads them")
  func richTexts() {
    var generator = ComposeTextGenerator(seed: 5)
    _ = compare((0..<600).map { _ in generator.text() })
  }

  @Test(
    "texts in the plain subset are read without Yams",
    arguments: [
      "services:\n  web:\n    image: a/b:${TAG:-1}\n    depends_on:\n      - db\n      - ~\n",
      "# head\na: null\n\nb:\n  # inner\n  c: d e\nf:\n", "x:\n  - $HOME\n  - a:b\ny: ~/z",
      "1: 2\n",
    ])
  func readWithoutYams(text: String) throws {
    let plain = try #require(ComposeYAMLReader.PlainBlocks.reading(of: text, file: "c.yaml"))
    let yams = ComposeYAMLReader.parseWithYams(text, file: "c.yaml", readBy: "compose")
    #expect(ComposeYAMLRendering.rendered(plain) == ComposeYAMLRendering.rendered(yams))
    #expect(plain.diagnostics.isEmpty)
  }

  @Test(
    "texts that may read otherwise are left to Yams",
    arguments: [
      "a: b\n  c\n", "a:\n- b\n", "a: b \n", "a: 'b'\n", "a: b # c\n", "a: b\na: c\n",
      "a:\n  b: 1\n c: 2\n", "a: b: c\n", "a:\tb\n", "a: b\r\n", "---\na: b\n", "a: &x b\n",
      "a: [b]\n", "<<: {a: b}\n", "a: !reset b\n", "a:\n  -\n", "a: |\n  b\n", "  a: b\n", "",
      "a: caf\u{E9}\n", "a:\n  - b\n  c: d\n", String(repeating: "k", count: 1_001) + ": v\n",
    ])
  func leftToYams(text: String) {
    #expect(ComposeYAMLReader.PlainBlocks.reading(of: text, file: "c.yaml") == nil)
  }
}
