import AffectedModel
import Foundation
import Testing

@Suite("Kustomize and plain manifests, in memory")
struct KustomizeDeployTests {
  private static func deployment(_ name: String, image: String, configMap: String) -> String {
    """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: \(name)
    spec:
      template:
        spec:
          containers:
            - name: \(name)
              image: \(image)
              volumeMounts:
                - name: config
                  mountPath: /etc/\(name)
          volumes:
            - name: config
              projected:
                sources:
                  - configMap:
                      name: \(configMap)
    """
  }

  private static let files = [
    "app/base/kustomization.yaml": """
    resources:
      - workloads.yaml
      - https://github.com/example/remote//config?ref=v1
    """,
    "app/base/workloads.yaml": deployment("a", image: "example/a:1", configMap: "shared")
      + "\n---\n" + deployment("b", image: "example/b:1", configMap: "other"),
    "app/overlay/kustomization.yaml": """
    resources:
      - ../base
    images:
      - name: example/a
        newName: registry.example.com/a
        digest: sha256:0123
    configMapGenerator:
      - name: shared
        literals: [MODE=fast]
    patches:
      - target:
          kind: ConfigMap
          name: shared
        patch: |-
          - op: add
            path: /data/EXTRA
            value: "1"
      - path: json-patch.yaml
        target:
          kind: Deployment
          name: b
      - target:
          labelSelector: tier=web
        patch: |-
          - op: add
            path: /metadata/labels/x
            value: "y"
    """,
    "app/overlay/json-patch.yaml": "- op: replace\n  path: /spec/replicas\n  value: 2\n",
  ]

  private func scenario() -> DeployScenario {
    var scenario = DeployScenario(Self.files)
    scenario.compose = []
    return scenario
  }

  @Test("overrides by digest, attributes patches to their targets, skips remote resources")
  func discovery() throws {
    let scenario = scenario()
    let catalog = scenario.catalog(scenario.headSource)
    #expect(catalog.diagnostics.isEmpty)
    #expect(
      catalog.units.map(\.id) == [
        "app/overlay/kustomization.yaml:Deployment/a",
        "app/overlay/kustomization.yaml:Deployment/b",
      ])
    let a = try #require(catalog.units.first)
    #expect(a.images == ["registry.example.com/a@sha256:0123"])
    #expect(a.reads.isEmpty)
    #expect(
      a.fingerprint.components.keys.sorted() == [
        "ConfigMap shared", "definition", "patch app/overlay/kustomization.yaml",
      ])
    let b = try #require(catalog.units.last)
    #expect(b.images == ["example/b:1"])
    #expect(b.reads.map(\.description) == ["app/overlay/json-patch.yaml (patch)"])
  }

  @Test(
    "a patch restarts what it targets",
    arguments: [
      ("value: \"1\"", "value: \"2\"", ["app/overlay/kustomization.yaml:Deployment/a"]),
      ("MODE=fast", "MODE=slow", ["app/overlay/kustomization.yaml:Deployment/a"]),
      (
        "value: \"y\"", "value: \"z\"",
        [
          "app/overlay/kustomization.yaml:Deployment/a",
          "app/overlay/kustomization.yaml:Deployment/b",
        ]
      ),
    ])
  func patches(old: String, new: String, restarted: [String]) throws {
    var scenario = scenario()
    try scenario.edit("app/overlay/kustomization.yaml", replacing: old, with: new)
    #expect(scenario.actions == Dictionary(uniqueKeysWithValues: restarted.map { ($0, .restart) }))
  }

  @Test("a patch file restarts only its target")
  func patchFile() throws {
    var scenario = scenario()
    try scenario.edit("app/overlay/json-patch.yaml", replacing: "value: 2", with: "value: 3")
    #expect(scenario.actions == ["app/overlay/kustomization.yaml:Deployment/b": .restart])
  }

  @Test("a resource folder without a kustomization is a warning, and the overlay's units roll out")
  func missingKustomization() throws {
    var scenario = scenario()
    scenario.head["app/extra/deployment.yaml"] = Self.deployment(
      "c", image: "example/c:1", configMap: "none")
    try scenario.edit(
      "app/overlay/kustomization.yaml", replacing: "  - ../base", with: "  - ../base\n  - ../extra")
    let impact = scenario.impact
    #expect(impact.diagnostics.map(\.file) == ["app/overlay/kustomization.yaml"])
    #expect(impact.diagnostics.first?.message.contains("has no kustomization.yaml") == true)
    #expect(
      impact.deploying.map(\.id) == [
        "app/extra/deployment.yaml:Deployment/c", "app/overlay/kustomization.yaml:Deployment/a",
        "app/overlay/kustomization.yaml:Deployment/b",
      ])
    #expect(impact.deploying.allSatisfy { $0.action == .rollout })
  }

  @Test("plain manifests read the ConfigMaps of their own environment first")
  func configMapsByEnvironment() throws {
    let configMap = { (value: String) in
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\ndata:\n  X: \"\(value)\"\n"
    }
    var scenario = DeployScenario([
      "staging/app.yaml": Self.deployment("a", image: "example/a:1", configMap: "shared"),
      "staging/config.yaml": configMap("1"),
      "prod/app.yaml": Self.deployment("a", image: "example/a:1", configMap: "shared"),
      "prod/config.yaml": configMap("1"),
      "prod/other.yaml": Self.deployment("b", image: "example/b:1", configMap: "elsewhere"),
      "shared/config.yaml": configMap("1").replacingOccurrences(of: "shared", with: "elsewhere"),
    ])
    try scenario.edit("prod/config.yaml", replacing: "\"1\"", with: "\"2\"")
    try scenario.edit("shared/config.yaml", replacing: "\"1\"", with: "\"2\"")
    #expect(
      scenario.actions == [
        "prod/app.yaml:Deployment/a": .restart, "prod/other.yaml:Deployment/b": .restart,
      ])
  }

  @Test("without a base every unit rolls out")
  func noBase() throws {
    let scenario = scenario()
    let impact = DeployImpact(
      base: nil, head: scenario.catalog(scenario.headSource), affectedImages: [],
      images: DeployImageIndex(images: []), changedPaths: [])
    #expect(
      impact.decisions.map(\.reasons)
        == Array(
          repeating: ["there is no base to compare with"], count: 2))
  }
}
