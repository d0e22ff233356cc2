import Testing

@testable import AffectedModel

@Suite("Files that may declare images")
struct ImageDeclaringFilesTests {
  private let source = MemoryFileSource([
    "compose.yml": "services: {}\n",
    "dev.compose.yaml": "services: {}\n",
    "Dockerfile.compose.yml": "FROM alpine\n",
    "k8s/skaffold.yaml": "apiVersion: skaffold/v4beta6\n",
    "api/Dockerfile": "FROM alpine\n",
    "api/Dockerfile.dockerignore": "*\n",
    "api/main.go": "package main\n",
    "vendor/lib/Dockerfile": "FROM alpine\n",
    "vendor/lib/compose.yml": "services: {}\n",
    "web/app.Dockerfile": "FROM node\n",
  ])

  @Test("Files are sorted by their names, a name that says two things in both lists")
  func sortsByName() {
    let files = ImageDeclaringFiles(paths: ImageDeclaringFiles.paths(in: source, excluding: .empty))
    #expect(
      files.compose == [
        "Dockerfile.compose.yml", "compose.yml", "dev.compose.yaml", "vendor/lib/compose.yml",
      ])
    #expect(files.skaffold == ["k8s/skaffold.yaml"])
    #expect(
      files.dockerfiles == [
        "Dockerfile.compose.yml", "api/Dockerfile", "vendor/lib/Dockerfile", "web/app.Dockerfile",
      ])
  }

  @Test(
    "Dockerfile names: exact names, a Dockerfile. prefix, a .Dockerfile suffix after something",
    arguments: [
      ("Dockerfile", true), ("Containerfile", true), ("Dockerfile.prod", true),
      ("Dockerfile.", true), ("api.Dockerfile", true), ("api.dockerfile", true),
      ("Dockerfile.dockerignore", false), ("x.dockerignore", false), (".Dockerfile", false),
      (".dockerfile", false), ("Dockerfiles", false), ("dockerfile", false),
      ("Containerfile.x", false),
      ("DockerfileX", false), ("aDockerfile", false), ("api.Dockerfile.bak", false), ("", false),
    ])
  func dockerfileNames(name: String, isDockerfile: Bool) {
    #expect(ImageDiscovery<MemoryFileSource>.isDockerfileName(name) == isDockerfile)
  }

  @Test(
    "A declaring name is one of the three kinds; the byte check before them turns none away",
    arguments: [
      "compose.yml", "compose.yaml", "docker-compose.override.yml", "dev.compose.yaml",
      "skaffold.yaml", "skaffold.yml", "Dockerfile", "Dockerfile.prod", "Dockerfile.",
      "Containerfile", "api.Dockerfile", "api.dockerfile", "Dockerfile.dockerignore",
      "Dockerfile.compose.yml", "main.go", "values.yml", "compose.yml.bak", "Cargo.toml", "D",
      "e", "l", "",
    ])
  func declaringNames(name: String) {
    #expect(
      ImageDeclaringFiles.isDeclaringName(name)
        == (ComposeEnvironment.isComposeFileName(name) || SkaffoldFile.isSkaffoldFileName(name)
          || ImageDiscovery<MemoryFileSource>.isDockerfileName(name)))
  }

  @Test("Compose names of ASCII bytes are judged as strings judge them, by characters")
  func composeNamesByBytes() {
    let stems = [
      "docker-compose", "compose", "compose.", ".compose", "dev.compose", "docker-composer",
      "Compose", "compos", "x.compose.y", "\r\n.compose", "docker-compose\r\n", "",
    ]
    for stem in stems {
      for first in ["", "a", ".", "compose."] {
        for suffix in [".yml", ".yaml", ".yl", ".ml"] {
          let name = first + stem + suffix
          let stem = name[..<(name.lastIndex(of: ".") ?? name.endIndex)]
          let byCharacters =
            (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
            && (stem.hasPrefix("docker-compose") || stem == "compose"
              || stem.hasPrefix("compose.") || stem.hasSuffix(".compose"))
          #expect(ComposeEnvironment.isComposeFileName(name) == byCharacters, "\(name)")
        }
      }
    }
    // Other names still compare by characters: an accent after the `e` makes another letter.
    #expect(!ComposeEnvironment.isComposeFileName("docker-compose\u{301}.yml"))
    #expect(ComposeEnvironment.isComposeFileName("caf\u{E9}.compose.yml"))
  }

  @Test("Listing a whole source by filter keeps the names it accepts, recorded as a root listing")
  func listingByFilter() {
    let filter = FileNameFilter(key: "test") { $0.hasSuffix(".yml") }
    let recording = RecordingFileSource(source)
    #expect(recording.files(named: filter) == source.files(under: "") { $0.hasSuffix(".yml") })
    #expect(recording.takeRecord().listsRoot)
  }

  @Test("Names met again in other folders are judged the same, declaring or not")
  func repeatedNames() {
    var files: [String: String] = [:]
    let names = [
      "settings.yaml", "compose.yaml", "Dockerfile", "x.dockerfile", "main.go", "De",
      "caf\u{E9}.Dockerfile", "caf\u{E9}.yaml", "\u{212A}.yaml",
    ]
    for folder in ["a", "b", "a/b", "c d", "ü"] {
      for name in names {
        files["\(folder)/\(name)"] = "\n"
      }
    }
    let source = MemoryFileSource(files)
    let expected = source.files(under: "").filter {
      ImageDeclaringFiles.isDeclaringName(ComposePath.lastComponent(of: $0))
    }
    #expect(ImageDeclaringFiles.paths(in: source, excluding: .empty) == expected)
    #expect(expected.count == 20)
  }

  @Test("Excluded files are left out of every list")
  func excludes() throws {
    let files = ImageDeclaringFiles(
      paths: ImageDeclaringFiles.paths(
        in: source, excluding: try GlobSet(patterns: ["vendor", "*.yml"])))
    #expect(files.compose == ["dev.compose.yaml"])
    #expect(files.dockerfiles == ["api/Dockerfile", "web/app.Dockerfile"])
    #expect(files.skaffold == ["k8s/skaffold.yaml"])
  }

  @Test("A source's default listing by name keeps the accepted names of files(under:)")
  func defaultListingByName() {
    let dockerfiles = source.files(under: "") { $0 == "Dockerfile" }
    #expect(dockerfiles == ["api/Dockerfile", "vendor/lib/Dockerfile"])
    #expect(source.files(under: "vendor") { $0.hasSuffix(".yml") } == ["vendor/lib/compose.yml"])
    #expect(source.files(under: "api") { _ in false }.isEmpty)
  }

  @Test("A name-filtered listing is recorded as a listing of its folder, the root apart")
  func recording() {
    let recording = RecordingFileSource(source)
    #expect(recording.files(under: "api") { $0 == "Dockerfile" } == ["api/Dockerfile"])
    var record = recording.takeRecord()
    #expect(!record.listsRoot)
    #expect(record.reaches("api/new/Dockerfile"))
    _ = recording.files(under: "") { $0 == "Dockerfile" }
    record = recording.takeRecord()
    #expect(record.listsRoot)
    #expect(!record.reaches("api/main.go"))
  }
}
