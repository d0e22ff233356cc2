import AffectedModel
import Testing

@Suite("affected.yml effective settings")
struct ConfigurationSettingsTests {
  private static let base = """
    ignore: ['**/*.md']
    projects:
      libs/common: {tags: [python]}
      services/api: {dependsOn: [libs/common]}
    images:
      api:
        name: acme/api
        platforms: [linux/amd64]
      compose.yml:api:
        tags: ['{sha:7}']
      worker:
        name: acme/worker
    deployDependsOn:
      api: [db]
    defaults:
      base: main
    """

  /// Whether each node's settings differ between `base` and `head`.
  private struct Changes: Equatable {
    var api = false
    var worker = false
    var common = false
    var service = false
    var global = false
  }

  private func changes(to head: String) throws -> Changes {
    let before = try Configuration(text: Self.base)
    let after = try Configuration(text: head)
    func image(_ id: String, _ names: [String]) -> Bool {
      before.settings(forImage: id, shortNames: names)
        != after.settings(forImage: id, shortNames: names)
    }
    return Changes(
      api: image("compose.yml:api", ["api"]), worker: image("compose.yml:worker", ["worker"]),
      common: before.settings(forProject: "libs/common")
        != after.settings(forProject: "libs/common"),
      service: before.settings(forProject: "services/api")
        != after.settings(forProject: "services/api"),
      global: before.globalSettings != after.globalSettings)
  }

  @Test("the id's entry comes first; short names fill in what it leaves unset")
  func merging() throws {
    let configuration = try Configuration(text: Self.base)
    #expect(
      configuration.settings(forImage: "compose.yml:api", shortNames: ["api"])
        == ImageSettings(
          name: "acme/api", tags: [try TagTemplate("{sha:7}")], platforms: ["linux/amd64"]))
    #expect(
      configuration.settings(forImage: "dev.compose.yml:api", shortNames: ["api"])
        == ImageSettings(name: "acme/api", platforms: ["linux/amd64"]))
    #expect(
      configuration.settings(forImage: "dockerfile:web", shortNames: ["web"]) == ImageSettings())
    #expect(configuration.settings(forProject: "services/web") == nil)
    #expect(
      configuration.deployDependencies(ofUnit: "compose.yml:api", shortNames: ["api"]) == ["db"])
  }

  @Test("reformatting, comments and reordering change nothing")
  func cosmetic() throws {
    let head = """
      # reordered, reformatted, commented
      defaults: {base: main}
      images:
        worker: {name: "acme/worker"}
        "compose.yml:api": {tags: "{sha:7}"}
        api: {platforms: linux/amd64, name: acme/api}
      deployDependsOn: {api: db}
      projects:
        common: {path: ./libs/common/, tags: python}
        services/api: {dependsOn: [common]}
      ignore: "/**/*.md"
      """
    #expect(try changes(to: head) == Changes())
    #expect(try Configuration(text: head) == Configuration(text: Self.base))
  }

  @Test("an image's settings change only for that image")
  func imageChange() throws {
    let head = Self.base.replacingOccurrences(of: "acme/worker", with: "acme/jobs")
    #expect(try changes(to: head) == Changes(worker: true))
  }

  @Test("a short-name entry changes every image it names, unless the id's entry overrides it")
  func shortNameChange() throws {
    let platforms = Self.base.replacingOccurrences(of: "[linux/amd64]", with: "[linux/arm64]")
    #expect(try changes(to: platforms) == Changes(api: true))
    let tags = Self.base.replacingOccurrences(
      of: "      name: acme/api\n", with: "      name: acme/api\n      tags: [latest]\n")
    #expect(try changes(to: tags) == Changes())
  }

  @Test("a project's settings change with its own entry only")
  func projectChange() throws {
    let head = Self.base.replacingOccurrences(of: "[python]", with: "[python, library]")
    #expect(try changes(to: head) == Changes(common: true))
    let dropped = Self.base.replacingOccurrences(of: " {dependsOn: [libs/common]}", with: " {}")
    #expect(try changes(to: dropped) == Changes(service: true))
  }

  @Test("ignore, global and exclude are global settings; defaults touch no node")
  func globalChange() throws {
    let head = Self.base.replacingOccurrences(of: "'**/*.md'", with: "'**/*.md', docs")
    #expect(try changes(to: head) == Changes(global: true))
    let defaults = Self.base.replacingOccurrences(of: "base: main", with: "base: develop")
    #expect(try changes(to: defaults) == Changes())
    #expect(try Configuration(text: defaults) != Configuration(text: Self.base))
  }
}
