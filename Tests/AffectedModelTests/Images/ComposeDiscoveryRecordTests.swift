import AffectedModel
import Testing

/// Discovery records what each compose environment gave and read, and another discovery takes
/// an environment over only when loading it would read the same.
@Suite("Compose discovery records")
struct ComposeDiscoveryRecordTests {
  private static let files = MemoryFileSource([
    "app/compose.yml": "services:\n  api:\n    build: ${CONTEXT:-api}\n",
    "app/api/Dockerfile": "FROM alpine\n",
    "tools/Dockerfile": "FROM alpine\n",
  ])

  private static func discover(
    _ source: CountingFileSource<MemoryFileSource>, shell: [String: String] = [:],
    takingOver record: ComposeDiscoveryRecord, changed: [String] = []
  ) -> ImageCatalog {
    ImageCatalog(
      discoveringIn: source, environment: shell, scope: DiscoveryScope(),
      declaringFiles: ImageCatalog.declaringFiles(in: files, scope: DiscoveryScope()),
      takingOver: record, changed: ChangedPaths(changed))
  }

  private static func record(shell: [String: String] = [:]) -> ComposeDiscoveryRecord {
    var record = ComposeDiscoveryRecord()
    _ = ImageCatalog(
      discoveringIn: files, environment: shell, scope: DiscoveryScope(),
      declaringFiles: ImageCatalog.declaringFiles(in: files, scope: DiscoveryScope()),
      recording: &record)
    return record
  }

  @Test("every environment loaded is recorded")
  func recorded() {
    #expect(Self.record().environments == [ComposeEnvironment(files: ["app/compose.yml"])])
  }

  @Test("an environment no change reaches is taken over without reading its files")
  func takenOver() {
    let source = CountingFileSource(Self.files)
    let catalog = Self.discover(source, takingOver: Self.record(), changed: ["tools/README.md"])
    #expect(catalog == ImageCatalog(discoveringIn: Self.files))
    #expect(source.reads["app/compose.yml"] == nil)
  }

  @Test("a changed path the load read makes the environment load again")
  func reached() {
    let source = CountingFileSource(Self.files)
    _ = Self.discover(source, takingOver: Self.record(), changed: ["app/.env"])
    #expect(source.reads["app/compose.yml"] == 1)
  }

  @Test("another shell environment makes every environment load again")
  func otherShell() {
    let source = CountingFileSource(Self.files)
    let catalog = Self.discover(
      source, shell: ["CONTEXT": "other"], takingOver: Self.record(shell: ["CONTEXT": "api"]))
    #expect(source.reads["app/compose.yml"] == 1)
    #expect(catalog.image(withID: "app/compose.yml:api")?.context == .folder("app/other"))
  }

  @Test("a Dockerfile a service taken over builds through a link is no stand-alone image")
  func linkedDockerfile() {
    var files = MemoryFileSource([
      "compose.yaml": "services:\n  app:\n    build: app\n",
      "docker/app.Dockerfile": "FROM alpine\n",
    ])
    files.add("app/Dockerfile", text: "../docker/app.Dockerfile", kind: .symlink)
    let scope = DiscoveryScope()
    let declaring = ImageCatalog.declaringFiles(in: files, scope: scope)
    var record = ComposeDiscoveryRecord()
    let head = ImageCatalog(
      discoveringIn: files, scope: scope, declaringFiles: declaring, recording: &record)
    let source = CountingFileSource(files)
    let start = ImageCatalog(
      discoveringIn: source, scope: scope, declaringFiles: declaring, takingOver: record,
      changed: ChangedPaths(["README.md"]))
    #expect(head.images.map(\.id) == ["compose.yaml:app"])
    #expect(start == head)
    #expect(source.lookups["app/Dockerfile"] == nil)
  }
}
