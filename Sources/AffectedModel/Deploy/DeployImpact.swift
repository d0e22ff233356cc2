/// Which deploy units a comparison of two revisions must roll out or restart, and why.
///
/// A unit must be **rolled out** when it is new, when a file that declares it cannot be read at
/// either revision, when an image it runs is affected (the image its compose service builds, or
/// an in-repository image its references match, see `DeployImageIndex`), or when it runs other
/// image references than at the base. It must be **restarted** when only its configuration
/// changed: a part of its fingerprint differs, or a changed path lies in a file or folder it
/// reads. Units without such a reason are left alone (`none`).
public struct DeployImpact: Hashable, Sendable {
  /// A decision for every unit at head, and for the units of unreadable files taken from the
  /// base, sorted by unit id.
  public private(set) var decisions: [DeployDecision]
  /// The units present at the base and gone at head, sorted.
  public var removed: [String]
  /// Warnings about the files read at head.
  public var diagnostics: [Diagnostic]
  /// The position of each unit's decision in `decisions`, by unit id.
  private var positions: [String: Int]

  /// Compares `head` with `base`; without a base, every unit is rolled out.
  ///
  /// - Parameters:
  ///   - base: the units at the base revision, `nil` when there is none.
  ///   - head: the units at head.
  ///   - affectedImages: the ids of the images the comparison affects.
  ///   - images: the images built here, to trace the references units run.
  ///   - changedPaths: the repository paths that differ between the two revisions.
  public init(
    base: DeployCatalog?, head: DeployCatalog, affectedImages: Set<String>,
    images: DeployImageIndex, changedPaths: some Sequence<String>
  ) {
    let paths = Array(changedPaths)
    let unreadable = (
      base: Set(base?.unreadableFiles ?? []), head: Set(head.unreadableFiles)
    )
    var units = head.units
    let known = Set(units.map(\.id))
    var removed: [String] = []
    for unit in base?.units ?? [] where !known.contains(unit.id) {
      if unit.definitionFiles.contains(where: unreadable.head.contains) {
        units.append(unit)
      } else {
        removed.append(unit.id)
      }
    }
    let reasoner = DeployReasoner(
      affectedImages: affectedImages, images: images, changedPaths: paths,
      unreadable: unreadable)
    let baseUnits = Dictionary(
      (base?.units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.init(
      decisions: units.map { unit in
        reasoner.decision(for: unit, base: baseUnits[unit.id], hasBase: base != nil)
      },
      removed: removed, diagnostics: head.diagnostics)
  }

  /// Gathers decisions made elsewhere, such as those of units compared with different bases.
  ///
  /// `decisions` (one per unit id) and `removed` are sorted by id.
  public init(decisions: [DeployDecision], removed: [String], diagnostics: [Diagnostic]) {
    self.decisions = decisions.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    positions = Dictionary(
      self.decisions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.removed = removed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    self.diagnostics = diagnostics
  }

  /// The decision for the unit with id `id`.
  public func decision(forUnit id: String) -> DeployDecision? {
    positions[id].map { decisions[$0] }
  }

  /// The decisions whose action is not `none`.
  public var deploying: [DeployDecision] {
    decisions.filter { $0.action != .none }
  }

  /// The deploying units that the unit `id` must come after, sorted.
  ///
  /// Those are the units it depends on and, through units that do not deploy, the units those
  /// depend on: `nginx → backend → db` still puts `db` before `nginx` when only those two
  /// deploy.
  public func deployingDependencies(of id: String) -> [String] {
    var found: Set<String> = []
    var seen: Set<String> = [id]
    var stack = decision(forUnit: id)?.unit.dependsOn ?? []
    while let next = stack.popLast() {
      guard seen.insert(next).inserted, let dependency = decision(forUnit: next) else {
        continue
      }
      if dependency.action == .none {
        stack += dependency.unit.dependsOn
      } else {
        found.insert(next)
      }
    }
    return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
