import Testing

@testable import AffectedModel

/// The byte-level shortcuts taken for common text give what the general code gives.
@Suite("Byte-level shortcuts in Dockerfile reading")
struct ByteLevelShortcutsTests {
  @Test(
    "Directives are matched by bytes, values decoded as in the whole line",
    arguments: [
      ("# syntax = docker/dockerfile:1 \t\n", "docker/dockerfile:1"),
      ("#SYNTAX=é/ü:1\n", "é/ü:1"),
      ("# syntax=   \n", " "),
      ("# syntax=a\u{85}b\n", "a\u{85}b"),
    ])
  func directives(line: String, value: String) throws {
    let dockerfile = try Dockerfile(parsing: line + "FROM alpine\n")
    #expect(dockerfile.directive("syntax") == value)
  }

  @Test(
    "Lines that are no directive end the directives",
    arguments: ["# syntax=\n", "# 1syntax=x\n", "# sy-ntax=x\n", "# syntéx=x\n", "# syntax x\n"])
  func notDirectives(line: String) throws {
    let dockerfile = try Dockerfile(parsing: line + "# escape=`\nFROM alpine\n")
    #expect(dockerfile.directives.isEmpty)
  }

  @Test("An invalid UTF-8 byte in a directive's value decodes as in the whole line")
  func invalidBytes() throws {
    let bytes = Array("# syntax=a".utf8) + [0xFF] + Array("b\nFROM alpine\n".utf8)
    #expect(try Dockerfile(parsing: bytes).directive("syntax") == "a\u{FFFD}b")
  }

  @Test(
    "Expanding a value alone gives expand's value and unresolved variables",
    arguments: [
      "plain", "two words", "$A", "${B:-x} c", "'q $A'", "\"$A $C\"", "e\\ x", "${UNSET}/a",
      "a\u{85}b", "",
    ])
  func valueAlone(word: String) throws {
    let variables = ["A": "1", "B": ""]
    let expanders = [
      WordExpander(), WordExpander(escapeToken: "`"), WordExpander(escapeToken: "é"),
    ]
    for expander in expanders {
      for keeping in [false, true] {
        let full =
          keeping
          ? try expander.expandKeepingUnset(word, with: variables)
          : try expander.expand(word, with: variables)
        let alone = try expander.value(
          of: word, with: variables, keepingUnsetReferences: keeping)
        #expect(alone.value == full.value)
        #expect(alone.unresolvedVariables == Set(full.unresolvedVariables))
      }
    }
  }

  @Test(
    "Here-document markers",
    arguments: [
      ("<<EOF", "EOF"), ("3<<EOF", "EOF"), ("<<-'END'", "END"), ("12<<\"X\"", "X"),
      ("123", nil), ("", nil), ("a<<EOF", nil), ("<EOF", nil), ("\u{661}<<EOF", nil),
      ("<<", nil), ("/src", nil),
    ] as [(String, String?)])
  func markers(word: String, name: String?) throws {
    #expect(try Heredoc(marker: word)?.name == name)
  }

  @Test(
    "Git sources are told apart from paths",
    arguments: [
      ("git@github.com:org/repo.git", true), ("user@host:path", true), ("src/app", false),
      ("a@b/c:d", false), ("@host:x", false), ("https://h/r.git#main", true),
      ("https://h/file.tar", false), ("é@host:x", true),
    ])
  func gitSources(source: String, isGit: Bool) {
    if case .gitRepository = CopySource(expanded: source) {
      #expect(isGit)
    } else {
      #expect(!isGit)
    }
  }

  @Test(
    "Whitespace-separated arguments split at runs of tab, vertical tab, form feed and space",
    arguments: [
      ("COPY a b", ["a", "b"]),
      ("COPY \t a \u{0B}\u{0C} b\t\tc  ", ["a", "b", "c"]),
      ("COPY é\u{301}/x  y", ["é\u{301}/x", "y"]),
      ("COPY a \u{301}b", ["a", "\u{301}b"]),
      ("EXPOSE 80", ["80"]),
    ])
  func whitespaceSeparated(line: String, words: [String]) throws {
    let dockerfile = try Dockerfile(parsing: "FROM alpine\n" + line + "\n")
    #expect(dockerfile.instructions.last?.arguments == words)
  }

  @Test(
    "Trimming on bytes trims what trimming on characters trims",
    arguments: [
      " a b ", "\t\u{0B}x\r\n", "", "   ", "\u{A0}x\u{85}", " é ", "é", " a\u{3000}",
      "\u{2003} a ", "x\u{A0}", "\u{85}", " a\u{301} ", "\u{301}",
    ])
  func trimSpace(text: String) {
    let scalars = Array(text.unicodeScalars)
    let start = scalars.firstIndex { !GoText.isSpace($0) } ?? scalars.count
    let end = max(start, (scalars.lastIndex { !GoText.isSpace($0) } ?? -1) + 1)
    let expected = String(String.UnicodeScalarView(scalars[start..<end]))
    #expect(String(GoText.trimSpace(text[...])) == expected)
  }

  @Test(
    "Flags are read from the first word that starts with two dashes, and only then",
    arguments: [
      (" \u{0B} a --b", [], "a --b"),
      ("", [], ""),
      (" \t ", [], ""),
      ("-a b", [], "-a b"),
      ("\u{A0}--a b", [], "\u{A0}--a b"),
      ("--from=x a b", ["--from=x"], "a b"),
      ("  --chown=1 --chmod=644 a", ["--chown=1", "--chmod=644"], "a"),
      ("-- a", [], " a"),
      ("--", [], ""),
    ] as [(String, [String], String)])
  func flags(text: String, flags: [String], rest: String) {
    let (found, remaining) = InstructionLineParser(escape: "\\").extractFlags(text[...])
    #expect(found == flags)
    #expect(String(remaining) == rest)
  }
}
