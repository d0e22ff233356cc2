import AffectedOutput
import Testing
import Yams

@Suite("YAML rendering of JSON values")
struct YAMLRenderingTests {
  static let awkward = [
    "yes", "No", "on", "OFF", "y", "null", "~", "true", "1", "1.0", "0x1F", "1_000", "12:30",
    ".inf",
    "", " lead", "trail ", "a: b", "a #b", "# c", "- d", "? e", "@f", "`g", "%h", "!i", "*j", "&k",
    "|", ">", "'", "\"", "\\", "{x}", "[y]", "multi\nline", "tab\there", "\u{7F}", "\u{85}",
    "\u{2028}", "\u{1}", "😀 émoji", "docker buildx build --tag x:1 .",
  ]

  @Test("Every string reads back as the same string", arguments: awkward)
  func strings(value: String) throws {
    let yaml = JSONValue.object([(value, .string(value)), ("list", .array([.string(value)]))])
      .yaml()
    let loaded = try #require(try Yams.load(yaml: yaml) as? [String: Any], "\(yaml)")
    #expect(loaded[value] as? String == value, "\(yaml)")
    #expect(loaded["list"] as? [String] == [value], "\(yaml)")
  }

  @Test("Nesting, empty collections, and scalars keep their shape and type")
  func structure() throws {
    let value = JSONValue.object([
      (
        "steps",
        .array([
          .object([("key", .string("a")), ("depends_on", .array([]))]),
          .array([.int(1), .bool(false), .null]),
          .object([]),
        ])
      ),
      ("empty", .object([])),
      ("number", .int(-3)),
    ])
    let loaded = try #require(try Yams.load(yaml: value.yaml()) as? [String: Any])
    let steps = try #require(loaded["steps"] as? [Any])
    #expect((steps[0] as? [String: Any])?["key"] as? String == "a")
    #expect(((steps[0] as? [String: Any])?["depends_on"] as? [Any])?.isEmpty == true)
    let inner = try #require(steps[1] as? [Any])
    #expect(inner[0] as? Int == 1 && inner[1] as? Bool == false)
    #expect((steps[2] as? [String: Any])?.isEmpty == true)
    #expect((loaded["empty"] as? [String: Any])?.isEmpty == true)
    #expect(loaded["number"] as? Int == -3)
  }
}
