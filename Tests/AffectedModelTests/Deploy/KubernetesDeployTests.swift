import AffectedModel
import Testing

@Suite("Deploy units of the kubernetes fixture: manifests, kustomize and Helm")
struct KubernetesDeployTests {
  private static let api = "manifests/apps.yaml:Deployment/api"
  private static let web = "manifests/apps.yaml:Deployment/web"
  private static let worker = "kustomize/overlays/prod/kustomization.yaml:Deployment/worker"
  private static let cleanup = "manifests/cleanup.yaml:CronJob/cleanup"
  private static let postgres = "manifests/postgres.yaml:StatefulSet/postgres"
  private static let docs = "charts/docs/Chart.yaml"

  private func scenario() throws -> DeployScenario {
    try DeployScenario(fixture: "kubernetes")
  }

  @Test("workloads, the overlay's workloads (not its base's) and the chart are units")
  func discovery() throws {
    let scenario = try scenario()
    let catalog = scenario.catalog(scenario.headSource)
    #expect(catalog.diagnostics.isEmpty)
    #expect(
      catalog.units.map(\.id) == [
        Self.docs, Self.worker, Self.api, Self.web, Self.cleanup, Self.postgres,
      ])
    #expect(
      catalog.units.map(\.environment) == [
        "charts/docs", "kustomize/overlays/prod", "manifests", "manifests", "manifests",
        "manifests",
      ])
    let api = try #require(catalog.unit(withID: Self.api))
    #expect(api.kind == .kubernetesWorkload)
    #expect(api.images == ["registry.example.com/shop/api:1.2.0", "busybox:1.36"])
    #expect(
      api.fingerprint.components.keys.sorted() == [
        "ConfigMap api-config", "Secret postgres-credentials", "definition",
      ])
    #expect(catalog.unit(withID: Self.web)?.fingerprint.components.keys.sorted() == ["definition"])
    #expect(
      catalog.unit(withID: Self.cleanup)?.images == ["registry.example.com/shop/worker:1.3.0"])
    let docs = try #require(catalog.unit(withID: Self.docs))
    #expect(docs.kind == .helmChart)
    #expect(docs.shortNames == ["shop-docs", "docs"])
    #expect(docs.images == ["registry.example.com/shop/docs:2.0.0"])
    #expect(docs.reads.map(\.description) == ["charts/docs (chart)"])
  }

  @Test("the overlay applies its images override and reads generator and patch files")
  func kustomizeOverlay() throws {
    let scenario = try scenario()
    let worker = try #require(scenario.catalog(scenario.headSource).unit(withID: Self.worker))
    #expect(worker.images == ["registry.example.com/shop/worker:1.3.0"])
    #expect(worker.shortNames == ["worker"])
    #expect(
      worker.reads.map(\.description) == [
        "kustomize/base/worker.env (ConfigMap worker-config)",
        "kustomize/overlays/prod/limits.properties (ConfigMap worker-config)",
        "kustomize/overlays/prod/replicas.yaml (patch)",
      ])
    #expect(
      worker.fingerprint.components.keys.sorted() == [
        "ConfigMap worker-config", "definition",
        "kustomization kustomize/overlays/prod/kustomization.yaml",
      ])
    #expect(
      worker.definitionFiles == [
        "kustomize/overlays/prod/kustomization.yaml", "kustomize/base/kustomization.yaml",
        "kustomize/base/deployment.yaml", "kustomize/overlays/prod/replicas.yaml",
      ])
  }

  @Test("a change to a ConfigMap restarts only the workload that consumes it")
  func configMap() throws {
    var scenario = try scenario()
    try scenario.edit(
      "manifests/config.yaml", replacing: "LOG_LEVEL: info", with: "LOG_LEVEL: debug")
    #expect(scenario.actions == [Self.api: .restart])
    #expect(
      scenario.impact.decision(forUnit: Self.api)?.reasons == ["ConfigMap api-config changed"])
  }

  @Test("a ConfigMap nobody consumes, or a comment, restarts nothing")
  func unconsumedOrCosmetic() throws {
    var scenario = try scenario()
    try scenario.edit("manifests/config.yaml", replacing: "Summer sale", with: "Winter sale")
    try scenario.edit(
      "manifests/apps.yaml", replacing: "# The API and the storefront",
      with: "# The shop's API and storefront")
    try scenario.edit("manifests/apps.yaml", replacing: "  replicas: 2\n", with: "  replicas: 2 \n")
    #expect(scenario.actions.isEmpty)
  }

  @Test("a change to the shared Secret restarts both workloads that read it")
  func secret() throws {
    var scenario = try scenario()
    try scenario.edit(
      "manifests/postgres.yaml", replacing: "not-a-real-password", with: "still-not-real")
    #expect(scenario.actions == [Self.api: .restart, Self.postgres: .restart])
  }

  @Test("a change to the api's code rolls out only the api deployment")
  func imageChange() throws {
    var scenario = try scenario()
    scenario.head["api/main.go", default: ""] += "\n// touched\n"
    #expect(scenario.actions == [Self.api: .rollout])
    #expect(
      scenario.impact.decision(forUnit: Self.api)?.reasons == [
        "runs registry.example.com/shop/api:1.2.0, built here as dockerfile:api/Dockerfile, "
          + "which is affected"
      ])
  }

  @Test("a file no image reads deploys nothing")
  func unreadFile() throws {
    var scenario = try scenario()
    scenario.head["api/README.md", default: ""] += "\nMore words.\n"
    #expect(scenario.actions.isEmpty)
  }

  @Test("an image two workloads run rolls out both")
  func sharedImage() throws {
    var scenario = try scenario()
    scenario.head["worker/worker.py", default: ""] += "\n# touched\n"
    #expect(scenario.actions == [Self.worker: .rollout, Self.cleanup: .rollout])
  }

  @Test("${REGISTRY}/web:${VERSION} is the image built from web/")
  func variableRegistry() throws {
    var scenario = try scenario()
    scenario.head["web/index.html", default: ""] += "<p>New</p>\n"
    #expect(scenario.actions == [Self.web: .rollout])
  }

  @Test("the overlay's images override: a new tag rolls the worker out")
  func overlayImageOverride() throws {
    var scenario = try scenario()
    try scenario.edit(
      "kustomize/overlays/prod/kustomization.yaml", replacing: "newTag: 1.3.0",
      with: "newTag: 1.4.0")
    #expect(scenario.actions == [Self.worker: .rollout])
    #expect(
      scenario.impact.decision(forUnit: Self.worker)?.reasons == [
        "runs registry.example.com/shop/worker:1.4.0 instead of "
          + "registry.example.com/shop/worker:1.3.0"
      ])
  }

  @Test(
    "generator files, patches and overlay settings restart the worker",
    arguments: [
      ("kustomize/base/worker.env", "BATCH_SIZE=10", "BATCH_SIZE=20"),
      ("kustomize/overlays/prod/limits.properties", "max.retries=5", "max.retries=6"),
      ("kustomize/overlays/prod/replicas.yaml", "replicas: 3", "replicas: 4"),
      ("kustomize/overlays/prod/kustomization.yaml", "namespace: shop", "namespace: store"),
      ("kustomize/base/deployment.yaml", "replicas: 1", "replicas: 2"),
    ])
  func kustomizeConfiguration(path: String, old: String, new: String) throws {
    var scenario = try scenario()
    try scenario.edit(path, replacing: old, with: new)
    #expect(scenario.actions == [Self.worker: .restart])
  }

  @Test("a chart's template restarts it; a new image tag in its values rolls it out")
  func helmChart() throws {
    var template = try scenario()
    try template.edit(
      "charts/docs/templates/deployment.yaml", replacing: "containerPort: 80",
      with: "containerPort: 8080")
    #expect(template.actions == [Self.docs: .restart])
    #expect(
      template.impact.decision(forUnit: Self.docs)?.reasons == [
        "reads charts/docs/templates/deployment.yaml (chart), which changed"
      ])
    var values = try scenario()
    try values.edit("charts/docs/values.yaml", replacing: "tag: \"\"", with: "tag: \"2.1.0\"")
    #expect(values.actions == [Self.docs: .rollout])
    var site = try scenario()
    site.head["docs/site/index.html", default: ""] += "<p>New page</p>\n"
    #expect(site.actions == [Self.docs: .rollout])
  }

  @Test("a manifest that is not valid YAML warns with its line and deploys its workloads")
  func brokenManifest() throws {
    var scenario = try scenario()
    try scenario.edit(
      "manifests/apps.yaml", replacing: "  name: web\nspec:", with: "  name: web\n spec:")
    let impact = scenario.impact
    let warning = try #require(impact.diagnostics.first)
    #expect(warning.file == "manifests/apps.yaml")
    #expect(warning.line == 41)
    #expect(scenario.actions == [Self.api: .rollout, Self.web: .rollout])
    #expect(
      impact.decision(forUnit: Self.web)?.reasons.first
        == "manifests/apps.yaml cannot be read at head; the unit is deployed in case it changed")
  }

  @Test("explicit paths: a kustomization folder, a manifest folder, a chart, a missing path")
  func explicitPaths() throws {
    var scenario = try scenario()
    scenario.compose = []
    scenario.kubernetes = ["kustomize/overlays/prod", "charts/docs/Chart.yaml"]
    let catalog = scenario.catalog(scenario.headSource)
    #expect(catalog.units.map(\.id) == [Self.docs, Self.worker])
    #expect(catalog.units.map(\.environment) == ["charts/docs", "kustomize/overlays/prod"])
    scenario.kubernetes = ["./manifests/", "missing"]
    let manifests = scenario.catalog(scenario.headSource)
    #expect(manifests.units.map(\.id) == [Self.api, Self.web, Self.cleanup, Self.postgres])
    #expect(manifests.diagnostics.map(\.file) == ["missing"])
    scenario.kubernetes = ["manifests/apps.yaml", "manifests/config.yaml"]
    let files = scenario.catalog(scenario.headSource)
    #expect(files.units.map(\.id) == [Self.api, Self.web])
    #expect(files.units.map(\.environment) == ["manifests/apps.yaml", "manifests/apps.yaml"])
    #expect(files.units.first?.fingerprint.components["ConfigMap api-config"] != nil)
  }

  @Test("deployDependsOn orders workloads: postgres, then api")
  func dependencies() throws {
    var scenario = try scenario()
    scenario.deployDependsOn = ["api": ["postgres"]]
    try scenario.edit(
      "manifests/postgres.yaml", replacing: "not-a-real-password", with: "still-not-real")
    let impact = scenario.impact
    #expect(impact.decision(forUnit: Self.api)?.unit.dependsOn == [Self.postgres])
    #expect(impact.deployingDependencies(of: Self.api) == [Self.postgres])
  }
}
