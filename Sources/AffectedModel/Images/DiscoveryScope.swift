/// Where image discovery looks, and which compose files it loads together.
public struct DiscoveryScope: Hashable, Sendable {
  /// Paths where discovery finds nothing (`affected.yml` `exclude`).
  public var exclude: GlobSet
  /// The compose environments the user named (in `affected.yml` or on the command line).
  public var composeEnvironments: [ComposeEnvironment]
  /// Whether compose files that no named environment lists become environments of their own, as
  /// `ComposeEnvironment.discover(in:)` finds them.
  public var discoversComposeFiles: Bool

  /// Creates a scope; by default discovery looks everywhere and finds every compose environment.
  public init(
    exclude: GlobSet = .empty, composeEnvironments: [ComposeEnvironment] = [],
    discoversComposeFiles: Bool = true
  ) {
    self.exclude = exclude
    self.composeEnvironments = composeEnvironments
    self.discoversComposeFiles = discoversComposeFiles
  }

  /// The scope `configuration` sets, or that `composeFiles` sets for one run.
  ///
  /// - `composeFiles` (from `--compose` or `COMPOSE_FILE`): that one environment, nothing else of
  ///   compose.
  /// - `affected.yml` `defaults.environments`: only those environments.
  /// - `affected.yml` `environments`: each one with compose files, and every compose file that
  ///   none lists found as usual.
  ///
  /// An environment is named by its first file, or by `<first file>@<name>` when several
  /// environments start with the same file.
  public init(configuration: Configuration, composeFiles: [String]? = nil) {
    exclude = configuration.exclude
    if let composeFiles, !composeFiles.isEmpty {
      composeEnvironments = [ComposeEnvironment(files: composeFiles)]
      discoversComposeFiles = false
      return
    }
    let chosen = configuration.defaults.environments ?? []
    let named = configuration.environments
      .filter { !$0.value.compose.isEmpty && (chosen.isEmpty || chosen.contains($0.key)) }
      .sorted { $0.key < $1.key }
    var starts: [String: Int] = [:]
    for (_, settings) in named {
      starts[settings.compose[0], default: 0] += 1
    }
    composeEnvironments = named.map { name, settings in
      let first = settings.compose[0]
      return ComposeEnvironment(
        files: settings.compose, id: starts[first, default: 0] > 1 ? "\(first)@\(name)" : first)
    }
    discoversComposeFiles = chosen.isEmpty
  }

  /// The compose environments to load in a repository whose files are `paths`, sorted by id.
  public func environments(among paths: [String]) -> [ComposeEnvironment] {
    guard discoversComposeFiles else {
      return composeEnvironments
    }
    let listed = Set(composeEnvironments.flatMap(\.files))
    let found = ComposeEnvironment.discover(in: paths.filter { !listed.contains($0) })
    return (composeEnvironments + found).sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  }
}
