import Testing

@testable import AffectedModel

@Suite("Go path helpers")
struct GoPathTests {
  /// Go's own test table for `filepath.Clean` on Unix.
  @Test(
    "clean matches filepath.Clean",
    arguments: [
      ("", "."), ("abc", "abc"), ("abc/def", "abc/def"), ("a/b/c", "a/b/c"), (".", "."),
      ("..", ".."), ("../..", "../.."), ("../../abc", "../../abc"), ("/abc", "/abc"), ("/", "/"),
      ("abc/", "abc"), ("abc/def/", "abc/def"), ("a/b/c/", "a/b/c"), ("./", "."), ("../", ".."),
      ("../../", "../.."), ("/abc/", "/abc"), ("abc//def//ghi", "abc/def/ghi"), ("//abc", "/abc"),
      ("///abc", "/abc"), ("//abc//", "/abc"), ("abc//", "abc"), ("abc/./def", "abc/def"),
      ("/./abc/def", "/abc/def"), ("abc/.", "abc"), ("abc/def/ghi/../jkl", "abc/def/jkl"),
      ("abc/def/../ghi/../jkl", "abc/jkl"), ("abc/def/..", "abc"), ("abc/def/../..", "."),
      ("/abc/def/../..", "/"), ("abc/def/../../..", ".."), ("/abc/def/../../..", "/"),
      ("abc/def/../../../ghi/jkl/../../../mno", "../../mno"), ("/../abc", "/abc"),
      ("abc/./../def", "def"), ("abc//./../def", "def"), ("abc/../../././../def", "../../def"),
      ("!/..", "."), ("!../../a", "a"),
    ])
  func clean(_ path: String, _ expected: String) {
    #expect(GoPath.clean(path) == expected)
  }

  @Test("trimSpace trims Unicode white space only")
  func trimSpace() {
    #expect(GoPath.trimSpace("\u{A0}\t a b \u{2003}\r") == "a b")
    #expect(GoPath.trimSpace(" \n ") == "")
    #expect(GoPath.trimSpace("\u{FEFF}a") == "\u{FEFF}a")
  }
}
