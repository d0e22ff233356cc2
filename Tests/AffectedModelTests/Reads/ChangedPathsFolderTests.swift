import AffectedModel
import Testing

extension ChangedPathsTests {
  @Test("A changed folder above a read path reaches it, however the slashes fall")
  func foldersAbove() {
    var record = ReadRecord()
    record.add("a//b/c")
    record.add("/x/y")
    #expect(ChangedPaths(["a"]).reach(record))
    #expect(ChangedPaths(["a/"]).reach(record))
    #expect(ChangedPaths(["a//b"]).reach(record))
    #expect(ChangedPaths(["/x"]).reach(record))
    #expect(!ChangedPaths(["a/b"]).reach(record))
    #expect(!ChangedPaths(["x", "b/c", "a//b/cd"]).reach(record))
  }

  @Test("Folders are compared as text: a changed path equal to a folder reaches below it")
  func canonicalFolders() {
    var record = ReadRecord()
    record.add("a;/b")
    record.add("caf\u{E9}/d")
    // U+037E is canonically a semicolon; U+0065 U+0301 is canonically U+00E9.
    #expect(ChangedPaths(["a\u{37E}"]).reach(record))
    #expect(ChangedPaths(["cafe\u{301}"]).reach(record))
    #expect(!ChangedPaths(["a:"]).reach(record))
  }

  @Test("ASCII and other paths are reached as walking up their folders finds")
  func sameAsWalkingUp() {
    let pieces = ["a", "b", "/", "/", "\u{E9}", "e\u{301}", ";", "\u{37E}"]
    var generator = SystemRandomNumberGenerator()
    func path() -> String {
      (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator) ?? ""
      }.joined()
    }
    for _ in 0..<3_000 {
      let read = path()
      let changes = (0..<Int.random(in: 1...3, using: &generator)).map { _ in path() }
      var record = ReadRecord()
      record.add(read)
      let changed = Set(changes)
      let expected =
        changed.contains(read) || changed.contains { Self.folders(of: $0).contains(read) }
        || Self.folders(of: read).contains(where: changed.contains)
      #expect(
        ChangedPaths(changes).reach(record) == expected,
        "\(read.debugDescription) against \(changes.debugDescription)")
    }
  }

  /// The folders above `path`, nearest first: the text before its last `/`, and so on up to
  /// the root (left out).
  private static func folders(of path: String) -> [String] {
    var folders: [String] = []
    var rest = path
    while let slash = rest.utf8.lastIndex(of: UInt8(ascii: "/")) {
      rest = String(rest[..<slash])
      if rest.isEmpty {
        break
      }
      folders.append(rest)
    }
    return folders
  }
}
