/// A compose project: the merged model of an ordered list of compose files, as `docker compose`
/// (compose-spec/compose-go) loads it.
public struct ComposeProject: Hashable, Sendable {
  /// The project name: `COMPOSE_PROJECT_NAME`, else the top-level `name`, else the project
  /// directory's name, normalised as compose does (lowercase letters, digits, `-` and `_`). Empty for
  /// an unnamed project at the repository root, whose folder name the repository does not record.
  public var name: String
  /// The compose files, in merge order.
  public var files: [String]
  /// The project directory (the first file's folder), repository-relative.
  public var directory: String
  /// The services, sorted by name.
  public var services: [ComposeService]
  /// The top-level networks, sorted by name.
  public var networks: [ComposeResource]
  /// The top-level volumes, sorted by name.
  public var volumes: [ComposeResource]
  /// The top-level configs, sorted by name.
  public var configs: [ComposeResource]
  /// The top-level secrets, sorted by name.
  public var secrets: [ComposeResource]
  /// The includes that were merged in, in the order they were loaded.
  public var includes: [ComposeInclude]
  /// The `.env` files whose variables were used for interpolation, repository-relative.
  public var variableFiles: [String]
  /// The variables used outside service blocks (project name, includes, networks, …), sorted.
  public var variables: [String]
  /// What could not be read or resolved; the model holds everything else.
  public var diagnostics: [Diagnostic]
  /// The compose files (given, included or extended) that could not be read completely as YAML,
  /// in the order they were met: the model may lack what they say.
  public var unreadableFiles: [String]

  /// Creates a project.
  public init(
    name: String, files: [String], directory: String, services: [ComposeService] = [],
    networks: [ComposeResource] = [], volumes: [ComposeResource] = [],
    configs: [ComposeResource] = [],
    secrets: [ComposeResource] = [], includes: [ComposeInclude] = [], variableFiles: [String] = [],
    variables: [String] = [], diagnostics: [Diagnostic] = [], unreadableFiles: [String] = []
  ) {
    self.name = name
    self.files = files
    self.directory = directory
    self.services = services
    self.networks = networks
    self.volumes = volumes
    self.configs = configs
    self.secrets = secrets
    self.includes = includes
    self.variableFiles = variableFiles
    self.variables = variables
    self.diagnostics = diagnostics
    self.unreadableFiles = unreadableFiles
  }

  /// The service named `name`.
  public func service(named name: String) -> ComposeService? {
    services.first { $0.name == name }
  }
}
