import AffectedModel
import Foundation
import Testing

@Suite("Deploy discovery with exclude")
struct DeployExcludeTests {
  @Test("an excluded folder's manifests and compose files make no units")
  func excluded() throws {
    let manifest = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        template:
          spec:
            containers: [{name: api, image: example/api:1}]
      """
    let source = MemoryFileSource([
      "k8s/api.yaml": manifest,
      "vendor/chart-tests/api.yaml": manifest.replacing("name: api}", with: "name: vendored}"),
      "vendor/demo/compose.yml": "services:\n  demo:\n    image: nginx\n",
    ])
    let all = DeployCatalog(discoveringIn: source)
    #expect(all.units.count == 3)
    let kept = DeployCatalog(
      discoveringIn: source, compose: DiscoveryScope(exclude: try GlobSet(patterns: ["vendor"])))
    #expect(kept.units.map(\.id) == ["k8s/api.yaml:Deployment/api"])
  }
}
