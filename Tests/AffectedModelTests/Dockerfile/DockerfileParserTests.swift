import AffectedModel
import Testing

@Suite("Dockerfile syntax")
struct DockerfileParserTests {
  @Test("reads directives only at the top, and the backtick escape")
  func directives() throws {
    let dockerfile = try Dockerfile(
      parsing: "# syntax=docker/dockerfile:1\n# ESCAPE = `\n# check=skip=all\nFROM alpine\n"
        + "RUN echo a `\n  b\n# escape=\\\nRUN c:\\dir\n")
    #expect(dockerfile.directives.map(\.name) == ["syntax", "escape", "check"])
    #expect(dockerfile.directive("Syntax") == "docker/dockerfile:1")
    #expect(dockerfile.directive("check") == "skip=all")
    #expect(dockerfile.escapeToken == "`")
    #expect(dockerfile.instructions.map(\.arguments) == [["alpine"], ["echo a   b"], ["c:\\dir"]])
  }

  @Test("a comment or blank line ends the directives")
  func directivesEndAtFirstOtherLine() throws {
    let afterComment = try Dockerfile(parsing: "# hello\n# escape=`\nFROM a\n")
    #expect(afterComment.directives.isEmpty)
    #expect(afterComment.escapeToken == "\\")
    let afterBlank = try Dockerfile(parsing: "\n# syntax=x\nFROM a\n")
    #expect(afterBlank.directives.isEmpty)
  }

  @Test("rejects a repeated directive and an invalid escape token")
  func directiveErrors() {
    #expect(
      throws: DockerfileError(
        line: 2, "only one escape parser directive can be used; remove the repeated one")
    ) {
      try Dockerfile(parsing: "# escape=`\n# escape=\\\nFROM a\n")
    }
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "# escape=x\nFROM a\n")
    }
  }

  @Test("strips a byte-order mark and CRLF line endings")
  func bomAndCRLF() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("FROM a\r\nRUN x \\\r\n  y\r\n".utf8)
    let dockerfile = try Dockerfile(parsing: bytes)
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN x   y"])
    #expect(dockerfile.instructions[1].startLine == 2)
    #expect(dockerfile.instructions[1].endLine == 3)
  }

  @Test("joins continuations across comment lines, blank lines and trailing white space")
  func continuations() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nRUN apt-get install \\  \n# a comment\n\n    curl \\\n  && done\nUSER x\n")
    let run = dockerfile.instructions[1]
    #expect(run.arguments == ["apt-get install     curl   && done"])
    #expect(run.startLine == 2)
    #expect(run.endLine == 6)
    #expect(dockerfile.instructions[2].startLine == 7)
  }

  @Test("an escaped escape character does not continue the line")
  func escapedEscape() throws {
    let dockerfile = try Dockerfile(parsing: "FROM a\nRUN echo \\\\\nUSER b\n")
    #expect(dockerfile.instructions.map(\.command) == ["FROM", "RUN", "USER"])
  }

  @Test("keeps the instruction's spelling and upper-cases the command")
  func caseInsensitive() throws {
    let instruction = try #require(
      try Dockerfile(parsing: "from alpine AS Build\n").instructions.first)
    #expect(instruction.keyword == "from")
    #expect(instruction.command == "FROM")
    #expect(instruction.arguments == ["alpine", "AS", "Build"])
  }

  @Test("reads JSON and shell forms, falling back to shell form for invalid JSON")
  func jsonAndShellForms() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nCMD [\"a b\", \"\\u00e9\"]\nRUN [ not json ]\nCOPY [\"x y\", \"/d\"]\n"
        + "ENTRYPOINT [\"a\"] trailing\nVOLUME /a /b\n")
    let forms = dockerfile.instructions.dropFirst().map { ($0.isJSON, $0.arguments) }
    #expect(forms.map(\.0) == [true, false, true, false, false])
    #expect(
      forms.map(\.1) == [
        ["a b", "é"], ["[ not json ]"], ["x y", "/d"], ["[\"a\"] trailing"], ["/a", "/b"],
      ])
  }

  @Test("rejects a JSON array holding something other than strings")
  func jsonNotStrings() {
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nCMD [\"a\", 1]\n")
    }
  }

  @Test("splits flags, removing quotes, and stops at --")
  func flags() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nCOPY --chown=\"a b\" --link src /d\nRUN -- --not-a-flag\n")
    #expect(dockerfile.instructions[1].flags == ["--chown=a b", "--link"])
    #expect(dockerfile.instructions[1].arguments == ["src", "/d"])
    #expect(dockerfile.instructions[2].flags.isEmpty)
    #expect(dockerfile.instructions[2].arguments == ["--not-a-flag"])
  }

  @Test("splits ENV, LABEL and ARG words, keeping quotes")
  func keyValues() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nENV A=1 B=\"x y\" C=z\\ w\nENV OLD value with spaces\nARG N V=\"1 2\"\n")
    #expect(dockerfile.instructions[1].arguments == ["A", "1", "B", "\"x y\"", "C", "z\\ w"])
    #expect(dockerfile.instructions[2].arguments == ["OLD", "value with spaces"])
    #expect(dockerfile.instructions[3].arguments == ["N", "V=\"1 2\""])
  }

  @Test("rejects ENV words without =")
  func envWithoutEquals() {
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nENV A=1 B\n")
    }
  }

  @Test("keeps ONBUILD's trigger, flags and arguments")
  func onbuild() throws {
    let instruction = try #require(
      try Dockerfile(parsing: "FROM a\nonbuild copy --chown=1 a /b\n").instructions.last)
    #expect(instruction.command == "ONBUILD")
    #expect(instruction.subKeyword == "copy")
    #expect(instruction.subCommand == "COPY")
    #expect(instruction.flags == ["--chown=1"])
    #expect(instruction.arguments == ["a", "/b"])
    let trigger = try #require(instruction.trigger)
    #expect(trigger.command == "COPY")
    #expect(trigger.original == "copy --chown=1 a /b")
  }

  @Test("rejects chained ONBUILD and flags before the trigger")
  func onbuildErrors() {
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nONBUILD ONBUILD RUN x\n")
    }
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nONBUILD --x RUN x\n")
    }
  }

  @Test("keeps unknown instructions with one empty argument")
  func unknownInstruction() throws {
    let instruction = try #require(try Dockerfile(parsing: "FROM a\nFORM b c\n").instructions.last)
    #expect(instruction.command == "FORM")
    #expect(instruction.arguments == [""])
  }

  @Test("rejects a file without instructions")
  func empty() {
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "# only a comment\n\n")
    }
  }

  @Test("reads a Dockerfile from a file source")
  func fileSource() throws {
    let source = MemoryFileSource(["app/Dockerfile": "FROM alpine\nCOPY . /app\n"])
    let dockerfile = try Dockerfile(at: "app/Dockerfile", in: source)
    #expect(dockerfile.instructions.map(\.command) == ["FROM", "COPY"])
    #expect(throws: FileSourceError.self) { try Dockerfile(at: "missing/Dockerfile", in: source) }
  }

  @Test("rejects a line longer than BuildKit reads")
  func longLine() {
    #expect(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nRUN " + String(repeating: "x", count: 70_000) + "\n")
    }
  }
}
