import Testing

@testable import AffectedModel

@Suite("Byte order of ids and Python names")
struct ByteOrderTests {
  static let pieces = [
    "", "a", "b", "A", "Z", "-", "_", ".", "/", "0", "~", " ", "\r\n", "é", "e\u{301}", "😀",
    "services/", "libs/x",
  ]

  /// Strings made of one to four pieces, every combination of the first pieces and a sample of
  /// longer ones.
  static var strings: [String] {
    var result = pieces
    for first in pieces {
      for second in pieces {
        result.append(first + second)
        result.append(first + second + first)
      }
    }
    return result
  }

  @Test("byte order sorts by UTF-8 bytes, a prefix first")
  func bytes() {
    let strings = Self.strings
    #expect(
      ByteOrder.sorted(strings) == strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(
      ByteOrder.sorted(["b", "a/b", "a", "é", "e\u{301}", "Z"]) == [
        "Z", "a", "a/b", "b", "e\u{301}", "é",
      ])
  }

  @Test("sorting as strings gives the order of <, for ASCII and other strings")
  func asStrings() {
    let strings = Self.strings
    let ascii = strings.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    #expect(ByteOrder.sortedAsStrings(ascii) == ascii.sorted())
    #expect(ByteOrder.sortedAsStrings(strings) == strings.sorted())
    #expect(ByteOrder.sortedAsStrings(["b", "é", "e\u{301}f"]) == ["b", "é", "e\u{301}f"])
  }

  @Test("Python names in ASCII normalise as PEP 503 says, like any other name")
  func pythonNames() {
    let cases = [
      ("Foo_Bar", "foo-bar"), ("foo..bar", "foo-bar"), ("-_leading", "leading"),
      ("trailing._-", "trailing"), ("A-b_C.d", "a-b-c-d"), ("", ""), ("x\r\ny", "x\r\ny"),
      ("Ünïcode_Name", "ünïcode-name"), ("MiXeD--CaSe", "mixed-case"),
    ]
    for (name, normalised) in cases {
      #expect(ManifestText.normalisedName(name, .python) == normalised)
      #expect(ManifestText.normalisedName(name, .javascript) == name)
    }
  }
}
