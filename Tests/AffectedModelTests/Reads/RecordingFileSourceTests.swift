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
