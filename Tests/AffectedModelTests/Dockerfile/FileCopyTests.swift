import AffectedModel
import Testing

@Suite("COPY and ADD")
struct FileCopyTests {
  private func copies(_ text: String, buildArguments: [String: String] = [:]) throws -> [FileCopy] {
    try BuildStages(Dockerfile(parsing: text), buildArguments: buildArguments)
      .stages.flatMap(\.fileCopies)
  }

  @Test("reads every COPY flag, expanding their values")
  func copyFlags() throws {
    let text = """
      FROM alpine AS build
      ARG OWNER=app
      COPY --from=build --chown=$OWNER:$OWNER --chmod=0755 --link --parents \
           --exclude=*.md --exclude=$OWNER/tmp 'src' c* /dst/
      """
    let copy = try #require(try copies(text).first)
    #expect(copy.command == .copy)
    #expect(copy.from == "build")
    #expect(copy.chown == "app:app")
    #expect(copy.chmod == "0755")
    #expect(copy.link && copy.parents)
    #expect(copy.excludes == ["*.md", "app/tmp"])
    // Shell form splits at white space before quotes are removed, so "a b" is two words.
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY \"a b\" /d\n") }
    #expect(copy.sources == [.path("src"), .path("c*")])
    #expect(copy.destination == "/dst/")
  }

  @Test("reads a non-ASCII flag value byte by byte, as BuildKit does, split at the first '='")
  func nonASCIIFlags() throws {
    // BuildKit turns each byte of a flag into a character of its own; a combining mark right
    // after `=` is two such characters, not part of the `=`.
    let text = "FROM alpine\nCOPY --from=e\u{301}tape --chown=\u{301}j\u{F8}rn:=x a /d\n"
    let copy = try #require(try copies(text).first)
    let byBytes = { (text: String) in text.utf8.map { Unicode.Scalar($0) } }
    #expect(copy.from.map { Array($0.unicodeScalars) } == byBytes("e\u{301}tape"))
    #expect(copy.chown.map { Array($0.unicodeScalars) } == byBytes("\u{301}j\u{F8}rn:=x"))
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY --fr\u{F6}m=x a /d\n") }
  }

  @Test("reads the JSON form and expands its strings")
  func jsonForm() throws {
    let copy = try #require(
      try copies("FROM a\nARG D=/dst\nCOPY [\"dir with space\", \"$D\"]\n").first)
    #expect(copy.sources == [.path("dir with space")])
    #expect(copy.destination == "/dst")
  }

  @Test("flags here-document sources")
  func heredocSource() throws {
    let copy = try #require(
      try copies("FROM a\nCOPY <<EOF x <<-'RAW' /etc/\nhi $A\nEOF\n\tok\nRAW\n").first)
    #expect(copy.sources.count == 3)
    #expect(copy.sources[0] == .heredoc(Heredoc(name: "EOF", content: "hi $A\n")))
    #expect(copy.sources[1] == .path("x"))
    guard case .heredoc(let raw) = copy.sources[2] else {
      Issue.record("expected a here-document")
      return
    }
    #expect(!raw.expands)
    #expect(raw.strippedContent == "ok\n")
    #expect(copy.sources.filter(\.isRemote).isEmpty)
  }

  @Test("reads ADD flags and flags URL and Git sources as remote")
  func add() throws {
    let text = """
      FROM alpine
      ADD --keep-git-dir=true --checksum=sha256:abc --unpack=false --chown=1 \
          https://example.com/a.tgz git@github.com:o/r.git https://github.com/o/r.git#main \
          ./local /dst/
      """
    let add = try #require(try copies(text).first)
    #expect(add.command == .add)
    #expect(add.keepGitDir)
    #expect(add.checksum == "sha256:abc")
    #expect(add.unpack == false)
    #expect(
      add.sources == [
        .url("https://example.com/a.tgz"), .gitRepository("git@github.com:o/r.git"),
        .gitRepository("https://github.com/o/r.git#main"), .path("./local"),
      ])
    #expect(add.sources.map(\.isRemote) == [true, true, true, false])
  }

  @Test("rejects flags the instruction does not take and a here-document destination")
  func errors() {
    #expect(throws: DockerfileError.self) { try copies("FROM a\nADD --from=b x /y\n") }
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY --keep-git-dir x /y\n") }
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY --link=maybe x /y\n") }
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY --chown=1 --chown=2 x /y\n") }
    #expect(throws: DockerfileError.self) { try copies("FROM a\nCOPY x <<EOF\nEOF\n") }
  }
}
