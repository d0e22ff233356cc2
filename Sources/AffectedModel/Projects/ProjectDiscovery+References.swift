extension ProjectDiscovery {
  /// A reference that names a file, resolved once every folder is known.
  private struct FileTarget {
    var from: String
    var path: String
  }

  /// Turns every manifest reference and declared dependency into edges between projects.
  ///
  /// A path to a folder that is no project yet makes that folder a project; a path to a file
  /// leads to the project that owns the file.
  mutating func resolveReferences() {
    let names = memberNames()
    var files: [FileTarget] = []
    // Resolving adds projects and edges, never readings, so the readings are taken first.
    let readings = Dictionary(uniqueKeysWithValues: drafts.map { ($0.key, $0.value.readings) })
    for id in ByteOrder.sortedAsStrings(Array(readings.keys)) {
      for reading in readings[id] ?? [] {
        for reference in reading.references {
          files += resolve(reference, of: reading, from: id, base: id, names: names)
        }
      }
    }
    if !files.isEmpty {
      let owners = ProjectGraph(projects: drafts.keys.map { Project(id: $0) })
      for target in files {
        if let owner = owners.owner(of: target.path) {
          addEdge(from: target.from, to: owner)
        }
      }
    }
    for (from, to, declaration) in declaredDependencies {
      guard let id = repositoryFolder(to, declaration) else {
        continue
      }
      if drafts.index(forKey: id) == nil {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the project '\(from.isEmpty ? "." : from)' depends on '\(to)', which is not a "
              + "project; declare it as a project or fix the path",
            file: declaration.file, line: declaration.line))
      } else {
        addEdge(from: from, to: id)
      }
    }
  }

  /// For each ecosystem and workspace root, its members by normalised package name; when two
  /// members share a name, the first by id.
  private func memberNames() -> [Project.Ecosystem: [String: [String: String]]] {
    var names: [Project.Ecosystem: [String: [String: String]]] = [:]
    for (ecosystem, roots) in workspaceRoots {
      for (member, root) in roots.sorted(by: { $0.key < $1.key }) {
        for reading in drafts[member]?.readings ?? [] where reading.ecosystem == ecosystem {
          if let name = reading.name.map({ ManifestText.normalisedName($0, ecosystem) }),
            names[ecosystem]?[root]?[name] == nil
          {
            names[ecosystem, default: [:]][root, default: [:]][name] = member
          }
        }
      }
    }
    return names
  }

  /// Adds the edges `reference` makes from project `from`, and returns the file it names, if any.
  ///
  /// Paths are relative to the folder `base`.
  private mutating func resolve(
    _ reference: ProjectReference, of reading: ManifestReading, from: String, base: String,
    names: [Project.Ecosystem: [String: [String: String]]]
  ) -> [FileTarget] {
    let root = workspaceRoots[reading.ecosystem]?[from]
    switch reference {
    case .path(let path, let line):
      return resolvePath(path, line: line, of: reading, from: from, base: base)
    case .member(let name, let line):
      let key = ManifestText.normalisedName(name, reading.ecosystem)
      guard let root, let member = names[reading.ecosystem]?[root]?[key] else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the dependency '\(name)' must be a member of the workspace, but "
              + (root == nil ? "the project is in no workspace" : "no member is called so")
              + "; fix the name or add the package to the workspace", file: reading.file,
            line: line))
        return []
      }
      addEdge(from: from, to: member)
    case .name(let name, let matchesMembers):
      guard let root else {
        return []
      }
      let key = ManifestText.normalisedName(name, reading.ecosystem)
      let rootReading = drafts[root]?.readings.first {
        $0.workspace != nil && $0.ecosystem == reading.ecosystem
      }
      if let shared = rootReading?.sharedSources[key] ?? rootReading?.sharedSources[name] {
        return resolve(
          shared, of: rootReading ?? reading, from: from, base: root, names: names)
      }
      if matchesMembers, let member = names[reading.ecosystem]?[root]?[key] {
        addEdge(from: from, to: member)
      }
    }
    return []
  }

  /// Adds the edge a local path makes, creating a project for a folder that is none yet.
  private mutating func resolvePath(
    _ path: String, line: Int?, of reading: ManifestReading, from: String, base: String
  ) -> [FileTarget] {
    guard let target = Self.repositoryPath(of: path, in: base) else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "the dependency path '\(path)' leaves the repository, so changes to it cannot be "
            + "seen; keep shared code inside the repository", file: reading.file, line: line))
      return []
    }
    let isFolder: Bool?
    if let known = targetIsFolder[target] {
      isFolder = known
    } else {
      isFolder = source.entry(at: target).map { $0.kind == .directory }
      targetIsFolder[target] = .some(isFolder)
    }
    guard let isFolder else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "the dependency path '\(path)' points at nothing in the repository; fix the path or "
            + "commit what it names", file: reading.file, line: line))
      return []
    }
    guard isFolder else {
      return [FileTarget(from: from, path: target)]
    }
    if drafts.index(forKey: target) == nil {
      drafts[target] = Draft(id: target, ecosystems: [reading.ecosystem])
    }
    addEdge(from: from, to: target)
    return []
  }

  /// `ComposePath(resolving: path, in: base).repositoryPath`, without splitting and joining in
  /// the common case of an ASCII path made of leading `../` and a normal path below them, written
  /// in a normal ASCII folder `base` at least as deep as the path climbs.
  static func repositoryPath(of path: String, in base: String) -> String? {
    let bytes = path.utf8
    var rest = bytes[...]
    var climbs = 0
    while rest.starts(with: "../".utf8) {
      rest = rest.dropFirst(3)
      climbs += 1
    }
    let below = String(Substring(rest))
    guard !below.isEmpty, rest.first != UInt8(ascii: "~"), bytes.allSatisfy({ $0 < 0x80 }),
      base.isASCII, RelativePath.isNormal(below),
      RelativePath.isNormal(base)
    else {
      return ComposePath(resolving: path, in: base).repositoryPath
    }
    var end = base.utf8.endIndex
    for _ in 0..<climbs {
      guard end > base.utf8.startIndex else {
        return ComposePath(resolving: path, in: base).repositoryPath
      }
      end = base.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) ?? base.utf8.startIndex
    }
    return end == base.utf8.startIndex ? below : String(base[..<end]) + "/" + below
  }

  /// Records that `from` depends on `to`, unless they are the same project.
  private mutating func addEdge(from: String, to: String) {
    if from != to {
      drafts[from]?.dependsOn.insert(to)
    }
  }

  // MARK: - Result

  /// The projects found, sorted by id (``ProjectGraph`` then sets their kinds).
  func projects() -> [Project] {
    ByteOrder.sorted(Array(drafts.keys)).compactMap { id in
      guard let draft = drafts[id] else {
        return nil
      }
      var names: [Project.Ecosystem: String] = [:]
      for reading in draft.readings where names[reading.ecosystem] == nil {
        names[reading.ecosystem] = reading.name
      }
      return Project(
        id: id, manifests: draft.readings.map(\.file).sorted(),
        ecosystems: draft.ecosystems.sorted(),
        names: names, dependsOn: draft.dependsOn.sorted(),
        dependenciesKnown: draft.readings.allSatisfy(\.isReadable),
        workspaceMembers: draft.workspaceMembers.sorted())
    }
  }
}
