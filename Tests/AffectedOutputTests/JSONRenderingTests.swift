import AffectedOutput
import Testing

@Suite("Compact JSON text")
struct JSONRenderingTests {
  @Test(
    "Strings escape quotes, backslashes and control characters, and keep other text as is",
    arguments: [
      ("plain", #""plain""#),
      ("", #""""#),
      (#"say "hi""#, #""say \"hi\"""#),
      (#"C:\dir"#, #""C:\\dir""#),
      ("a\nb\rc\td", #""a\nb\rc\td""#),
      ("\u{1}\u{1F}\u{0}", #""\u0001\u001f\u0000""#),
      ("\u{7F}é😀\u{2028}", "\"\u{7F}é😀\u{2028}\""),
      ("\"\"\\", #""\"\"\\""#),
    ])
  func strings(value: String, expected: String) {
    #expect(JSONValue.string(value).rendered() == expected)
    #expect(JSONValue.object([(value, .null)]).rendered() == "{\(expected):null}")
  }

  @Test("Scalars, nesting and empty collections are written compactly")
  func compact() {
    let value = JSONValue.object([
      ("n", .null), ("t", .bool(true)), ("f", .bool(false)), ("i", .int(-42)),
      ("big", .int(Int.min)), ("a", .array([.int(1), .array([]), .object([])])),
      ("o", .object([("x", .array([.string("y")]))])),
    ])
    #expect(
      value.rendered()
        == #"{"n":null,"t":true,"f":false,"i":-42,"big":-9223372036854775808,"#
        + #""a":[1,[],{}],"o":{"x":["y"]}}"#)
  }

  @Test("Items on lines: arrays outside arrays put each element on a line, empty ones stay []")
  func itemsOnLines() {
    let value = JSONValue.object([
      ("list", .array([.int(1), .array([.int(2), .int(3)]), .object([("k", .array([.int(4)]))])])),
      ("empty", .array([])),
      ("inner", .object([("deep", .array([.string("x")]))])),
    ])
    #expect(
      value.rendered(itemsOnLines: true) == """
        {"list":[
          1,
          [2,3],
          {"k":[4]}
        ],"empty":[],"inner":{"deep":[
          "x"
        ]}}
        """)
    #expect(JSONValue.array([.int(1), .int(2)]).rendered(itemsOnLines: true) == "[\n  1,\n  2\n]")
  }

  @Test("Indented text keeps escapes in keys and values")
  func indented() {
    let value = JSONValue.object([("a\"b", .array([.string("c\nd")])), ("e", .object([]))])
    #expect(
      value.indented() == """
        {
          "a\\"b": [
            "c\\nd"
          ],
          "e": {}
        }
        """)
  }
}
