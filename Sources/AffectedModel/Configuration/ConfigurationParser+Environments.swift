extension ConfigurationParser {
  /// The `environments` section: each name with its compose files (the short form is the list
  /// of compose files) or a mapping of `compose` and `kubernetes` paths.
  func environments(_ node: ConfigurationNode) throws(ConfigurationError)
    -> [String: EnvironmentSettings]
  {
    var environments: [String: EnvironmentSettings] = [:]
    for (name, value) in try node.entries(expected: "a mapping of environment names") {
      var environment = EnvironmentSettings()
      if case .mapping = value.node {
        let fields = try value.fields(
          ["compose", "kubernetes"], expected: "a mapping (compose:, kubernetes:)")
        environment.compose = try files(fields["compose"], expected: "a list of compose files")
        environment.kubernetes = try files(
          fields["kubernetes"], expected: "a list of Kubernetes paths", allowsRoot: true)
      } else {
        environment.compose = try files(
          value, expected: "a list of compose files, or a mapping (compose:, kubernetes:)")
      }
      guard !environment.compose.isEmpty || !environment.kubernetes.isEmpty else {
        throw value.error(
          .invalidValue(
            "the environment '\(name)' names no file; list its compose files, as"
              + " [compose.yml, compose.prod.yml], or give compose: and kubernetes:"))
      }
      environments[name] = environment
    }
    return environments
  }

  /// The `deployDependsOn` section: for each deploy unit, the units to deploy before it.
  func deployDependencies(_ node: ConfigurationNode) throws(ConfigurationError)
    -> [String: [String]]
  {
    var result: [String: [String]] = [:]
    var dependencies: [String: [Dependency]] = [:]
    for (unit, value) in try node.entries(expected: "a mapping of deploy units") {
      let items = try value.nameItems(expected: "a list of deploy units") ?? []
      result[unit] = items.map(\.text)
      dependencies[unit] = items.map { Dependency(target: $0.text, node: $0.node) }
    }
    try checkCycles(dependencies)
    return result
  }

  /// The normalised repository paths a list names; `.` stands for the root where allowed.
  private func files(
    _ node: ConfigurationNode?, expected: String, allowsRoot: Bool = false
  ) throws(ConfigurationError) -> [String] {
    var files: [String] = []
    for item in try node?.nameItems(expected: expected) ?? [] {
      let file = try path(item.text, at: item.node)
      guard file != "." || allowsRoot else {
        throw item.node.error(
          .invalidValue("'\(item.text)' is the repository root, not a file; name a compose file"))
      }
      files.append(file)
    }
    return files
  }
}
