import AffectedGit
import AffectedModel

/// Which deploy units a change must roll out or restart, in which waves: what `affected deploy`
/// shows and `affected gate --deploy` answers.
///
/// The units are found at head (and at the start of each comparison) in the environments chosen
/// by ``DeploySelection``, with `deployDependsOn` from the head's `affected.yml`; each is
/// compared with the images an ``ImpactAnalysis`` found affected (see `Docs/deploy.md`).
public struct DeployPlan: Hashable, Sendable {
  /// The head commit; with the working tree, `HEAD`.
  public var head: ObjectID
  /// What the units were compared with, for people: the base commit, the per-unit tag pattern,
  /// or `nil` when there was no base.
  public var base: String?
  /// The commit each unit was compared from, by unit id; absent for a unit compared with no
  /// base (none at all, or its tag is missing).
  public var unitBases: [String: ObjectID]
  /// A decision for every unit.
  public var impact: DeployImpact
  /// The ids of the units that deploy, in waves: dependencies first, each wave sorted.
  public var waves: [[String]]

  /// Compares the units of `analysis`'s two sides.
  ///
  /// - Parameters:
  ///   - analysis: the images the comparison affects.
  ///   - repository: where the comparison's sides are read.
  ///   - kubernetesPaths: the Kubernetes paths to deploy (`--k8s`); with neither these nor the
  ///     analysis's compose files (`--compose`), the head's `affected.yml` environments, else
  ///     everything found (see ``DeploySelection``).
  /// - Throws: `GitError` when a side cannot be read, `ConfigurationError` for an invalid
  ///   `affected.yml` at head, ``DependencyCycle`` when deploying units depend on each other.
  public init(
    analysis: ImpactAnalysis, in repository: Repository, kubernetesPaths: [String] = []
  ) throws {
    let comparison = analysis.comparison
    let head = try DeployHead(
      source: try comparison.headSource(in: repository),
      composeFiles: analysis.options.composeFiles,
      kubernetesPaths: kubernetesPaths)
    let impact = try head.impact(of: analysis, in: repository)
    try self.init(
      head: comparison.head.id, base: comparison.base?.commit.id.description,
      unitBases: comparison.start.map { start in
        Dictionary(impact.decisions.map { ($0.id, start) }, uniquingKeysWith: { first, _ in first })
      } ?? [:],
      impact: impact)
  }

  /// Creates a plan of `impact`, ordering its deploying units in waves.
  ///
  /// - Throws: ``DependencyCycle`` when deploying units depend on each other in a circle.
  init(head: ObjectID, base: String?, unitBases: [String: ObjectID], impact: DeployImpact) throws {
    self.head = head
    self.base = base
    self.unitBases = unitBases
    self.impact = impact
    waves = try impact.waves()
  }

  /// The wave unit `id` deploys in, or `nil` when it does not deploy.
  public func wave(of id: String) -> Int? {
    waves.firstIndex { $0.contains(id) }
  }

  /// Every unit of the plan, to look units up by name.
  public var catalog: DeployCatalog {
    DeployCatalog(units: impact.decisions.map(\.unit))
  }
}
