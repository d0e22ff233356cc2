import Testing

@testable import AffectedModel

@Suite("Wildcards and image references")
struct GoGlobAndReferenceTests {
  /// Go's own `filepath.Match` cases (`path/filepath/match_test.go`); bad patterns match nothing.
  @Test(
    "wildcards match like Go's filepath.Match",
    arguments: [
      ("abc", "abc", true), ("*", "abc", true), ("*c", "abc", true), ("a*", "a", true),
      ("a*", "abc", true), ("a*", "ab/c", false), ("a*/b", "abc/b", true), ("a*/b", "a/c/b", false),
      ("a*b*c*d*e*/f", "axbxcxdxe/f", true), ("a*b*c*d*e*/f", "axbxcxdxexxx/f", true),
      ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false), ("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false),
      ("a*b?c*x", "abxbbxdbxebxczzx", true), ("a*b?c*x", "abxbbxdbxebxczzy", false),
      ("ab[c]", "abc", true), ("ab[b-d]", "abc", true), ("ab[e-g]", "abc", false),
      ("ab[^c]", "abc", false), ("ab[^b-d]", "abc", false), ("ab[^e-g]", "abc", true),
      ("a\\*b", "a*b", true), ("a\\*b", "ab", false), ("a?b", "a☺b", true),
      ("a[^a]b", "a☺b", true), ("a???b", "a☺b", false), ("a[^a][^a][^a]b", "a☺b", false),
      ("[a-ζ]*", "α", true), ("*[a-ζ]", "A", false), ("a?b", "a/b", false), ("a*b", "a/b", false),
      ("[\\]a]", "]", true), ("[\\-]", "-", true), ("[x\\-]", "x", true), ("[x\\-]", "-", true),
      ("[x\\-]", "z", false), ("[\\-x]", "x", true), ("[\\-x]", "-", true), ("[\\-x]", "a", false),
      ("[]a]", "]", false), ("[-]", "-", false), ("[x-]", "x", false), ("[-x]", "x", false),
      ("\\", "a", false), ("[a-b-c]", "a", false), ("[", "a", false), ("[^", "a", false),
      ("[^bc", "a", false), ("a[", "a", false), ("a[", "ab", false), ("*x", "xxx", true),
      ("uv.lock*", "uv.lock", true), ("package*.json", "package-lock.json", true),
    ])
  func goMatch(pattern: String, name: String, matches: Bool) {
    #expect(GoGlob.matches(pattern, name) == matches)
  }

  @Test("only unescaped *, ? and [ are wildcards")
  func wildcards() {
    #expect(GoGlob.hasWildcards("src/*.ts"))
    #expect(GoGlob.hasWildcards("a?"))
    #expect(GoGlob.hasWildcards("[ab]"))
    #expect(!GoGlob.hasWildcards("a\\*b"))
    #expect(!GoGlob.hasWildcards("plain/path"))
  }

  @Test(
    "sources are cleaned against the context's root",
    arguments: [
      ("./a//b/../c", "a/c"), ("../x", "x"), (".", ""), ("/", ""), ("a/b/", "a/b"),
      ("../../a/./b/..", "a"), ("é//ü/../ß", "é/ß"),
      // A combining mark makes `/` part of another character, which separates nothing.
      ("a/\u{301}b/..", ""),
    ])
  func cleaning(source: String, cleaned: String) {
    #expect(ContextPath.clean(source) == cleaned)
  }

  @Test(
    "a source splits at its first element with a wildcard",
    arguments: [
      ("src/app", "src/app", nil), ("src/*.py", "src", "*.py"), ("a/b?/c/*", "a", "b?/c/*"),
      ("a\\*b/c", "a\\*b/c", nil), ("a\\/*b", "a\\", "*b"), ("[ab]/x", "", "[ab]/x"),
      ("", "", nil),
    ] as [(String, String, String?)])
  func splitWildcards(source: String, literal: String, pattern: String?) {
    let split = ImageDefinitionBuilder<MemoryFileSource>.splitWildcards(source)
    #expect(split.literal == literal)
    #expect(split.pattern == pattern)
  }

  @Test(
    "references normalise the registry host and library path",
    arguments: [
      ("node", "docker.io/library/node", nil),
      ("node:22", "docker.io/library/node", "22"),
      ("library/node", "docker.io/library/node", nil),
      ("docker.io/library/node:22", "docker.io/library/node", "22"),
      ("index.docker.io/library/node", "docker.io/library/node", nil),
      ("acme/api", "docker.io/acme/api", nil),
      ("ghcr.io/acme/api:1.2", "ghcr.io/acme/api", "1.2"),
      ("localhost:5000/api", "localhost:5000/api", nil),
      ("localhost/api:dev", "localhost/api", "dev"),
      ("registry.example.com:5000/team/api:1", "registry.example.com:5000/team/api", "1"),
      ("team/sub/api", "docker.io/team/sub/api", nil),
      ("mirror:8080/api", "mirror:8080/api", nil),
      ("índex.example/api", "índex.example/api", nil),
      ("café", "docker.io/library/café", nil),
      ("équipe/café:2", "docker.io/équipe/café", "2"),
    ] as [(String, String, String?)])
  func references(text: String, repository: String, tag: String?) throws {
    let reference = try #require(ImageReference(text))
    #expect(reference.repository == repository)
    #expect(reference.tag == tag)
  }

  @Test("a reference is produced by a build of the same repository and tag")
  func produced() throws {
    let built = try #require(ImageReference("docker.io/acme/base"))
    #expect(try #require(ImageReference("acme/base:latest")).isProduced(by: built, anyTag: false))
    #expect(!(try #require(ImageReference("acme/base:2")).isProduced(by: built, anyTag: false)))
    #expect(try #require(ImageReference("acme/base:2")).isProduced(by: built, anyTag: true))
    #expect(!(try #require(ImageReference("acme/other")).isProduced(by: built, anyTag: true)))
    let pinned = try #require(ImageReference("acme/base@sha256:abc"))
    #expect(!pinned.isProduced(by: built, anyTag: true))
  }
}
