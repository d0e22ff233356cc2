extension DeployCatalog {
  /// Discovers the deploy units of the repository in `source`.
  ///
  /// - `compose`: which compose environments to deploy, found as image discovery finds them
  ///   (less those found from file names that another one includes), and the paths where
  ///   discovery finds nothing at all (`affected.yml` `exclude`). Each service is a unit with the
  ///   id `<environment id>:<service>`.
  /// - `kubernetes`: the Kubernetes paths to deploy (manifest files, kustomizations, charts, or
  ///   folders holding them); `nil` for everything found in the repository, `[]` for none.
  /// - `deployDependsOn`: extra dependencies, by unit id or short name, as `affected.yml`
  ///   declares them; a name on the right means the units it matches in the dependent unit's
  ///   environment, or anywhere when none is there.
  /// - `environment` stands for the shell environment of `docker compose`; leave it empty so a
  ///   plan does not depend on the shell it runs in.
  ///
  /// This never fails: what cannot be read is a diagnostic, and its file is listed in
  /// `unreadableFiles`.
  public init(
    discoveringIn source: some FileSource, compose: DiscoveryScope = DiscoveryScope(),
    kubernetes: [String]? = nil, deployDependsOn: [String: [String]] = [:],
    environment: [String: String] = [:]
  ) {
    var discovery = DeployDiscovery(source: source, excluded: compose.exclude)
    discovery.addComposeUnits(scope: compose, shellEnvironment: environment)
    discovery.addKubernetesUnits(scopes: kubernetes)
    discovery.resolveDependencies(adding: deployDependsOn)
    var seen: Set<Diagnostic> = []
    self.init(
      units: discovery.units, unreadableFiles: discovery.unreadableFiles,
      diagnostics: discovery.diagnostics.filter { seen.insert($0).inserted })
  }
}
