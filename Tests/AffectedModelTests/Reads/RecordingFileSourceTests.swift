import AffectedModel
import Testing

@Suite("Recording the paths a computation reads")
struct RecordingFileSourceTests {
  @Test("A change reaches a read path, a path in a listed folder, and a folder along a read path")
  func reaches() {
    var record = ReadRecord()
    record.add("deploy/compose.yml")
    record.add("libs/shared")
    #expect(record.reaches("deploy/compose.yml"))
    #expect(record.reaches("libs/shared/a/b.txt"))
    #expect(record.reaches("deploy"))
    #expect(!record.reaches("deploy/compose.yml.bak"))
    #expect(!record.reaches("libs/shared-2/a.txt"))
    #expect(!record.reaches("README.md"))
    #expect(!record.listsRoot)
  }

  @Test("Discovery records its files and the root listing, not the files it does not read")
  func discovery() throws {
    let source = RecordingFileSource(
      MemoryFileSource([
        "compose.yml": "services:\n  api:\n    build: ${CONTEXT}\n",
        ".env": "CONTEXT=api\n",
        "api/Dockerfile": "FROM alpine\n",
        "api/main.go": "package main\n",
        "README.md": "readme\n",
      ]))
    let catalog = ImageCatalog(discoveringIn: source)
    #expect(catalog.images.map(\.id) == ["compose.yml:api"])
    let record = source.takeRecord()
    #expect(record.listsRoot)
    #expect(record.reaches("compose.yml"))
    #expect(record.reaches(".env"))
    #expect(!record.reaches("README.md"))
    #expect(!record.reaches("api/main.go"))
    #expect(source.takeRecord() == ReadRecord())
  }

  @Test(
    "Discovery looks at compose, skaffold and Dockerfile names in the listing",
    arguments: [
      ("deploy/compose.yaml", true), ("docker-compose.override.yml", true),
      ("k8s/skaffold.yaml", true), ("tools/Dockerfile", true), ("web/app.Dockerfile", true),
      ("Dockerfile.dockerignore", false), ("docs/index.md", false), ("src/compose.go", false),
    ])
  func looksAt(path: String, looked: Bool) {
    #expect(ImageCatalog.looksAt(path) == looked)
  }
}

@Suite("Telling whether changed paths reach a record")
struct ChangedPathsTests {
  private static func record() -> ReadRecord {
    let source = RecordingFileSource(
      MemoryFileSource(["libs/a/x.py": "x\n", "app/Dockerfile": "FROM alpine\n"]))
    _ = source.entry(at: "libs/a")
    _ = try? source.contents(of: "app/Dockerfile")
    _ = source.entry(at: "app/missing/y")
    return source.takeRecord()
  }

  @Test("A folder looked up is found again when its files only changed content")
  func folderLookup() {
    let record = Self.record()
    #expect(record.folderLookups == ["libs/a"])
    #expect(!ChangedPaths(["libs/a/x.py"], listed: []).reach(record))
    #expect(ChangedPaths(["libs/a/x.py"], listed: ["libs/a/x.py"]).reach(record))
    #expect(ChangedPaths(["libs/a/new.py"]).reach(record))
    #expect(ChangedPaths(["libs/a"], listed: []).reach(record))
    #expect(ChangedPaths(["libs"], listed: []).reach(record))
    #expect(!ChangedPaths(["libs/b/x.py"]).reach(record))
  }

  @Test("Files read and paths looked up are reached by changes at, above and below them")
  func files() {
    let record = Self.record()
    #expect(ChangedPaths(["app/Dockerfile"], listed: []).reach(record))
    #expect(ChangedPaths(["app"], listed: []).reach(record))
    #expect(ChangedPaths(["app/missing/y/z"]).reach(record))
    #expect(ChangedPaths(["app/missing"]).reach(record))
    #expect(!ChangedPaths(["app/main.go", "README.md"]).reach(record))
    #expect(!ChangedPaths([String]()).reach(record))
  }
}

extension ChangedPathsTests {
  @Test("The paths at or under a folder are found by bytes, not by a shared prefix")
  func positions() {
    let changed = ChangedPaths(["a/c", "a", "b", "a-b", "a/c/d", "a.x", "a/c"])
    #expect(changed.ordered == ["a/c", "a", "b", "a-b", "a/c/d", "a.x"])
    #expect(Set(changed.positions(atOrUnder: "a")) == [0, 1, 4])
    #expect(Set(changed.positions(atOrUnder: "a/c")) == [0, 4])
    #expect(changed.positions(atOrUnder: "a-b") == [3])
    #expect(changed.positions(atOrUnder: "c").isEmpty)
    #expect(Set(changed.positions(atOrUnder: "")) == Set(0..<6))
  }
}
