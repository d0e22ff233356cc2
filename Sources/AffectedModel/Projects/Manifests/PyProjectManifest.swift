/// Reads `pyproject.toml`: the project's name, its requirements (PEP 621 and PEP 735, uv's
/// `dev-dependencies`), `[tool.uv.sources]`, `[tool.uv.workspace]` and Poetry's `path`
/// dependencies.
///
/// A requirement leads to its own `[tool.uv.sources]` entry when it has one (as uv, a source
/// counts only for a requirement), else to the workspace root's entry or the member of that
/// name; a workspace root lends its sources to every member.
enum PyProjectManifest {
  /// The reading of the `pyproject.toml` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    let document: TOMLNode
    do {
      document = try TOMLNode.parse(text)
    } catch {
      return .unreadable(file, .python, problem: error.message, line: error.line)
    }
    var reading = ManifestReading(file: file, ecosystem: .python)
    reading.name =
      document[path: "project", "name"]?.string
      ?? document[path: "tool", "poetry", "name"]?.string
    let lines = ManifestLines(text)
    let sources = uvSources(document, lines: lines)
    var required: Set<String> = []
    for requirement in requirements(document).compactMap(PythonRequirement.init) {
      let name = ManifestText.normalisedName(requirement.name, .python)
      if let path = requirement.localPath {
        reading.references.append(.path(path, line: lines.line(of: path)))
      } else if !requirement.isRemote, required.insert(name).inserted {
        reading.references.append(sources[name] ?? .name(name, matchesMembers: true))
      }
    }
    reading.references += poetryPaths(document, lines: lines)
    if let workspace = document[path: "tool", "uv", "workspace"] {
      reading.workspace = WorkspaceDeclaration(
        include: workspace["members"]?.strings ?? [], exclude: workspace["exclude"]?.strings ?? [],
        memberManifest: "pyproject.toml", rootIsMember: true, lines: lines)
      reading.sharedSources = sources
    }
    return reading
  }

  /// Every requirement string: `[project].dependencies`, each `optional-dependencies` extra,
  /// each `[dependency-groups]` group, and `[tool.uv].dev-dependencies`.
  private static func requirements(_ document: TOMLNode) -> [String] {
    var texts = document[path: "project", "dependencies"]?.strings ?? []
    for table in [
      document[path: "project", "optional-dependencies"], document["dependency-groups"],
    ] {
      let groups = table?.table ?? [:]
      for key in groups.keys.sorted() {
        texts += groups[key]?.strings ?? []
      }
    }
    return texts + (document[path: "tool", "uv", "dev-dependencies"]?.strings ?? [])
  }

  /// The `[tool.uv.sources]` entries that lead to a local project, by normalised name.
  ///
  /// Those are `path` sources and `workspace = true` ones. A name may list several sources (with markers).
  private static func uvSources(_ document: TOMLNode, lines: ManifestLines)
    -> [String: ProjectReference]
  {
    var sources: [String: ProjectReference] = [:]
    for (name, value) in document[path: "tool", "uv", "sources"]?.table ?? [:] {
      let key = ManifestText.normalisedName(name, .python)
      for source in value.array ?? [value] {
        if let path = source["path"]?.string {
          sources[key] = .path(path, line: lines.line(of: path))
        } else if source["workspace"]?.bool == true {
          sources[key] = .member(key, line: lines.line(ofKey: name))
        }
      }
    }
    return sources
  }

  /// Poetry's `path` dependencies in `[tool.poetry.dependencies]`, `[tool.poetry.dev-dependencies]`
  /// and every `[tool.poetry.group.<name>.dependencies]`.
  private static func poetryPaths(_ document: TOMLNode, lines: ManifestLines)
    -> [ProjectReference]
  {
    guard let poetry = document[path: "tool", "poetry"] else {
      return []
    }
    var tables = [poetry["dependencies"], poetry["dev-dependencies"]]
    let groups = poetry["group"]?.table ?? [:]
    tables += groups.keys.sorted().map { groups[$0]?["dependencies"] }
    var references: [ProjectReference] = []
    for table in tables.compactMap({ $0?.table }) {
      for name in table.keys.sorted() {
        for entry in table[name]?.array ?? [table[name] ?? .other] {
          if let path = entry["path"]?.string {
            references.append(.path(path, line: lines.line(of: path)))
          }
        }
      }
    }
    return references
  }
}
