/// One service of a compose project, after merging, `extends` and `include`.
public struct ComposeService: Hashable, Sendable {
  /// The service name.
  public var name: String
  /// How its image is built; `nil` when it only pulls `image`.
  public var build: ComposeBuild?
  /// The image it runs (or tags its build as).
  public var image: String?
  /// The services it depends on, by name.
  public var dependsOn: [ComposeDependency]
  /// The profiles that enable it; empty when it always runs.
  public var profiles: [String]
  /// The files its container environment is read from.
  public var envFiles: [ComposeEnvFile]
  /// Its mounts.
  public var volumes: [ComposeVolumeMount]
  /// The top-level configs it mounts.
  public var configs: [ComposeResourceReference]
  /// The top-level secrets it mounts.
  public var secrets: [ComposeResourceReference]
  /// Its whole block, merged and interpolated, without `extends`: compare two of them to tell
  /// whether the service's definition changed.
  public var definition: ComposeMapping
  /// The compose file that defines it (for an included service, the included file).
  public var file: String
  /// Every file that contributed to its block (overrides, `extends` bases), in order.
  public var files: [String]
  /// The variables its block refers to (including through `extends`), sorted.
  public var variables: [String]

  /// Creates a service.
  public init(
    name: String, build: ComposeBuild? = nil, image: String? = nil,
    dependsOn: [ComposeDependency] = [],
    profiles: [String] = [], envFiles: [ComposeEnvFile] = [], volumes: [ComposeVolumeMount] = [],
    configs: [ComposeResourceReference] = [], secrets: [ComposeResourceReference] = [],
    definition: ComposeMapping = ComposeMapping(), file: String, files: [String] = [],
    variables: [String] = []
  ) {
    self.name = name
    self.build = build
    self.image = image
    self.dependsOn = dependsOn
    self.profiles = profiles
    self.envFiles = envFiles
    self.volumes = volumes
    self.configs = configs
    self.secrets = secrets
    self.definition = definition
    self.file = file
    self.files = files
    self.variables = variables
  }
}
