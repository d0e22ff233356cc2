import Yams

/// Reads the text of `affected.yml` into a `Configuration`, stopping at the first problem.
struct ConfigurationParser {
  /// The keys allowed at the top level, in the order the documentation lists them.
  static let topLevelKeys = [
    "version", "ignore", "global", "exclude", "environments", "projects", "images",
    "deployDependsOn", "defaults",
  ]
  /// The only `version` there is.
  static let version = 1

  /// The configuration file's repository-relative path, for errors.
  let file: String

  /// The configuration in `text`; an empty text is the empty configuration.
  func configuration(from text: String) throws(ConfigurationError) -> Configuration {
    guard let root = try document(of: text) else {
      return .empty
    }
    let fields = try root.fields(
      Self.topLevelKeys, expected: "a mapping of settings (ignore:, images:, …)")
    if let node = fields["version"] {
      try checkVersion(node)
    }
    var configuration = Configuration()
    configuration.ignore = try globs(fields["ignore"]) ?? .empty
    configuration.global = try globs(fields["global"]) ?? .empty
    configuration.exclude = try globs(fields["exclude"]) ?? .empty
    if let node = fields["environments"] {
      configuration.environments = try environments(node)
    }
    if let node = fields["projects"] {
      configuration.projects = try projects(node)
    }
    if let node = fields["images"] {
      configuration.images = try images(node)
    }
    if let node = fields["deployDependsOn"] {
      configuration.deployDependsOn = try deployDependencies(node)
    }
    if let node = fields["defaults"] {
      configuration.defaults = try defaults(node)
    }
    return configuration
  }

  /// The one YAML document of `text`, or `nil` when there is none.
  private func document(of text: String) throws(ConfigurationError) -> ConfigurationNode? {
    let root: Node?
    do {
      root = try Parser(yaml: text).singleRoot()
    } catch let error as YamlError {
      throw yamlError(error, in: text)
    } catch {
      throw ConfigurationError(
        file: file, line: nil, column: nil, keyPath: "",
        reason: .invalidYAML(String(describing: error)))
    }
    return root.map { ConfigurationNode(node: $0, keyPath: "", file: file) }
  }

  private func checkVersion(_ node: ConfigurationNode) throws(ConfigurationError) {
    guard node.node.int == Self.version else {
      throw node.error(
        .invalidValue(
          "this version of affected reads version \(Self.version) of the file; write 'version:"
            + " \(Self.version)' or remove the key"))
    }
  }

  // MARK: - Shared readers

  /// The globs of a list; `nil` when the node is missing or empty.
  func globs(_ node: ConfigurationNode?) throws(ConfigurationError) -> GlobSet? {
    guard let node, let items = try node.items(expected: "a list of globs") else {
      return nil
    }
    do {
      return try GlobSet(patterns: items.map(\.text))
    } catch {
      let index = min(max(error.line - 1, 0), items.count - 1)
      throw items[index].node.error(.invalidGlob(error))
    }
  }

  /// A repository-relative path, normalised (`.` for the root).
  ///
  /// - Throws: when the path is empty, absolute, or climbs out of the repository.
  func path(_ text: String, at node: ConfigurationNode) throws(ConfigurationError) -> String {
    guard !text.isEmpty else {
      throw node.error(.emptyName)
    }
    let path = ComposePath(resolving: text, in: "")
    guard path.repositoryPath != nil else {
      throw node.error(
        .invalidValue(
          "'\(text)' is not inside the repository; write a path relative to the repository root"))
    }
    return path.description
  }

  private func defaults(_ node: ConfigurationNode) throws(ConfigurationError)
    -> ConfigurationDefaults
  {
    let fields = try node.fields(
      ["base", "environments", "format"], expected: "a mapping (base:, environments:, format:)")
    return ConfigurationDefaults(
      base: try fields["base"]?.name(),
      environments: try fields["environments"]?.names(expected: "a list of environment names"),
      format: try fields["format"]?.name())
  }

  // MARK: - Errors

  private func yamlError(_ error: YamlError, in text: String) -> ConfigurationError {
    let problem: String
    let mark: Mark?
    switch error {
    case .scanner(_, let message, let position, _), .parser(_, let message, let position, _),
      .composer(_, let message, let position, _):
      problem = message
      mark = position
    case .duplicatedKeysInMapping(let duplicates, let context):
      problem = "duplicate key " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      mark = context.mark
    default:
      problem = error.description
      mark = nil
    }
    return ConfigurationError(
      file: file, line: mark?.line, column: mark?.column, keyPath: "",
      reason: .invalidYAML(problem))
  }
}
