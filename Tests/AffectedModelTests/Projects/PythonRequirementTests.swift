import Testing

@testable import AffectedModel

@Suite("Python requirements")
struct PythonRequirementTests {
  @Test(
    "the name ends where PEP 508 says, whether it is ASCII or not",
    arguments: [
      ("requests>=2.31", "requests"),
      ("  Foo_Bar.baz2 [extra] ; python_version > '3'", "Foo_Bar.baz2"),
      ("café>=1", "café"), ("cafe\u{301}>=1", "cafe\u{301}"), ("名前==1", "名前"), ("x", "x"),
      ("a-b_c.d", "a-b_c.d"), ("pkg\u{A0}>1", "pkg"), ("e\u{301}x", "e\u{301}x"),
    ])
  func names(text: String, name: String) throws {
    #expect(try #require(PythonRequirement(text)).name == name)
  }

  @Test(
    "texts that start with no name are no requirement", arguments: [">=1", "", " ; x", "@ file:x"])
  func noName(text: String) {
    #expect(PythonRequirement(text) == nil)
  }

  @Test("a file: URL after @ is a local path, any other URL is remote")
  func urls() throws {
    let local = try #require(PythonRequirement("lib [x] @ file:../libs/lib ; os_name == 'nt'"))
    #expect(local.localPath == "../libs/lib")
    #expect(!local.isRemote)
    let remote = try #require(PythonRequirement("wheel @ https://example.com/w.whl"))
    #expect(remote.localPath == nil)
    #expect(remote.isRemote)
  }
}
