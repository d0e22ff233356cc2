/// Builds the projects of a repository from its manifests, step by step: read the manifests,
/// add declarations, find the workspaces, resolve the references, then build the projects.
///
/// It holds its source as `any FileSource` rather than being generic over it: the public entry
/// point is generic across modules, so a generic discovery ran unspecialised, looking up generic
/// metadata for its dictionaries and arrays of drafts at run time.
struct ProjectDiscovery {
  /// A project while it is being discovered.
  struct Draft {
    var id: String
    var readings: [ManifestReading] = []
    var ecosystems: Set<Project.Ecosystem> = []
    var dependsOn: Set<String> = []
    var workspaceMembers: Set<String> = []

    /// Adds a reading of one of the project's manifests.
    mutating func add(_ reading: ManifestReading) {
      readings.append(reading)
      ecosystems.insert(reading.ecosystem)
    }
  }

  let source: any FileSource
  var drafts: [String: Draft] = [:]
  var diagnostics: [Diagnostic] = []
  /// For each ecosystem, the workspace root of each member folder (a root is its own member).
  var workspaceRoots: [Project.Ecosystem: [String: String]] = [:]
  /// Declared dependencies, resolved once every project is known.
  var declaredDependencies: [(from: String, to: String, declaration: ProjectDeclaration)] = []
  /// For each path a reference resolved to: whether it is a folder, or `nil` when nothing is
  /// there (many projects name the same few libraries).
  var targetIsFolder: [String: Bool?] = [:]

  init(source: any FileSource) {
    self.source = source
  }

  // MARK: - Manifests

  /// The reader for a file called `name`, if it is a manifest.
  static func reader(for name: String) -> ((String, String) -> ManifestReading)? {
    switch name {
    case "pyproject.toml":
      return PyProjectManifest.read
    case "package.json":
      return PackageJSONManifest.read
    case "pnpm-workspace.yaml":
      return PnpmWorkspaceManifest.read
    case "go.mod":
      return GoModManifest.read
    case "go.work":
      return GoWorkManifest.read
    case "Cargo.toml":
      return CargoManifest.read
    default:
      guard name.hasPrefix("requirements"), name.hasSuffix(".txt") else {
        return nil
      }
      return RequirementsManifest.read
    }
  }

  /// Whether a file called `name` is a manifest (see ``reader(for:)``).
  ///
  /// Discovery asks this of every file name in the repository, so most names are turned away by
  /// their last byte and their length in bytes before any name is compared. (An ASCII name
  /// equals a manifest's name only if it has as many bytes; other names are compared.)
  static func isManifest(_ name: String) -> Bool {
    let possible =
      name.utf8.withContiguousStorageIfAvailable(mayBeManifest) ?? mayBeManifest(name.utf8)
    return possible && reader(for: name) != nil
  }

  /// The byte check of ``isManifest(_:)`` on a name's bytes (in place when the string has them
  /// so, read faster than through its view): whether the name may be a manifest's.
  private static func mayBeManifest(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
    let count = bytes.count
    let possible: Bool
    switch bytes.last {
    case UInt8(ascii: "l"):
      // Cargo.toml, pyproject.toml, pnpm-workspace.yaml
      possible = count == 10 || count == 14 || count == 19
    case UInt8(ascii: "n"):
      possible = count == 12  // package.json
    case UInt8(ascii: "d"):
      possible = count == 6  // go.mod
    case UInt8(ascii: "k"):
      possible = count == 7  // go.work
    case UInt8(ascii: "t"):
      possible = count >= 16  // requirements*.txt
    default:
      return false
    }
    return possible || bytes.contains(where: { $0 >= 0x80 })
  }

  /// Whether one of the folders of `path` is called `node_modules`.
  ///
  /// An ASCII path's characters are its bytes (a `\r\n` pair is no `/` either way), so its
  /// folders are found between `/` bytes; other paths are split by characters.
  static func isInNodeModules(_ path: String) -> Bool {
    let bytes = path.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return path.split(separator: "/").contains("node_modules")
    }
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if bytes[index] == UInt8(ascii: "/") {
        if bytes[start..<index].elementsEqual("node_modules".utf8) {
          return true
        }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    return bytes[start...].elementsEqual("node_modules".utf8)
  }

  /// Reads every manifest among `paths`, except those `excluded` removes and those inside a
  /// `node_modules` folder.
  mutating func readManifests(_ paths: [String], excluded: GlobSet) {
    drafts.reserveCapacity(drafts.count + paths.count)
    for path in paths {
      guard let read = Self.reader(for: ComposePath.lastComponent(of: path)),
        !Self.isInNodeModules(path), !excluded.matches(path)
      else {
        continue
      }
      let folder = ComposePath.folder(of: path)
      let reading: ManifestReading
      do {
        reading = read(try source.text(of: path), path)
      } catch {
        reading = .unreadable(path, Self.ecosystem(of: path), problem: "\(error)", line: nil)
      }
      drafts[folder, default: Draft(id: folder)].add(reading)
      diagnostics += reading.diagnostics
    }
  }

  /// The ecosystem a manifest's name belongs to.
  private static func ecosystem(of path: String) -> Project.Ecosystem {
    switch ComposePath.lastComponent(of: path) {
    case "package.json", "pnpm-workspace.yaml":
      return .javascript
    case "go.mod", "go.work":
      return .go
    case "Cargo.toml":
      return .rust
    default:
      return .python
    }
  }

  // MARK: - Declarations

  /// Makes each declared folder a project, and remembers its declared dependencies.
  mutating func addDeclarations(_ declarations: [ProjectDeclaration]) {
    for declaration in declarations {
      guard let id = repositoryFolder(declaration.path, declaration) else {
        continue
      }
      drafts[id, default: Draft(id: id)].ecosystems.insert(.declared)
      for dependency in declaration.dependsOn {
        declaredDependencies.append((id, dependency, declaration))
      }
    }
  }

  /// The repository folder `path` names, or `nil` (and a diagnostic) when it leaves the
  /// repository.
  mutating func repositoryFolder(_ path: String, _ declaration: ProjectDeclaration) -> String? {
    guard let folder = ComposePath(resolving: path, in: "").repositoryPath else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "the project path '\(path)' leaves the repository; use a path inside the repository",
          file: declaration.file, line: declaration.line))
      return nil
    }
    return folder
  }

  // MARK: - Workspaces

  /// Finds the members of every workspace, and records each member's innermost root.
  mutating func findWorkspaces() {
    let roots = drafts.compactMap { id, draft in
      draft.readings.contains { $0.workspace != nil } ? (id, draft.readings) : nil
    }
    guard !roots.isEmpty else {
      return
    }
    var holders: [String: Set<String>] = [:]
    for draft in drafts.values {
      for reading in draft.readings {
        holders[ComposePath.lastComponent(of: reading.file), default: []].insert(draft.id)
      }
    }
    for (id, readings) in roots.sorted(by: { $0.0 < $1.0 }) {
      for reading in readings {
        if let workspace = reading.workspace {
          addWorkspace(
            workspace, of: reading, at: id, holders: holders[workspace.memberManifest] ?? [])
        }
      }
    }
    for (_, roots) in workspaceRoots {
      for (member, root) in roots where member != root {
        drafts[root]?.workspaceMembers.insert(member)
      }
    }
  }

  /// Matches the folders holding the members' manifest (`holders`) against `workspace`.
  private mutating func addWorkspace(
    _ workspace: WorkspaceDeclaration, of reading: ManifestReading, at root: String,
    holders: Set<String>
  ) {
    let include = globs(workspace.include, root: root, reading: reading, lines: workspace.lines)
    let exclude = globs(workspace.exclude, root: root, reading: reading, lines: workspace.lines)
    var members = holders.sorted().filter { folder in
      include.contains { $0.glob.matches(folder) } && !exclude.contains { $0.glob.covers(folder) }
    }
    if workspace.rootIsMember, holders.contains(root) {
      members.append(root)
    }
    for (pattern, glob) in include {
      if let literal = glob.literalPath, !holders.contains(literal) {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the workspace member '\(pattern)' has no \(workspace.memberManifest); fix the "
              + "pattern or add the manifest", file: reading.file, line: workspace.lines[pattern]))
      }
    }
    for member in members {
      let current = workspaceRoots[reading.ecosystem]?[member]
      if current.map({ $0.count < root.count }) ?? true {
        workspaceRoots[reading.ecosystem, default: [:]][member] = root
      }
    }
  }

  /// The globs of `patterns`, relative to `root`; patterns that leave the repository are reported.
  private mutating func globs(
    _ patterns: [String], root: String, reading: ManifestReading, lines: [String: Int]
  ) -> [(pattern: String, glob: FolderGlob)] {
    patterns.compactMap { pattern in
      guard let glob = FolderGlob(pattern, in: root) else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the workspace pattern '\(pattern)' leaves the repository; members must be inside it",
            file: reading.file, line: lines[pattern]))
        return nil
      }
      return (pattern, glob)
    }
  }
}
