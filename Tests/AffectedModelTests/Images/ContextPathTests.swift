import Testing

@testable import AffectedModel

@Suite("Paths inside a build context")
struct ContextPathTests {
  @Test(
    "A path relative to a folder, compared byte by byte at element boundaries",
    arguments: [
      ("a/b/c.txt", "", "a/b/c.txt"), ("a/b/c.txt", "a", "b/c.txt"), ("a/b/c.txt", "a/b", "c.txt"),
      ("a/b", "a/b", ""), ("a/b/", "a/b", ""), ("a/bc/d", "a/b", nil), ("a", "a/b", nil),
      ("b/a", "a", nil), ("", "a", nil), ("", "", ""),
      ("services/é/src/a-long-file-name.py", "services/é", "src/a-long-file-name.py"),
      // The same letter composed and decomposed: equal as Swift strings, not as bytes.
      ("services/\u{e9}/x", "services/e\u{301}", nil),
    ] as [(String, String, String?)])
  func relative(path: String, folder: String, expected: String?) {
    #expect(ContextPath.relative(path, to: folder) == expected)
    #expect(ContextPath.contains(folder, path) == (expected != nil))
  }

  @Test(
    "Byte order of paths",
    arguments: [
      ("a", "b", true), ("b", "a", false), ("a", "a", false), ("a", "a/b", true),
      ("a/b", "a.b", false), ("a.b", "a/b", true), ("Z", "a", true), ("e\u{301}", "\u{e9}", true),
      ("", "a", true), ("a", "", false),
    ] as [(String, String, Bool)])
  func byteOrder(path: String, other: String, precedes: Bool) {
    #expect(ContextPath.precedes(path, other) == precedes)
    #expect(ContextPath.precedes(path, other) == path.utf8.lexicographicallyPrecedes(other.utf8))
  }
}
