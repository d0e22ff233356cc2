extension DeployDiscovery {
  /// Adds a unit for every service of each compose environment `scope` chooses, services that
  /// come through `include` among them (`docker compose up` starts those too).
  ///
  /// An environment found from file names that another environment includes is left out (it
  /// deploys as part of that one); the environments the scope names are all kept.
  mutating func addComposeUnits(scope: DiscoveryScope, shellEnvironment: [String: String]) {
    let loader = ComposeLoader(source: source, environment: shellEnvironment)
    var loaded = scope.environments(among: paths).map {
      (environment: $0, project: loader.load($0))
    }
    let named = Set(scope.composeEnvironments.map(\.id))
    let included = Set(loaded.flatMap { $0.project.includes.compactMap(\.files.first) })
    loaded.removeAll { !named.contains($0.environment.id) && included.contains($0.environment.id) }
    for (environment, project) in loaded {
      let broken = environment.files.filter(project.unreadableFiles.contains)
      record(project.diagnostics, unreadable: broken)
      for service in project.services {
        add(unit(of: service, in: project, environment: environment))
      }
    }
  }

  /// The unit of `service`.
  private func unit(
    of service: ComposeService, in project: ComposeProject, environment: ComposeEnvironment
  ) -> DeployUnit {
    var definition = service.definition
    definition["build"] = nil
    definition["image"] = nil
    var components: [String: ComposeValue] = [DeployFingerprint.definitionKey: .mapping(definition)]
    var reads = service.envFiles.compactMap { file in
      file.path.repositoryPath.map { DeployRead(path: $0, purpose: "env_file") }
    }
    for network in Self.networks(of: service) {
      components["network \(network)"] = project.networks.first { $0.name == network }?.definition
    }
    for mount in service.volumes {
      if mount.type == "volume", let name = mount.source {
        components["volume \(name)"] = project.volumes.first { $0.name == name }?.definition
      }
      if let path = mount.hostPath?.repositoryPath {
        reads.append(
          DeployRead(
            path: path, purpose: "bind mount", context: buildContext(of: service, around: path)))
      }
    }
    let resources = [
      ("config", service.configs, project.configs), ("secret", service.secrets, project.secrets),
    ]
    for (kind, references, declared) in resources {
      for reference in references {
        let resource = declared.first { $0.name == reference.source }
        components["\(kind) \(reference.source)"] = resource?.definition
        if let path = resource?.file?.repositoryPath {
          reads.append(DeployRead(path: path, purpose: "\(kind) \(reference.source)"))
        }
      }
    }
    return DeployUnit(
      id: "\(environment.id):\(service.name)", kind: .composeService,
      environment: environment.id, name: service.name, shortNames: [service.name],
      images: service.image.map { [$0] } ?? [],
      builtImage: service.build.map { _ in Self.imageID(of: service, in: project) },
      dependsOn: service.dependsOn.map { "\(environment.id):\($0.service)" },
      fingerprint: DeployFingerprint(components: components),
      reads: Array(Set(reads)).sorted(),
      definitionFiles: Array(Set(environment.files + service.files)).sorted())
  }

  /// The id `ImageCatalog` gives the image `service` builds: `<environment>:<service>`, the
  /// environment being the included file's own for a service that comes through `include`.
  private static func imageID(of service: ComposeService, in project: ComposeProject) -> String {
    let include = project.includes.first { $0.files.contains(service.file) }
    return "\(include?.files.first ?? project.files.first ?? ""):\(service.name)"
  }

  /// The networks a service joins: the keys or items of `networks`, else `default` (unless
  /// `network_mode` is set).
  private static func networks(of service: ComposeService) -> [String] {
    switch service.definition["networks"] {
    case .sequence(let names):
      return names.compactMap(\.string)
    case .mapping(let mapping):
      return mapping.keys
    default:
      return service.definition.contains("network_mode") ? [] : ["default"]
    }
  }

  /// The service's own build context when the bind-mounted repository path `path` lies in it:
  /// that is the source the image is built from, mounted for live reload, so only the files the
  /// context's `.dockerignore` lets through count (a change to `backend/tests/` that the
  /// `.dockerignore` drops restarts nothing, as it rebuilds nothing).
  private func buildContext(of service: ComposeService, around path: String) -> LocalContext? {
    guard case .local(let context)? = service.build?.context,
      let root = context.repositoryPath,
      root.isEmpty || path == root || path.hasPrefix(root + "/")
    else {
      return nil
    }
    let dockerfile = service.build?.dockerfilePath?.repositoryPath
    var diagnostics: [Diagnostic] = []
    var uncertain: [String] = []
    let candidates =
      (dockerfile.map { [$0 + ".dockerignore"] } ?? []) + [ContextPath.join(root, ".dockerignore")]
    return LocalContext(
      name: nil, root: root, candidates: candidates, in: source, cache: ParseCache(),
      diagnostics: &diagnostics, uncertainReasons: &uncertain)
  }
}
