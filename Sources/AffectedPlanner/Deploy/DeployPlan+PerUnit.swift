import AffectedGit
import AffectedModel

extension DeployPlan {
  /// Compares each unit with its own last-deployed tag, `pattern` with the unit's name.
  ///
  /// Units are grouped by tag, and each group is compared once: `analyse` receives `options`
  /// with the tag as base and returns the analysis of that comparison. A unit whose tag does not
  /// exist is rolled out, with that reason.
  ///
  /// - Parameters:
  ///   - pattern: the tag of each unit, such as `deployed/prod/{unit}`.
  ///   - options: the head and how to compare; its `base` is replaced by each tag.
  ///   - repository: where the revisions are read.
  ///   - composeFiles: the compose files of the one environment to deploy (`--compose`).
  ///   - kubernetesPaths: as for ``init(analysis:in:kubernetesPaths:)``.
  ///   - analyse: the comparison and image analysis for a set of options.
  /// - Throws: `GitError` when a revision cannot be read, `ConfigurationError` for an invalid
  ///   `affected.yml` at head, ``DependencyCycle`` when deploying units depend on each other,
  ///   and what `analyse` throws.
  public init(
    perUnitBase pattern: UnitTagPattern, options: ComparisonOptions, in repository: Repository,
    composeFiles: [String]? = nil, kubernetesPaths: [String] = [],
    analyse: (ComparisonOptions) throws -> ImpactAnalysis
  ) throws {
    let headCommit = try repository.commit(options.uncommitted ? "HEAD" : options.head)
    let head = try DeployHead(
      source: try Comparison.source(
        of: headCommit, workingTree: options.uncommitted, in: repository),
      composeFiles: composeFiles, kubernetesPaths: kubernetesPaths)
    let tags = Set(head.catalog.units.map { pattern.tag(forUnitNamed: $0.name) })
    var decisions: [DeployDecision] = []
    var removed: Set<String> = []
    var unitBases: [String: ObjectID] = [:]
    for tag in tags.sorted() {
      guard try Self.tagExists(tag, in: repository) else {
        decisions += head.catalog.units
          .filter { pattern.tag(forUnitNamed: $0.name) == tag }
          .map { unit in
            DeployDecision(
              unit: unit, action: .rollout,
              reasons: [
                "no tag \(tag) was found: it was never marked deployed (affected mark-deployed), "
                  + "or the clone lacks tags (fetch them: fetch-tags: true)"
              ])
          }
        continue
      }
      var tagged = options
      tagged.base = tag
      let analysis = try analyse(tagged)
      let impact = try head.impact(of: analysis, in: repository)
      let group = impact.decisions.filter { pattern.tag(forUnitNamed: $0.unit.name) == tag }
      decisions += group
      removed.formUnion(impact.removed)
      if let start = analysis.comparison.start {
        for decision in group {
          unitBases[decision.id] = start
        }
      }
    }
    try self.init(
      head: headCommit.id, base: pattern.pattern, unitBases: unitBases,
      impact: DeployImpact(
        decisions: decisions, removed: Array(removed), diagnostics: head.catalog.diagnostics))
  }

  /// Whether the tag `name` exists.
  private static func tagExists(_ name: String, in repository: Repository) throws(GitError)
    -> Bool
  {
    do {
      _ = try repository.commit("refs/tags/\(name)")
      return true
    } catch {
      guard error.code == .notFound else { throw error }
      return false
    }
  }
}
