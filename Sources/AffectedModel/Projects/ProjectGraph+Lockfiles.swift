extension ProjectGraph {
  /// The projects a lockfile serves: the project that owns the lockfile (its workspace root, or
  /// the single project beside it), and that project's workspace members of the lockfile's
  /// ecosystem; sorted.
  public func projects(coveredBy lockfile: String) -> [String] {
    guard let root = owner(of: lockfile), let project = project(withID: root) else {
      return []
    }
    let ecosystem = LockfileResolution.format(ofFile: lockfile).map(Self.ecosystem)
    let members = project.workspaceMembers.filter { member in
      ecosystem.map { self.project(withID: member)?.ecosystems.contains($0) ?? false } ?? false
    }
    return ([root] + members).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The projects that `change`, a change to the lockfile at repository path `lockfile`,
  /// affects; sorted.
  ///
  /// Every project the lockfile covers, for ``LockfileChange/allMembers(reason:)``; else the
  /// project of each changed member: found by folder (the innermost project holding it), or for
  /// a member known only by name (`Cargo.lock`), the covered project (else any project) whose
  /// manifest declares that name. A member that matches no project is left out.
  public func projects(affectedBy change: LockfileChange, in lockfile: String) -> [String] {
    let covered = projects(coveredBy: lockfile)
    guard case .members(let members) = change else {
      return covered
    }
    let ecosystem = LockfileResolution.format(ofFile: lockfile).map(Self.ecosystem) ?? .declared
    var affected: Set<String> = []
    for member in members {
      if let path = member.path, let owner = owner(of: path) {
        affected.insert(owner)
      } else if let name = member.name {
        let wanted = ManifestText.normalisedName(name, ecosystem)
        let named = { (id: String) in
          self.project(withID: id)?.names[ecosystem].map {
            ManifestText.normalisedName($0, ecosystem)
          } == wanted
        }
        if let id = covered.first(where: named) ?? projects.map(\.id).first(where: named) {
          affected.insert(id)
        }
      }
    }
    return affected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The ecosystem whose projects a lockfile format serves.
  private static func ecosystem(_ format: LockfileResolution.Format) -> Project.Ecosystem {
    switch format {
    case .uv:
      .python
    case .pnpm, .npm:
      .javascript
    case .cargo:
      .rust
    case .goWorkSum:
      .go
    }
  }
}
