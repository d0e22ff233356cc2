import Testing

@testable import AffectedPlanner

/// The repository a plan pushes an image to: its name without tag or digest, under a registry.
@Suite("Repository names")
struct RepositoryNameTests {
  @Test(
    "Tags and digests are dropped, and a registry replaces the name's registry host",
    arguments: [
      ("ghcr.io/org/web:1.0", nil, "ghcr.io/org/web"),
      ("web@sha256:0123abcd", nil, "web"),
      ("web:1@sha256:0123abcd", nil, "web"),
      ("localhost:5000/web", nil, "localhost:5000/web"),
      ("localhost:5000/web:2", "registry.example", "registry.example/web"),
      ("localhost/web", "registry.example/", "registry.example/web"),
      ("org/web:1", "registry.example", "registry.example/org/web"),
      ("web", "", "web"),
      ("wéb:1", "registry.example", "registry.example/wéb"),
      ("ghcr.io/örg/wéb:1", "registry.example", "registry.example/örg/wéb"),
      // A combining mark makes `:\u{301}` one character, which is no colon.
      ("web:\u{301}1", nil, "web:\u{301}1"),
      ("café.io\u{301}/web", "registry.example", "registry.example/web"),
    ] as [(String, String?, String)])
  func repository(name: String, registry: String?, expected: String) {
    #expect(ImpactAnalysis.repository(of: name, registry: registry) == expected)
  }

  @Test("Names of every shape give what a search of their characters gives")
  func sameAsCharacters() {
    let pieces = ["a", "web", "/", ":", "@", ".", "localhost", "é", "\u{301}", "1", "sha256"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      let name = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
        pieces.randomElement(using: &generator) ?? ""
      }.joined()
      for registry in [nil, "", "registry.example", "registry.example/"] {
        #expect(
          ImpactAnalysis.repository(of: name, registry: registry)
            == Self.searchingCharacters(name, registry: registry),
          "\(name.debugDescription) under \(registry.debugDescription)")
      }
    }
  }

  /// The name's repository found by searching its characters, as the plan always did: the
  /// oracle the byte search of ASCII names is held to.
  private static func searchingCharacters(_ name: String, registry: String?) -> String {
    var name = Substring(name)
    if let at = name.firstIndex(of: "@") {
      name = name[..<at]
    }
    let lastSlash = name.lastIndex(of: "/") ?? name.startIndex
    if let colon = name[lastSlash...].lastIndex(of: ":") {
      name = name[..<colon]
    }
    guard let registry, !registry.isEmpty else {
      return String(name)
    }
    if let slash = name.firstIndex(of: "/"),
      case let host = name[..<slash],
      host.contains(".") || host.contains(":") || host == "localhost"
    {
      name = name[name.index(after: slash)...]
    }
    return registry.hasSuffix("/") ? registry + name : registry + "/" + name
  }
}
