import AffectedModel

/// Which compose environments and Kubernetes paths to deploy.
public struct DeploySelection: Hashable, Sendable {
  /// Which compose environments, found as image discovery finds them (so a unit's service and
  /// the image it builds share the environment id).
  public var compose: DiscoveryScope
  /// The Kubernetes paths (manifests, kustomizations, charts, folders); `nil` for everything
  /// found, empty for none.
  public var kubernetes: [String]?

  /// Creates a selection; without arguments, everything found is deployed.
  public init(compose: DiscoveryScope = DiscoveryScope(), kubernetes: [String]? = nil) {
    self.compose = compose
    self.kubernetes = kubernetes
  }

  /// The selection a command line and `affected.yml` make, in that order of precedence.
  ///
  /// - `composeFiles` (one environment, merged in order: `--compose`, `COMPOSE_FILE`) and
  ///   `kubernetesPaths` (`--k8s`) select exactly those: naming only one kind selects none of the
  ///   other.
  /// - Else the compose environments as ``DiscoveryScope/init(configuration:composeFiles:)``
  ///   chooses them from `configuration`, and the Kubernetes paths of its chosen `environments`
  ///   (those `defaults.environments` names, or all of them); everything found when none lists
  ///   any.
  public init(
    composeFiles: [String]?, kubernetesPaths: [String], configuration: Configuration
  ) {
    let composeFiles = composeFiles ?? []
    if !composeFiles.isEmpty || !kubernetesPaths.isEmpty {
      self.init(
        compose: composeFiles.isEmpty
          ? DiscoveryScope(discoversComposeFiles: false)
          : DiscoveryScope(configuration: configuration, composeFiles: composeFiles),
        kubernetes: kubernetesPaths)
      return
    }
    let names = configuration.defaults.environments ?? configuration.environments.keys.sorted()
    let paths = names.compactMap { configuration.environments[$0] }.flatMap(\.kubernetes)
    self.init(
      compose: DiscoveryScope(configuration: configuration),
      kubernetes: paths.isEmpty ? nil : paths)
  }

  /// The units of the repository in `source` that this selection deploys, with the extra
  /// dependencies `deployDependsOn` declares (from `affected.yml`).
  public func catalog(
    in source: some FileSource, deployDependsOn: [String: [String]]
  ) -> DeployCatalog {
    DeployCatalog(
      discoveringIn: source, compose: compose, kubernetes: kubernetes,
      deployDependsOn: deployDependsOn)
  }
}
