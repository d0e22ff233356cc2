/// Reads `Cargo.toml`: the package's name, `path` dependencies and `workspace = true`
/// dependencies in `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]` and their
/// `[target.<cfg>.…]` forms, and `[workspace]` with its `members`, `exclude` and the `path`
/// entries of `[workspace.dependencies]` that members inherit.
enum CargoManifest {
  /// The names of the dependency tables, with the older underscore spellings.
  private static let dependencyTables = [
    "dependencies", "dev-dependencies", "build-dependencies", "dev_dependencies",
    "build_dependencies",
  ]

  /// The reading of the `Cargo.toml` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    let document: TOMLNode
    do {
      document = try TOMLNode.parse(text)
    } catch {
      return .unreadable(file, .rust, problem: error.message, line: error.line)
    }
    var reading = ManifestReading(file: file, ecosystem: .rust)
    let lines = ManifestLines(text)
    reading.name = document[path: "package", "name"]?.string
    var tables = dependencyTables.compactMap { document[$0]?.table }
    let targets = document["target"]?.table ?? [:]
    for target in targets.keys.sorted() {
      tables += dependencyTables.compactMap { targets[target]?[$0]?.table }
    }
    for table in tables {
      for name in table.keys.sorted() {
        guard let entry = table[name] else {
          continue
        }
        if let path = entry["path"]?.string {
          reading.references.append(.path(path, line: lines.line(of: path)))
        } else if entry["workspace"]?.bool == true {
          reading.references.append(.name(name, matchesMembers: false))
        }
      }
    }
    if let workspace = document["workspace"] {
      reading.workspace = WorkspaceDeclaration(
        include: workspace["members"]?.strings ?? [], exclude: workspace["exclude"]?.strings ?? [],
        memberManifest: "Cargo.toml", rootIsMember: true, lines: lines)
      for (name, entry) in workspace["dependencies"]?.table ?? [:] {
        if let path = entry["path"]?.string {
          reading.sharedSources[name] = .path(path, line: lines.line(of: path))
        }
      }
    }
    return reading
  }
}
