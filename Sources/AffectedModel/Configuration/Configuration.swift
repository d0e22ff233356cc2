/// The settings of `affected.yml`, parsed and validated.
///
/// See `Docs/configuration.md` for the schema. The file is optional: without it (or when it is empty) every setting is empty and `affected`
/// works from what it discovers. Globs use the `.dockerignore` dialect and are relative to the
/// repository root; paths are repository-relative and normalised.
///
/// ```swift
/// let configuration = try Configuration(text: "ignore: ['**/*.md']\n")
/// configuration.ignore.matches("docs/guide.md")  // true
/// ```
public struct Configuration: Hashable, Sendable {
  /// The file's name, at the repository root.
  public static let fileName = "affected.yml"
  /// The settings of a repository without `affected.yml`.
  public static let empty = Configuration()

  /// Changes to matching paths never count, for images too.
  public var ignore: GlobSet
  /// A change to a matching path affects everything.
  public var global: GlobSet
  /// Discovery finds nothing at matching paths (vendored code, test data).
  public var exclude: GlobSet
  /// Environments by name.
  public var environments: [String: EnvironmentSettings]
  /// Declared projects by path (their id).
  public var projects: [String: ProjectSettings]
  /// Image settings by image id or short name, as written.
  public var images: [String: ImageSettings]
  /// For each deploy unit (id or short name), the units (ids or short names) to deploy first.
  public var deployDependsOn: [String: [String]]
  /// What commands do when their command line does not say.
  public var defaults: ConfigurationDefaults

  /// Creates settings; everything is empty unless given.
  public init(
    ignore: GlobSet = .empty, global: GlobSet = .empty, exclude: GlobSet = .empty,
    environments: [String: EnvironmentSettings] = [:], projects: [String: ProjectSettings] = [:],
    images: [String: ImageSettings] = [:], deployDependsOn: [String: [String]] = [:],
    defaults: ConfigurationDefaults = ConfigurationDefaults()
  ) {
    self.ignore = ignore
    self.global = global
    self.exclude = exclude
    self.environments = environments
    self.projects = projects
    self.images = images
    self.deployDependsOn = deployDependsOn
    self.defaults = defaults
  }

  /// Parses and validates `text`, the content of the repository file `file`.
  ///
  /// - Throws: `ConfigurationError` for the first problem, naming the file, line, column and
  ///   key path: invalid YAML, an unknown key, a value of the wrong type, a bad glob, path or
  ///   tag template, an empty name, or a `dependsOn` cycle.
  public init(text: String, file: String = Configuration.fileName) throws(ConfigurationError) {
    self = try ConfigurationParser(file: file).configuration(from: text)
  }
}
