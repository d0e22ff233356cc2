import Testing

@testable import AffectedModel

@Suite("Manifest names")
struct ManifestNameTests {
  private typealias Discovery = ProjectDiscovery

  @Test(
    "every manifest name is a manifest, and names that end like one but are not are not",
    arguments: [
      ("pyproject.toml", true), ("package.json", true), ("pnpm-workspace.yaml", true),
      ("go.mod", true), ("go.work", true), ("Cargo.toml", true), ("requirements.txt", true),
      ("requirements-dev.txt", true), ("requirements", false), ("dev-requirements.txt", false),
      ("tsconfig.json", false), ("compose.yaml", false), ("README.md", false), ("main.go", false),
      ("go.sum", false), ("Cargo.lock", false), ("package-lock.json", false), ("", false),
      ("pyproject.toml.bak", false), ("go.work.sum", false), ("Dockerfile", false),
    ])
  func names(name: String, isManifest: Bool) {
    #expect(Discovery.isManifest(name) == isManifest)
    #expect((Discovery.reader(for: name) != nil) == isManifest)
  }
}
