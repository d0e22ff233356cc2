import AffectedModel
import Testing

@Suite("DockerIgnore rules")
struct DockerIgnoreTests {
  private func kept(_ text: String, _ files: [String]) throws -> [String] {
    try DockerIgnore(text: text).includedFiles(files)
  }

  @Test("no rules keep every file, once, in byte order")
  func emptyKeepsEverything() throws {
    #expect(DockerIgnore.empty.includedFiles(["b", "a", "B", "a"]) == ["B", "a", "b"])
    #expect(try DockerIgnore(text: "\n# only a comment\n   \n") == .empty)
    #expect(!DockerIgnore.empty.excludes("anything"))
  }

  @Test("'#' starts a comment only in the first column")
  func comments() throws {
    let ignore = try DockerIgnore(text: "#a\n #b\n")
    #expect(ignore.patterns == ["#b"])
    #expect(ignore.excludes("#b"))
    #expect(!ignore.excludes("#a"))
  }

  @Test("white space around a line is trimmed; CRLF and a byte order mark are accepted")
  func whiteSpace() throws {
    let ignore = try DockerIgnore(text: "\u{FEFF}a  \r\n\t b \r\n!  c\n")
    #expect(ignore.patterns == ["a", "b", "!c"])
  }

  @Test("patterns are cleaned like Go paths, a leading '/' is dropped, a leading '..' is kept")
  func cleaning() throws {
    let ignore = try DockerIgnore(text: "/a\n./b/\nc//d/./e/..\n../f\n!/g\n")
    #expect(ignore.patterns == ["a", "b", "c/d", "../f", "!g"])
    #expect(try DockerIgnore(text: "!../../a\n").patterns == ["a"])
    #expect(try kept("../f\n", ["f", "x/f"]) == ["f", "x/f"])
  }

  @Test("a pattern matching a folder excludes everything below it")
  func folders() throws {
    #expect(
      try kept("build\n", ["build/a", "build/b/c", "src/build/x", "buildx"]) == [
        "buildx", "src/build/x",
      ])
  }

  @Test("'*' and '?' stay inside one path element, '**' spans several")
  func wildcards() throws {
    let files = ["a.md", "d/a.md", "d/e/a.md", "ab", "a/b"]
    #expect(try kept("*.md\n", files) == ["a/b", "ab", "d/a.md", "d/e/a.md"])
    #expect(try kept("**/*.md\n", files) == ["a/b", "ab"])
    #expect(try kept("a?\n", files) == ["a.md", "a/b", "d/a.md", "d/e/a.md"])
    #expect(try kept("d/**\n", files) == ["a.md", "a/b", "ab"])
    #expect(try kept("d/**\n", ["d", "d.txt"]) == ["d", "d.txt"])
    #expect(try kept("a**\n", files) == ["d/a.md", "d/e/a.md"])
  }

  @Test("a pattern starting with '**' and no other wildcard matches any path ending with the rest")
  func leadingDoubleStar() throws {
    #expect(try kept("**foo\n", ["barfoo", "x/barfoo", "foo", "foo.txt"]) == ["foo.txt"])
    #expect(try kept("**/foo\n", ["foo", "x/foo", "xfoo"]) == ["xfoo"])
  }

  @Test("'**' not followed by '/' still only matches whole folders before the rest")
  func innerDoubleStar() throws {
    #expect(try kept("a**b\n", ["ab", "a/b", "ax/y/b", "axb"]) == ["axb"])
  }

  @Test("'[^a]' negates a class; '[!a]' is the class of '!' and 'a'")
  func classes() throws {
    #expect(try kept("[^a]\n", ["a", "b", "!"]) == ["a"])
    #expect(try kept("[!a]\n", ["a", "b", "!"]) == ["b"])
    #expect(try kept("[a-c]x\n", ["ax", "cx", "dx"]) == ["dx"])
  }

  @Test("'\\' escapes the next character")
  func escapes() throws {
    #expect(try kept("x\\[1]\n", ["x[1]", "x1"]) == ["x1"])
    #expect(try kept("\\*\n", ["*", "a"]) == ["a"])
  }

  @Test("patterns with wildcards keep the quirks of Go's regular expressions")
  func regularExpressionQuirks() throws {
    // Without wildcards `^` is literal; with them it anchors at the start, so it never matches.
    #expect(try kept("a^b\n", ["a^b", "a^bc"]) == ["a^bc"])
    #expect(try kept("a^b*\n", ["a^b", "a^bc"]) == ["a^b", "a^bc"])
    // `[a*]` becomes `[a[^/]*]`: the class {a, [, ^, /} repeated, then a literal `]`.
    #expect(try kept("[a*]\n", ["a", "*", "]", "a]", "^a]"]) == ["*", "a"])
    // POSIX classes and Perl escapes work as in Go.
    #expect(try kept("[[:digit:]]x\n", ["1x", "dx"]) == ["dx"])
    #expect(try kept("a\\d\n", ["a1", "ad"]) == ["ad"])
  }

  @Test("matching is case-sensitive and byte-exact")
  func exactBytes() throws {
    #expect(try kept("README.md\n", ["README.md", "readme.md"]) == ["readme.md"])
    // "é" precomposed in the pattern does not match "e" + combining acute in a name.
    #expect(try kept("caf\u{E9}\n", ["caf\u{E9}", "cafe\u{301}"]) == ["cafe\u{301}"])
  }

  @Test("later lines win, and '!' re-includes")
  func order() throws {
    let files = ["README.md", "CHANGELOG.md", "main.c"]
    #expect(try kept("*.md\n!README.md\n", files) == ["README.md", "main.c"])
    #expect(try kept("*.md\n!README.md\nREADME.md\n", files) == ["main.c"])
  }

  @Test("an exception without wildcards only re-enters the folders on its path")
  func literalExceptions() throws {
    let files = ["vendor/keep", "vendor/drop", "vendor/sub/keep"]
    #expect(try kept("vendor\n!vendor/keep\n", files) == ["vendor/keep"])
    let ignore = try DockerIgnore(text: "vendor\n!vendor/keep\n")
    #expect(ignore.couldInclude(folder: "vendor"))
    #expect(!ignore.couldInclude(folder: "vendor/sub"))
    #expect(ignore.couldInclude(folder: ""))
  }

  @Test("an exception with wildcards makes the walk enter every excluded folder")
  func wildcardExceptions() throws {
    let files = ["vendor/keep", "vendor/drop", "vendor/sub/keep"]
    #expect(try kept("vendor\n!**/keep\n", files) == ["vendor/keep", "vendor/sub/keep"])
    #expect(try DockerIgnore(text: "vendor\n!**/keep\n").couldInclude(folder: "vendor/sub"))
  }

  @Test("a folder passes on only the patterns tried on it, as in BuildKit's walk")
  func inheritedResults() throws {
    // `!a` is not tried on the folder `a`, which is still included when it comes; so `a/f`,
    // excluded by `a/*`, does not inherit a match of `!a` and stays excluded.
    let ignore = try DockerIgnore(text: "a/*\n!a\n")
    #expect(ignore.excludes("a/f"))
    #expect(!ignore.excludes("a"))
    // Likewise `!logs` does not bring back `logs/a.log`, but `!logs/**` does.
    let files = ["logs/a.log", "b.log"]
    #expect(try kept("**/*.log\n!logs\n", files) == [])
    #expect(try kept("**/*.log\n!logs/**\n", files) == ["logs/a.log"])
    // An exception that matched an excluded folder does carry to everything inside it.
    #expect(try kept("**/tmp\ndocs*\n!docs\n", ["docs/tmp/x", "src/tmp/x"]) == ["docs/tmp/x"])
  }

  @Test("a path that is also a folder of another path is a folder")
  func folderPaths() throws {
    #expect(try kept("", ["a/b", "a", "a.txt", "a"]) == ["a.txt", "a/b"])
    #expect(
      try kept("", ["d/x", "d/x.txt", "d/x-y/z", "d/x/y"]) == ["d/x-y/z", "d/x.txt", "d/x/y"])
    #expect(try kept("a\n", ["a/x", "a.b", "a.b/y"]) == ["a.b/y"])
  }

  @Test("a lone '!' is an error naming its line")
  func loneExclamationMark() throws {
    for text in ["a\n!\n", "a\n ! \n", "a\n!/\n", "a\n!/..\n"] {
      let error = #expect(throws: DockerIgnoreError.self) { try DockerIgnore(text: text) }
      #expect(error?.line == 2)
      #expect(error?.reason == .loneExclamationMark)
      #expect(error?.description.hasPrefix("line 2: ") == true)
    }
  }

  @Test(
    "malformed patterns are errors naming their line",
    arguments: ["a[", "[]", "[a-]", "a\\", "[z-a]x*", "a\\y*"])
  func invalidPatterns(_ pattern: String) throws {
    let error = #expect(throws: DockerIgnoreError.self) {
      try DockerIgnore(text: "# x\n\(pattern)\n")
    }
    #expect(error?.line == 2)
    #expect(error?.text == pattern)
    if case .invalidPattern(let problem)? = error?.reason {
      #expect(!problem.isEmpty)
    } else {
      Issue.record("expected an invalid pattern, got \(String(describing: error))")
    }
  }

  @Test("rules with the same patterns are equal")
  func equality() throws {
    #expect(try DockerIgnore(text: "# c\n/a/\n\n!b\n") == DockerIgnore(text: "a\n!b"))
    #expect(try DockerIgnore(text: "a\n!b\n") != DockerIgnore(text: "!b\na\n"))
  }
}
