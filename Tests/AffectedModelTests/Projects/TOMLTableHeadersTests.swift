import Testing

@testable import AffectedModel

@Suite("Malformed table headers, which TOMLKit would abort on")
struct TOMLTableHeadersTests {
  @Test(
    "A header that does not begin with a key is a syntax error on its line, not a crash",
    arguments: [
      ("[é]", "'é'"), ("[ é]", "'é'"), ("[[é]]", "'é'"), ("[=]", "'='"), ("[#]", "'#'"),
      ("[.]", "'.'"), ("[$]", "'$'"), ("[[ $]]", "'$'"), ("[!]", "'!'"),
      ("[", "the end of the line"),
    ])
  func malformedHeaders(header: String, shown: String) throws {
    let text = "[project]\nname = \"svc\"\n\n\(header)\nx = 1\n"
    let error = try #require(TOMLTableHeaders.malformedHeader(in: text))
    #expect(error.line == 4)
    #expect(error.message.hasSuffix("saw \(shown)"))
    #expect(throws: ManifestSyntaxError.self) { try TOMLNode.parseWithTOMLKit(text) }
  }

  @Test("Brackets inside strings, comments, arrays and inline tables are not headers")
  func bracketsInsideValues() throws {
    let text = """
      # [$] in a comment
      a = \"\"\"
      [$]
      \\\"\"\"[é]
      \"\"\"
      b = [
        [
          1,
        ],
        [ "x" ], # [!]
        [ { c = 1 } ],
      ]
      c = '''
      [é]
      '''
      d = "[.]"
      e = { f = [
        "]",
      ] }
      [tool."é"]
      [[bin]]
      name = 'x'
      [ g.h ]
      [  ]
      """
    #expect(TOMLTableHeaders.malformedHeader(in: text) == nil)
    // TOMLKit reads the same text up to its empty header, which it reports itself.
    let emptyHeader = try #require(text.range(of: "[  ]"))
    let valid = String(text[..<emptyHeader.lowerBound])
    _ = try TOMLNode.parseWithTOMLKit(valid)
  }

  @Test("After a multi-line value, the next statement's header is checked again, on its line")
  func headersAfterValues() throws {
    let text = "a = [\n  1,\n]\ns = \"\"\"\nx\n\"\"\"\n[é]\n"
    #expect(TOMLTableHeaders.malformedHeader(in: text)?.line == 7)
  }
}
