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
      ("requirementsé.txt", true), ("requirements\u{301}.txt", false), ("carg.toml", false),
      ("é.json", false), ("package.jsoñ", false), ("pacKage.json", false), ("req.txt", false),
    ])
  func names(name: String, isManifest: Bool) {
    #expect(Discovery.isManifest(name) == isManifest)
    #expect((Discovery.reader(for: name) != nil) == isManifest)
  }

  @Test("the byte filter of manifest names agrees with the readers over names of every length")
  func byteFilter() {
    let names = [
      "pyproject.toml", "package.json", "pnpm-workspace.yaml", "go.mod", "go.work", "Cargo.toml",
      "requirements.txt", "requirements-é.txt",
    ]
    for name in names {
      for cut in 0...name.count {
        for variant in [String(name.dropFirst(cut)), String(name.dropLast(cut)), "x" + name] {
          #expect(
            Discovery.isManifest(variant) == (Discovery.reader(for: variant) != nil), "\(variant)")
        }
      }
    }
  }

  @Test(
    "a manifest inside a node_modules folder is found by its folders, whatever the path's letters",
    arguments: [
      ("node_modules/a/package.json", true), ("a/node_modules/package.json", true),
      ("a/node_modules", true), ("node_modules", true), ("a/node_modules_x/package.json", false),
      ("a/xnode_modules/package.json", false), ("é/node_modules/package.json", true),
      ("é/node_modules\u{301}/package.json", false), ("package.json", false), ("", false),
      ("a//node_modules/b", true),
    ])
  func nodeModules(path: String, inside: Bool) {
    #expect(Discovery.isInNodeModules(path) == inside)
    #expect(path.split(separator: "/").contains("node_modules") == inside)
  }
}
