import AffectedModel

/// Which compose environments and Kubernetes paths to deploy.
///
/// `nil` means "every one found", an empty list "none".
public struct DeploySelection: Hashable, Sendable {
  /// The compose environments; `nil` for every environment found.
  public var compose: [ComposeEnvironment]?
  /// The Kubernetes paths (manifests, kustomizations, charts, folders); `nil` for everything
  /// found.
  public var kubernetes: [String]?

  /// Creates a selection; without arguments, everything found is deployed.
  public init(compose: [ComposeEnvironment]? = nil, kubernetes: [String]? = nil) {
    self.compose = compose
    self.kubernetes = kubernetes
  }

  /// The selection a command line and `affected.yml` make, in that order of precedence.
  ///
  /// - `composeFiles` (one environment, merged in order) and `kubernetesPaths` given on the
  ///   command line select exactly those: naming only one kind selects none of the other.
  /// - Else the `environments` of `configuration` (those its `defaults.environments` names, or
  ///   all of them): each one's compose files are one environment, and its Kubernetes paths are
  ///   deployed.
  /// - Else everything found.
  public init(
    composeFiles: [String], kubernetesPaths: [String], configuration: Configuration
  ) {
    if !composeFiles.isEmpty || !kubernetesPaths.isEmpty {
      self.init(
        compose: composeFiles.isEmpty ? [] : [ComposeEnvironment(files: composeFiles)],
        kubernetes: kubernetesPaths)
      return
    }
    guard !configuration.environments.isEmpty else {
      self.init()
      return
    }
    let names = configuration.defaults.environments ?? configuration.environments.keys.sorted()
    let chosen = names.compactMap { configuration.environments[$0] }
    let composeFiles = chosen.map(\.compose).filter { !$0.isEmpty }
    var seen: Set<[String]> = []
    self.init(
      compose: composeFiles.filter { seen.insert($0).inserted }.map(ComposeEnvironment.init),
      kubernetes: chosen.flatMap(\.kubernetes))
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
