import Foundation
import Testing

@testable import AffectedModel

/// Texts without tags are read without Yams' tag resolution; these tests check that every answer
/// (values, nulls, merge keys, cleared paths, lines, diagnostics) is the one resolution gives.
@Suite("Compose YAML read without tag resolution")
struct ComposeYAMLTagTests {
  /// `parse` (which reads a text without tags without resolution) and a reading with resolution.
  private func readings(_ text: String) -> (parsed: String, resolved: String) {
    let parsed = ComposeYAMLReader.parse(text, file: "compose.yaml", readBy: "compose")
    let resolved = ComposeYAMLReader.read(
      text, file: "compose.yaml", readBy: "compose", tags: .resolved)
    return (
      ComposeYAMLRendering.rendered(parsed), ComposeYAMLRendering.rendered(resolved.reading)
    )
  }

  @Test(
    "a ! that may start a tag is found; one inside a word is not",
    arguments: [
      ("a: !reset []", true), ("!!str a: b", true), ("a: [x,!y z]", true), ("{a:!b c}", true),
      ("!x\n", true), ("a:\n- !x b", true), ("cmd: [ $$x != y ]", true), ("# !note\na: 1", true),
      ("a: hi!", false), ("a: x!=y", false), ("a: 1", false), ("a: \"wow!\"", false),
    ])
  func detectsTags(text: String, mayHoldTags: Bool) {
    #expect(ComposeYAMLReader.mayHoldTags(text) == mayHoldTags)
  }

  @Test(
    "texts without tags read alike with and without resolution",
    arguments: [
      "a: null\nb: \"null\"\nc: ~\nd: '~'\ne: true\nf: \"true\"\ng:\nh: ''\ni: 0x1F\n",
      "x-a: &a {image: a, user: a}\nservices:\n  web:\n    <<: *a\n    user: b\n",
      "x-a: &a {p: 1}\nx-b: &b {p: 2, q: 3}\ns:\n  <<: [*a, *b]\n  '<<': quoted\n",
      "x: {\"<<\": y}\n", "x:\n  <<: oops\n  a: 1\n", "x:\n  <<: [*a]\n", "services:\n  1: {}\n",
      "null: a\nNULL: b\n~: c\ntrue: d\n1: e\n1.5: f\n2001-12-14: g\n=: h\n<<: {i: j}\n",
      "x: &k name\n*k : other\n", "? [a, b]\n: c\n", "? {a: 1}\n: x\n",
      "a: 1\n---\nb: 2\n---\n- c\n---\n", "k: |\n  line $X\nl: >\n  folded\n", "# nothing\n",
      "services:\n  web:\n    image: ${TAG:-latest}\n    command: echo hi!\n",
      "services:\n  web:\n    image: a: b\n", "services:\n  web: [a, b\n  other: c\n",
      "x: *missing\n", "services:\n\tweb: {}\n", "a: 1\na: 2\n",
    ])
  func sameAnswers(text: String) {
    #expect(!ComposeYAMLReader.mayHoldTags(text))
    let (parsed, resolved) = readings(text)
    #expect(parsed == resolved)
  }

  @Test(
    "keys that are duplicates only without resolution are read again with it",
    arguments: [
      "1: a\n\"1\": b\n", "true: a\n'true': b\n", "null: a\n\"null\": b\n", "~: a\n'~': b\n",
      "x-a: &a {p: 1}\ns:\n  <<: *a\n  \"<<\": b\n", "? {a: 1}\n: x\n? {a: \"1\"}\n: y\n",
      "a: 1\n---\nyes: a\n\"yes\": b\n---\nc: 2\n",
    ])
  func duplicatesWithoutResolution(text: String) {
    let untagged = ComposeYAMLReader.read(
      text, file: "compose.yaml", readBy: "compose", tags: .absent)
    #expect(!untagged.isValidYAML)
    let (parsed, resolved) = readings(text)
    #expect(parsed == resolved)
    #expect(!parsed.contains("invalid YAML"))
  }

  @Test("the merge key is found without resolution, and tags keep being read with it")
  func mergeKeysAndTags() throws {
    let merged = ComposeYAMLReader.read(
      "x-a: &a {p: 1}\ns:\n  <<: *a\n", file: "compose.yaml", readBy: "compose", tags: .absent)
    let flattened = ComposeMapping([("p", .string("1"))])
    #expect(merged.reading.layers.first?.value["s"] == .mapping(flattened))
    let (parsed, resolved) = readings(
      "x-a: &a {p: 1}\ns:\n  !!str <<: *a\n  q: !reset x\n  r: !!null ''\n  t: ! ~\n")
    #expect(parsed == resolved)
    #expect(parsed.contains("\"<<\":{\"p\":\"1\"}"))
    #expect(parsed.contains("\"r\":~"))
  }

  @Test("the fixtures' YAML files read alike with and without resolution")
  func fixtures() throws {
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let fixtures = package.appendingPathComponent("Fixtures")
    let files = try #require(FileManager.default.enumerator(atPath: fixtures.path))
      .compactMap { $0 as? String }
      .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
    #expect(files.count > 10)
    for file in files {
      let text = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
      let (parsed, resolved) = readings(text)
      #expect(parsed == resolved, "\(file)")
    }
  }

  @Test("generated texts read alike with and without resolution")
  func generated() {
    var generator = TextGenerator(seed: 2_024)
    var readWithoutResolution = 0
    for _ in 0..<600 {
      let text = generator.document()
      let (parsed, resolved) = readings(text)
      #expect(parsed == resolved, "\(text)")
      let untagged = ComposeYAMLReader.read(
        text, file: "compose.yaml", readBy: "compose", tags: .absent)
      if !ComposeYAMLReader.mayHoldTags(text) && untagged.isValidYAML {
        readWithoutResolution += 1
      }
    }
    #expect(readWithoutResolution > 150)
  }
}

/// Small YAML documents built from the scalars whose reading depends on tags, with anchors,
/// aliases, merge keys, flow and block styles, duplicates and, now and then, tags.
private struct TextGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  private static let scalars = [
    "a", "b", "1", "01", "1.0", "true", "yes", "on", "null", "Null", "~", "=", "<<", "x!", "$V",
    "2001-12-14", "\"1\"", "'true'", "\"null\"", "'~'", "\"<<\"", "''", "|\n      block",
  ]
  private static let tags = ["!reset ", "!override ", "!!str ", "!!int ", "!!null ", "! "]

  private mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  private mutating func scalar(asKey: Bool, inFlow: Bool = false) -> String {
    var text = Self.scalars[next(Self.scalars.count)]
    if (asKey || inFlow) && text.hasPrefix("|") {
      text = "k"
    }
    if next(12) == 0 {
      text = Self.tags[next(Self.tags.count)] + text
    }
    return text
  }

  mutating func document() -> String {
    var lines = [
      "x-a: &a {p: \(scalar(asKey: false, inFlow: true)), \(scalar(asKey: true)): q}"
    ]
    lines.append("x-b: &b")
    lines.append("  \(scalar(asKey: true)): \(scalar(asKey: false))")
    lines.append("s:")
    for _ in 0..<(1 + next(5)) {
      switch next(6) {
      case 0:
        lines.append("  <<: \(["*a", "*b", "[*a, *b]", "[*b, *a]", "x"][next(5)])")
      case 1:
        lines.append("  \(scalar(asKey: true)): [\(scalar(asKey: false, inFlow: true)), *a]")
      case 2:
        lines.append("  \(scalar(asKey: true)):")
        lines.append("    \(scalar(asKey: true)): \(scalar(asKey: false))")
      default:
        lines.append("  \(scalar(asKey: true)): \(scalar(asKey: false))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
