extension ConfigurationParser {
  /// The keys of a `projects` entry.
  static let projectKeys = ["path", "dependsOn", "ignore", "tags"]

  /// A `projects` entry once its path is known.
  private struct DeclaredProject {
    var key: String
    var id: String
    var fields: [String: ConfigurationNode]
  }

  /// The `projects` section: declared projects by path.
  ///
  /// An entry's `path` defaults to its key. A `dependsOn` item names an entry by key, else a
  /// project by path.
  func projects(_ node: ConfigurationNode) throws(ConfigurationError)
    -> [String: ProjectSettings]
  {
    var declared: [DeclaredProject] = []
    var keyByID: [String: String] = [:]
    for (key, value) in try node.entries(expected: "a mapping of project names or paths") {
      let fields = try value.fields(
        Self.projectKeys, expected: "a mapping (path:, dependsOn:, ignore:, tags:)")
      let pathNode = fields["path"] ?? value
      let id = try path(try fields["path"]?.name() ?? key, at: pathNode)
      if let other = keyByID[id] {
        throw pathNode.error(
          .invalidValue(
            "the project '\(id)' is already declared as projects.\(other); merge the two entries"))
      }
      keyByID[id] = key
      declared.append(DeclaredProject(key: key, id: id, fields: fields))
    }
    let idByKey = Dictionary(uniqueKeysWithValues: declared.map { ($0.key, $0.id) })
    var projects: [String: ProjectSettings] = [:]
    var dependencies: [String: [Dependency]] = [:]
    for project in declared {
      var settings = ProjectSettings(path: project.id)
      let items = try project.fields["dependsOn"]?.nameItems(expected: "a list of projects")
      for item in items ?? [] {
        let target: String
        if let id = idByKey[item.text] {
          target = id
        } else {
          target = try path(item.text, at: item.node)
        }
        settings.dependsOn.append(target)
        if let targetKey = keyByID[target] {
          dependencies[project.key, default: []].append(
            Dependency(target: targetKey, node: item.node))
        }
      }
      settings.ignore = try globs(project.fields["ignore"]) ?? .empty
      settings.tags = try project.fields["tags"]?.names(expected: "a list of tags") ?? []
      projects[project.id] = settings
    }
    try checkCycles(dependencies)
    return projects
  }
}
