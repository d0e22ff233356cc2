import Testing

@testable import AffectedModel

/// Dependency paths resolved against a project's folder, as `ComposePath` resolves them.
@Suite("Project paths: resolution")
struct ProjectPathResolutionTests {
  static let bases = [
    "", "services/api", "services/api/v2", "a", "a/./b", "a//b", "a/../b", "é/x", "services/api/",
  ]
  static let paths = [
    "../../libs/x", "../libs/x", "libs/x", "../../../libs/x", "../../..", "../", "..", ".", "./x",
    "../x/", "..//x", "../../libs/./x", "../../libs/../x", "~/x", "../~x", "/abs", "../é",
    "....", ".../x", "x/..", "", "../../a b", "../..x",
  ]

  @Test("every folder and path resolve as ComposePath resolves them", arguments: bases)
  func matchesComposePath(_ base: String) {
    for path in Self.paths {
      #expect(
        ProjectDiscovery.repositoryPath(of: path, in: base)
          == ComposePath(resolving: path, in: base).repositoryPath, "\(path) in \(base)")
    }
  }

  @Test("a path that climbs out of the repository has no repository path")
  func climbingOut() {
    #expect(ProjectDiscovery.repositoryPath(of: "../../x", in: "a") == nil)
    #expect(
      ProjectDiscovery.repositoryPath(of: "../../libs/x", in: "services/api")
        == "libs/x")
  }
}
