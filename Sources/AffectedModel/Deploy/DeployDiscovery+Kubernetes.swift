extension DeployDiscovery {
  /// Adds the Kubernetes units found through `scopes` (files or folders); with `nil`, through
  /// the whole repository, each unit's environment then being its kustomization's, chart's or
  /// manifest's folder.
  ///
  /// A path that is a kustomization (or a folder with one) is built as `kubectl apply -k` would;
  /// a chart (or a folder with `Chart.yaml`) is one unit; another file is a manifest; another
  /// folder holds every chart, root kustomization and manifest below it.
  mutating func addKubernetesUnits(scopes: [String]?) {
    guard let scopes else {
      addManifests(addEverything(under: "", environment: nil))
      return
    }
    var manifests: [PlacedManifest] = []
    for scope in scopes {
      let root = ComposePath(resolving: scope, in: "").repositoryPath ?? scope
      let name = ComposePath.lastComponent(of: root)
      switch source.entry(at: root)?.kind {
      case nil:
        record([
          Diagnostic(
            .warning,
            "the Kubernetes path '\(scope)' does not exist; check the path given for Kubernetes",
            file: root)
        ])
      case .directory?:
        if let file = KustomizeBuild.file(in: root, of: source) {
          addKustomization(file: file, environment: root)
        } else if source.exists(ComposePath.join(root, "Chart.yaml")) {
          addChart(folder: root, environment: root)
        } else {
          manifests += addEverything(under: root, environment: root)
        }
      default:
        if Kustomization.fileNames.contains(name) {
          addKustomization(file: root, environment: ComposePath.folder(of: root))
        } else if name == "Chart.yaml" {
          addChart(folder: ComposePath.folder(of: root), environment: ComposePath.folder(of: root))
        } else {
          manifests.append(PlacedManifest(KubernetesManifest(file: root, in: source), root))
        }
      }
    }
    addManifests(manifests)
  }

  /// A manifest and the environment of its workloads.
  private typealias PlacedManifest = (manifest: KubernetesManifest, environment: String)

  /// Adds every chart and root kustomization (one no other kustomization here uses) below
  /// `root`, and returns the manifests there; `environment` `nil` gives each unit its own folder
  /// as environment.
  private mutating func addEverything(under root: String, environment: String?)
    -> [PlacedManifest]
  {
    let files = root.isEmpty ? paths : paths.filter { $0.hasPrefix(root + "/") }
    let charts = Self.outermost(
      files.filter { ComposePath.lastComponent(of: $0) == "Chart.yaml" }.map(ComposePath.folder))
    let inChart = { (path: String) in charts.contains { Self.isInside(path, $0) } }
    for chart in charts {
      addChart(folder: chart, environment: environment ?? chart)
    }
    var builds: [String: KustomizeBuild] = [:]
    for file in files
    where Kustomization.fileNames.contains(ComposePath.lastComponent(of: file)) && !inChart(file) {
      let folder = ComposePath.folder(of: file)
      if builds[folder] == nil, let chosen = KustomizeBuild.file(in: folder, of: source) {
        builds[folder] = KustomizeBuild(folder: folder, file: chosen, in: source)
      }
    }
    let used = Set(builds.values.flatMap { $0.folders.dropFirst() })
    let consumed = Set(builds.values.flatMap(\.files))
    for (folder, build) in builds.sorted(by: { $0.key < $1.key }) where !used.contains(folder) {
      addUnits(of: build, environment: environment ?? folder)
    }
    var manifests: [PlacedManifest] = []
    for file in files where Self.mayBeManifest(file) && !consumed.contains(file) && !inChart(file) {
      guard let text = source.textFollowingLinks(of: file),
        KubernetesManifest.mayDeclareResources(text)
      else {
        continue
      }
      manifests.append(
        PlacedManifest(
          KubernetesManifest(file: file, in: source), environment ?? ComposePath.folder(of: file)))
    }
    return manifests
  }

  /// Adds the workloads of `manifests`.
  ///
  /// Each reads the ConfigMaps and Secrets it consumes from the manifests of its environment, or, for a name its environment does not declare, from
  /// all of them.
  private mutating func addManifests(_ manifests: [PlacedManifest]) {
    var everywhere: [String: KubernetesInputs] = [:]
    var byEnvironment: [String: [String: KubernetesInputs]] = [:]
    for (manifest, environment) in manifests {
      for resource in manifest.resources where ["ConfigMap", "Secret"].contains(resource.kind) {
        let part = KubernetesInputs.partName(of: resource.key)
        everywhere[resource.key, default: KubernetesInputs()].add(
          .mapping(resource.document), as: part)
        byEnvironment[environment, default: [:]][resource.key, default: KubernetesInputs()].add(
          .mapping(resource.document), as: part)
      }
    }
    for (manifest, environment) in manifests {
      record(manifest.diagnostics, unreadable: manifest.isReadable ? [] : [manifest.file])
      let configurations = everywhere.merging(byEnvironment[environment] ?? [:]) { $1 }
      for workload in manifest.resources where workload.isWorkload {
        add(
          unit(
            of: workload, id: "\(manifest.file):\(workload.key)", environment: environment,
            configurations: configurations, additions: nil, definitionFiles: [manifest.file]))
      }
    }
  }

  /// Adds the workloads of the kustomization `file`.
  private mutating func addKustomization(file: String, environment: String) {
    addUnits(
      of: KustomizeBuild(folder: ComposePath.folder(of: file), file: file, in: source),
      environment: environment)
  }

  private mutating func addUnits(of build: KustomizeBuild, environment: String) {
    record(build.diagnostics, unreadable: build.unreadableFiles)
    guard let file = build.files.first else {
      return
    }
    for workload in build.workloads {
      add(
        unit(
          of: workload, id: "\(file):\(workload.key)", environment: environment,
          configurations: build.configurations, additions: build.additions[workload.key],
          definitionFiles: build.files))
    }
  }

  /// The unit of `workload`, which reads the ConfigMaps and Secrets it consumes among
  /// `configurations`.
  private func unit(
    of workload: KubernetesResource, id: String, environment: String,
    configurations: [String: KubernetesInputs], additions: KubernetesInputs?,
    definitionFiles: [String]
  ) -> DeployUnit {
    var inputs = additions ?? KubernetesInputs()
    for key in workload.consumedConfiguration {
      if let configuration = configurations[key] {
        inputs.merge(configuration)
      }
    }
    var components = inputs.components
    components[DeployFingerprint.definitionKey] = .mapping(
      workload.mappingImages { _ in nil }.document)
    return DeployUnit(
      id: id, kind: .kubernetesWorkload, environment: environment, name: workload.name,
      shortNames: [workload.name], images: workload.images,
      fingerprint: DeployFingerprint(components: components),
      reads: Array(Set(inputs.reads)).sorted(), definitionFiles: definitionFiles)
  }

  /// Adds the chart in `folder` as one unit that reads the whole folder.
  private mutating func addChart(folder: String, environment: String) {
    let chart = HelmChart(folder: folder, in: source)
    record(chart.diagnostics, unreadable: chart.unreadableFiles)
    let folderName = ComposePath.lastComponent(of: folder)
    let values = ComposePath.join(folder, "values.yaml")
    add(
      DeployUnit(
        id: chart.id, kind: .helmChart, environment: environment, name: chart.name,
        shortNames: chart.name == folderName ? [chart.name] : [chart.name, folderName],
        images: chart.images,
        reads: [DeployRead(path: folder, purpose: "chart")]
          + chart.dependencyFolders.map { DeployRead(path: $0, purpose: "chart dependency") },
        definitionFiles: [chart.id] + (source.exists(values) ? [values] : [])))
  }

  /// Whether `path` is a YAML file that may be a manifest: not a compose, skaffold or
  /// kustomization file.
  private static func mayBeManifest(_ path: String) -> Bool {
    let name = ComposePath.lastComponent(of: path)
    return KubernetesManifest.isYAMLName(name) && !ComposeEnvironment.isComposeFileName(name)
      && !name.hasPrefix("skaffold.") && !Kustomization.fileNames.contains(name)
  }

  /// The folders of `folders` that are not inside another of them (a chart's subcharts belong
  /// to it), sorted.
  private static func outermost(_ folders: [String]) -> [String] {
    folders.filter { folder in
      !folders.contains { other in other != folder && isInside(folder, other) }
    }.sorted()
  }

  /// Whether repository path `path` is `folder` or lies below it.
  private static func isInside(_ path: String, _ folder: String) -> Bool {
    folder.isEmpty || path == folder || path.hasPrefix(folder + "/")
  }
}
