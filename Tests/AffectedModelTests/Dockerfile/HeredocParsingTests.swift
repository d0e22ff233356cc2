import AffectedModel
import Testing

@Suite("Dockerfile here-documents")
struct HeredocParsingTests {
  @Test("reads a body up to its delimiter, and line numbers include it")
  func basic() throws {
    let run = try #require(
      try Dockerfile(parsing: "FROM a\nRUN <<EOF\necho $A\n\nEOF\nUSER b\n").instructions[safe: 1])
    #expect(run.heredocs == [Heredoc(name: "EOF", content: "echo $A\n\n")])
    #expect(run.original == "RUN <<EOF\necho $A\n\nEOF\n")
    #expect(run.startLine == 2)
    #expect(run.endLine == 5)
  }

  @Test("handles <<-, quoted delimiters and several here-documents on one line")
  func forms() throws {
    let dockerfile = try Dockerfile(
      parsing:
        "FROM a\nRUN <<-EOT\n\techo tab\n\tEOT\nCOPY <<'one' <<\"two\" /dest/\n1\none\n2\ntwo\n")
    let dash = dockerfile.instructions[1].heredocs[0]
    #expect(dash.stripsLeadingTabs)
    #expect(dash.content == "\techo tab\n")
    #expect(dash.strippedContent == "echo tab\n")
    let copy = dockerfile.instructions[2]
    #expect(copy.heredocs.map(\.name) == ["one", "two"])
    #expect(copy.heredocs.map(\.expands) == [false, false])
    #expect(copy.heredocs.map(\.content) == ["1\n", "2\n"])
    #expect(copy.arguments == ["<<'one'", "<<\"two\"", "/dest/"])
  }

  @Test("reads file descriptors the way BuildKit does")
  func fileDescriptors() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nRUN cat 3<<DATA <<3EOF\nd\nDATA\ne\n3EOF\n")
    let heredocs = dockerfile.instructions[1].heredocs
    #expect(heredocs.map(\.fileDescriptor) == [3, 0])
    #expect(heredocs.map(\.name) == ["DATA", "3EOF"])
  }

  @Test("ignores here-documents in JSON form, in other instructions and inside quotes")
  func notHeredocs() throws {
    let dockerfile = try Dockerfile(
      parsing: "FROM a\nRUN [\"cat\", \"<<EOF\"]\nUSER <<EOF\nRUN echo \"<<EOF\"\n")
    #expect(dockerfile.instructions.allSatisfy { $0.heredocs.isEmpty })
    #expect(dockerfile.instructions.count == 4)
  }

  @Test("reads here-documents of ONBUILD triggers")
  func onbuild() throws {
    let dockerfile = try Dockerfile(parsing: "FROM a\nONBUILD RUN <<EOF\nx\nEOF\n")
    #expect(dockerfile.instructions[1].heredocs.map(\.content) == ["x\n"])
  }

  @Test("rejects an unterminated here-document at its instruction's line")
  func unterminated() throws {
    let error = try #require(throws: DockerfileError.self) {
      try Dockerfile(parsing: "FROM a\nRUN <<EOF\necho\n")
    }
    #expect(error.line == 2)
  }
}

extension Array {
  /// The element at `index`, or `nil` when there is none.
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
