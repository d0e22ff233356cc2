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

@Suite("Following links inside a build context")
struct ContextPathResolutionTests {
  static let source: MemoryFileSource = {
    var source = MemoryFileSource([
      "ctx/a/file.txt": "x", "ctx/b/c/d.txt": "y", "ctx/top.txt": "z",
      "ctx/e\u{301}t\u{e9}-folder/a-long-file-name.txt": "w",
    ])
    source.add("ctx/link", text: "a", kind: .symlink)
    source.add("ctx/up", text: "../b/c", kind: .symlink)
    source.add("ctx/root", text: "/", kind: .symlink)
    source.add("ctx/b/dangling", text: "nowhere", kind: .symlink)
    source.add("ctx/to-folder", text: "e\u{301}t\u{e9}-folder", kind: .symlink)
    return source
  }()

  @Test(
    "The resolution carries the entry at the path reached, looked up on the way",
    arguments: [
      ("link/file.txt", "a/file.txt"), ("up/d.txt", "b/c/d.txt"), ("root", ""),
      ("root/top.txt", "top.txt"), ("b/dangling", "b/nowhere"), ("a/missing/x", "a/missing/x"),
      ("b/c", "b/c"), ("", ""), ("top.txt", "top.txt"), ("/a//file.txt/", "a/file.txt"),
      ("link/../up/./d.txt", "b/c/d.txt"),
      // Long, non-ASCII elements, through a link and not: the bytes come back as they are.
      ("to-folder/a-long-file-name.txt", "e\u{301}t\u{e9}-folder/a-long-file-name.txt"),
      (
        "./e\u{301}t\u{e9}-folder//a-long-file-name.txt",
        "e\u{301}t\u{e9}-folder/a-long-file-name.txt"
      ),
    ])
  func entry(path: String, reached: String) throws {
    let resolution = try #require(ContextPath.resolve(path, root: "ctx", in: Self.source))
    #expect(Array(resolution.path.utf8) == Array(reached.utf8))
    if reached.isEmpty {
      #expect(resolution.entry == nil)
    } else {
      let entry = try #require(resolution.entry)
      #expect(entry == Self.source.entry(at: ContextPath.join("ctx", reached)))
    }
  }
}

@Suite("Cleaning a source path")
struct ContextPathCleaningTests {
  @Test(
    "Clean paths come back as they are; others lose empty, . and .. elements",
    arguments: [
      ("a/b", "a/b"), ("", ""), ("...", "..."), ("a/.../b", "a/.../b"), (".hidden/x", ".hidden/x"),
      ("a/..b/c.", "a/..b/c."), ("a/./b", "a/b"), ("./a", "a"), ("a/", "a"), ("/a", "a"),
      ("a//b", "a/b"), ("..", ""), ("a/..", ""), ("../../a/b/../c", "a/c"), (".", ""), ("/", ""),
      ("é/./x", "é/x"), ("é/x", "é/x"),
    ])
  func clean(path: String, expected: String) {
    #expect(ContextPath.clean(path) == expected)
  }
}
