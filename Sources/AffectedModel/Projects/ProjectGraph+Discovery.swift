extension ProjectGraph {
  /// Discovers the projects of the repository in `source` from its manifests, plus `extra`
  /// declared projects.
  ///
  /// Manifests read: `pyproject.toml`, `requirements*.txt`, `package.json`,
  /// `pnpm-workspace.yaml`, `go.mod`, `go.work` and `Cargo.toml`, except inside `node_modules`
  /// folders and where `excluded` (repository-relative `.dockerignore` patterns, such as
  /// `affected.yml`'s `exclude`) removes them. A manifest that cannot be parsed still makes a
  /// project, whose ``Project/dependenciesKnown`` is `false`, and a diagnostic. Diagnostics are
  /// sorted by file and line.
  public init(
    discoveringIn source: some FileSource, extra: [ProjectDeclaration] = [],
    excluded: GlobSet = .empty
  ) {
    var discovery = ProjectDiscovery(source: source)
    let manifests = source.files(named: Self.manifestFilter)
    discovery.readManifests(manifests, excluded: excluded)
    discovery.addDeclarations(extra)
    discovery.findWorkspaces()
    discovery.resolveReferences()
    let diagnostics = Set(discovery.diagnostics).sorted {
      ($0.file ?? "", $0.line ?? 0, $0.message) < ($1.file ?? "", $1.line ?? 0, $1.message)
    }
    self.init(projects: discovery.projects(), diagnostics: diagnostics)
  }

  /// The names of the manifests discovery reads.
  public static let manifestFilter = FileNameFilter(
    key: "project-manifests", accepts: ProjectDiscovery.isManifest)
}
