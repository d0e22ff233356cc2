import AffectedModel
import Testing

@Suite("Word expansion")
struct WordExpanderTests {
  private let expander = WordExpander()
  private let variables = [
    "NAME": "app", "EMPTY": "", "PATH_VAR": "/usr/local/bin/tool.tar.gz", "FRUIT": "banana",
  ]

  private func expand(_ word: String) throws -> String {
    try expander.expand(word, with: variables).value
  }

  @Test("removes quotes and escape characters")
  func quotes() throws {
    #expect(try expand("'a $NAME'") == "a $NAME")
    #expect(try expand("\"a $NAME\"") == "a app")
    #expect(try expand("a\\ b") == "a b")
    #expect(try expand("\"a\\\"b\\x\"") == "a\"b\\x")
    #expect(try expand("\\$NAME") == "$NAME")
  }

  @Test("expands $VAR and ${VAR}, and a lone $ stays")
  func plain() throws {
    #expect(try expand("$NAME/x") == "app/x")
    #expect(try expand("${NAME}x") == "appx")
    #expect(try expand("a$") == "a$")
    #expect(try expand("$UNSET-x") == "-x")
  }

  @Test(
    "expands default and alternative forms",
    arguments: [
      ("${NAME:-d}", "app"), ("${EMPTY:-d}", "d"), ("${UNSET:-d}", "d"),
      ("${NAME-d}", "app"), ("${EMPTY-d}", ""), ("${UNSET-d}", "d"),
      ("${NAME:+alt}", "alt"), ("${EMPTY:+alt}", ""), ("${UNSET:+alt}", ""),
      ("${NAME+alt}", "alt"), ("${EMPTY+alt}", "alt"), ("${UNSET+alt}", ""),
      ("${UNSET:-$NAME}", "app"), ("${UNSET:-\"a b\"}", "a b"),
    ])
  func defaults(word: String, expected: String) throws {
    #expect(try expand(word) == expected)
  }

  @Test(
    "trims and replaces patterns",
    arguments: [
      ("${PATH_VAR#*/}", "usr/local/bin/tool.tar.gz"), ("${PATH_VAR##*/}", "tool.tar.gz"),
      ("${PATH_VAR%.*}", "/usr/local/bin/tool.tar"), ("${PATH_VAR%%.*}", "/usr/local/bin/tool"),
      ("${PATH_VAR/l/L}", "/usr/Local/bin/tool.tar.gz"),
      ("${PATH_VAR//l/L}", "/usr/LocaL/bin/tooL.tar.gz"), ("${NAME/#a/b}", "app"),
      ("${PATH_VAR#\\/usr}", "/local/bin/tool.tar.gz"),
      ("${FRUIT#*a}", "nana"), ("${FRUIT##*a}", ""), ("${FRUIT%a*}", "banan"),
      ("${FRUIT%%a*}", "b"), ("${FRUIT/a*/X}", "bX"), ("${FRUIT//an/X}", "bXXa"),
      // `$0` in a replacement is BuildKit's whole match once `\$` keeps it from expansion.
      ("${FRUIT//?/.}", "......"), ("${FRUIT//n/<\\$0>}", "ba<\\n>a<\\n>a"),
    ])
  func patterns(word: String, expected: String) throws {
    #expect(try expand(word) == expected)
  }

  @Test("reports the variables it could not resolve")
  func unresolved() throws {
    let expanded = try expander.expand("${A:-x}/$NAME/$B/${EMPTY}", with: variables)
    #expect(expanded.value == "x/app//")
    #expect(expanded.resolvedVariables == ["EMPTY", "NAME"])
    #expect(expanded.unresolvedVariables == ["A", "B"])
  }

  @Test("handles long patterns and deep nesting without exhausting the stack")
  func hostileInput() throws {
    let value = String(repeating: "a", count: 600)
    let pattern = String(repeating: "*a", count: 300) + "b"
    #expect(try expander.expand("${V#\(pattern)}", with: ["V": value]).value == value)
    let nested =
      String(repeating: "${A:-", count: 1_000) + "x" + String(repeating: "}", count: 1_000)
    let error = #expect(throws: DockerfileError.self) { try expander.expand(nested, with: [:]) }
    // The message quotes the start of the word, not all 6,001 characters of it.
    #expect(error?.message.hasPrefix("failed to process \"${A:-${A:-") == true)
    #expect(error?.message.contains("…\": ") == true)
    #expect((error?.message.count ?? .max) < 300)
    let shallow = String(repeating: "${A:-", count: 10) + "x" + String(repeating: "}", count: 10)
    #expect(try expander.expand(shallow, with: [:]).value == "x")
  }

  @Test("splits into words outside quotes")
  func words() throws {
    let expanded = try expander.expand("a \"b c\" $NAME d''", with: variables)
    #expect(expanded.words == ["a", "b c", "app", "d"])
  }

  @Test(
    "plain words (no $, quote or escape) come out as the lexer gives them",
    arguments: ["a b", " a\tb  c ", "x\u{2003}y\u{85}z", "", "  ", "é/ü *.txt", "src/"])
  func plainWords(word: String) throws {
    // An empty quoted string makes the lexer read the word; it adds nothing to value or words.
    let plain = try expander.expand(word, with: variables)
    #expect(plain == (try expander.expand(word + "''", with: variables)))
    #expect(plain.value == word)
    #expect(try expander.expandKeepingUnset(word) == plain)
  }

  @Test("plain words split at white space, Unicode spaces included")
  func plainWordSplitting() throws {
    let expanded = try expander.expand(" a\tb\u{2003}c  d ", with: variables)
    #expect(expanded.words == ["a", "b", "c", "d"])
    #expect(expanded.resolvedVariables.isEmpty && expanded.unresolvedVariables.isEmpty)
  }

  @Test("keeps unset references when asked to")
  func keepingUnset() throws {
    let expanded = try expander.expandKeepingUnset("'q' $A ${B:-x} ${C}")
    #expect(expanded.value == "q $A ${B:-x} ${C}")
    #expect(expanded.unresolvedVariables == ["A", "B", "C"])
  }

  @Test("uses the backtick escape character")
  func backtick() throws {
    let expanded = try WordExpander(escapeToken: "`").expand("c:\\dir` x`$NAME", with: variables)
    #expect(expanded.value == "c:\\dir x$NAME")
  }

  @Test(
    "rejects malformed words",
    arguments: [
      "'open", "\"open", "${", "${}", "${NAME", "${NAME:x}", "${UNSET?must be set}",
      "${UNSET:?}", "${NAME#\\a}",
    ])
  func errors(word: String) {
    #expect(throws: DockerfileError.self) {
      try expander.expand(word, with: variables)
    }
  }
}
