import AffectedModel

/// Which projects and libraries a comparison affects, and why (see `Docs/projects.md`).
///
/// A project is affected when a file it owns changed (not counting `affected.yml` `ignore` and the
/// project's own `ignore`), when a changed lockfile changed what it resolves for it, when its
/// settings in `affected.yml` changed, when a project it depends on is affected (transitively),
/// or, its dependencies being unknown, when any other project is. A `global` match affects every
/// project. Project edges never make an image affected.
public struct ProjectAnalysis: Sendable {
  /// The projects at head.
  public var graph: ProjectGraph
  /// Why each affected project is affected, by id; unaffected projects are absent.
  public var reasons: [String: [String]]
  /// Warnings about manifests and lockfiles.
  public var diagnostics: [Diagnostic]
  /// Each project's tags from `affected.yml`, by id.
  public var tags: [String: [String]]

  /// Analyses the projects of `head` against `base` (`nil` without a base), given the change
  /// `rules`, the head's `configuration` and the base's (`nil` when unreadable).
  init(
    head: some FileSource, base: (some FileSource)?, rules: ChangeRules,
    configuration: Configuration, baseConfiguration: Configuration?
  ) {
    let declared = configuration.projects.values.sorted { $0.path < $1.path }
    graph = ProjectGraph(
      discoveringIn: head,
      extra: declared.map { ProjectDeclaration(path: $0.path, dependsOn: $0.dependsOn) },
      excluded: configuration.exclude)
    tags = Dictionary(uniqueKeysWithValues: declared.map { ($0.path, $0.tags) })
    var diagnostics = graph.diagnostics
    var direct: [String: [String]] = [:]
    if let reason = rules.everythingReason {
      for project in graph.projects {
        direct[project.id] = [reason]
      }
    } else {
      var owned: [String: [String]] = [:]
      for path in rules.paths {
        if LockfileResolution.format(ofFile: path) != nil {
          let change = Self.lockfileChange(at: path, head: head, base: base)
          diagnostics += change.diagnostics
          for id in graph.projects(affectedBy: change.change, in: path) {
            direct[id, default: []].append(change.reason)
          }
        } else if let owner = graph.owner(of: path),
          configuration.projects[owner]?.ignore.matches(path) != true
        {
          owned[owner, default: []].append(path)
        }
      }
      for (id, paths) in owned {
        direct[id, default: []].append("\(ImpactAnalysis.listing(paths)) changed")
      }
      for project in graph.projects where base != nil {
        if let baseConfiguration,
          baseConfiguration.projects[project.id] != configuration.projects[project.id]
        {
          direct[project.id, default: []].append("its settings in affected.yml changed")
        }
      }
    }
    var reasons = direct
    let affected = graph.withTransitiveDependants(of: direct.keys)
    for id in affected {
      for dependency in graph.project(withID: id)?.dependsOn ?? []
      where affected.contains(dependency) {
        reasons[id, default: []].append("it depends on \(dependency), which is affected")
      }
    }
    if !affected.isEmpty {
      for project in graph.projects where !project.dependenciesKnown && reasons[project.id] == nil {
        reasons[project.id] = [
          "a manifest of it cannot be read, so it may depend on an affected project"
        ]
      }
    }
    self.reasons = reasons
    self.diagnostics = diagnostics
  }

  /// Whether project `id` is affected.
  public func isAffected(_ id: String) -> Bool {
    reasons[id] != nil
  }

  /// What a change to the lockfile at `path` changed, and how to say so.
  private static func lockfileChange(
    at path: String, head: some FileSource, base: (some FileSource)?
  ) -> (change: LockfileChange, reason: String, diagnostics: [Diagnostic]) {
    let now = (try? head.text(of: path)).flatMap { LockfileResolution(file: path, text: $0) }
    let before = base.flatMap { try? $0.text(of: path) }.flatMap {
      LockfileResolution(file: path, text: $0)
    }
    let change = LockfileChange(from: before, to: now)
    let reason: String
    switch change {
    case .members:
      reason = "\(path) changed the packages it resolves for it"
    case .allMembers(let why):
      reason = "\(path) changed and cannot tell its members apart (\(why))"
    }
    return (change, reason, now?.diagnostics ?? [])
  }
}
