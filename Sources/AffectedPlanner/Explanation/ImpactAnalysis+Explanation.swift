import AffectedModel

extension ImpactAnalysis {
  /// Why each of `images` is affected, or why not: the changed paths that reach it (with the
  /// build steps they invalidate), those considered and dropped, and the chains through the
  /// affected images it builds on.
  public func explanations(of images: [Image]) -> [ImageExplanation] {
    images.map { image in
      let (findings, unrelated) = findings(for: image.id)
      var seen: Set<String> = []
      let uncertain =
        (image.uncertainReasons + (definitions[image.id]?.uncertainReasons ?? []))
        .filter { seen.insert($0).inserted }
      return ImageExplanation(
        id: image.id, affected: isAffected(image.id), reasons: reasons[image.id] ?? [],
        uncertain: uncertain, findings: findings, chains: chains(to: image.id),
        unrelatedPaths: unrelated)
    }
  }

  /// What a change to `path` reaches at head: the images it bears on directly (from their
  /// definitions at head, or at the base for images that had one), then every image that builds
  /// on one it reaches, transitively, each with the images between.
  public func reach(of path: String) -> FileReach {
    var direct: [FileReach.Direct] = []
    for image in catalog.images {
      guard let definition = definitions[image.id] else {
        continue
      }
      let found = PathFinding.strongest(
        PathFinding.potential(of: path, in: definition),
        baseDefinitions[image.id].flatMap { PathFinding.potential(of: path, in: $0) })
      if let found {
        direct.append(
          FileReach.Direct(id: image.id, finding: found, affected: isAffected(image.id)))
      }
    }
    let starts = direct.filter(\.finding.reaches).map(\.id)
    var via: [String: [String]] = [:]
    var queue = starts
    var seen = Set(starts)
    while !queue.isEmpty {
      let id = queue.removeFirst()
      for dependant in dependants(of: id) where seen.insert(dependant).inserted {
        via[dependant] = (via[id] ?? []) + [id]
        queue.append(dependant)
      }
    }
    let linked = via.keys.sorted().map { id in
      FileReach.Linked(id: id, via: via[id] ?? [], affected: isAffected(id))
    }
    return FileReach(
      path: path, changed: comparison.changes.paths.contains(path), direct: direct,
      linked: linked)
  }

  /// The changed paths that bear on image `id` directly, judged against the comparison, and how
  /// many bear on it not at all.
  func findings(for id: String) -> (findings: [PathFinding], unrelated: Int) {
    guard let definition = definitions[id] else {
      return ([], comparison.changes.paths.count)
    }
    let old = baseDefinitions[id]
    let definitionChanged = old.map { $0.fingerprint != definition.fingerprint } ?? true
    let changedContent = Set(contentChanges[id] ?? [])
    var findings: [PathFinding] = []
    var unrelated = 0
    for path in comparison.changes.paths {
      guard
        var found = PathFinding.strongest(
          PathFinding.potential(of: path, in: definition),
          old.flatMap { PathFinding.potential(of: path, in: $0) })
      else {
        if changedContent.contains(path) {
          findings.append(
            PathFinding(path: path, verdict: .content, project: projectLabel(of: path)))
        } else {
          unrelated += 1
        }
        continue
      }
      switch found.verdict {
      case .definition where !definitionChanged:
        found.verdict = .sameDefinition
      case .ignoreRules where old != nil && changedContent.isEmpty:
        found.verdict = definitionChanged ? .definition : .sameContent
      case .content where old != nil && !changedContent.contains(path):
        found.verdict = .sameContent
      case .ignored, .notRead:
        if changedContent.contains(path) {
          found.verdict = .content
        }
      default:
        break
      }
      if found.reaches {
        found.project = projectLabel(of: path)
      }
      findings.append(found)
    }
    return (findings, unrelated)
  }

  /// `library <id>` or `project <id>` for the project that owns `path`, if any.
  func projectLabel(of path: String) -> String? {
    guard let id = projects.graph.owner(of: path),
      let project = projects.graph.project(withID: id)
    else {
      return nil
    }
    return "\(project.kind.rawValue) \(id)"
  }

  /// The chains through which changes reach image `id` via the affected images it builds on.
  func chains(to id: String) -> [BaseChain] {
    var chains: [BaseChain] = []
    let affectedBases = dependencies(of: id).filter(isAffected)
    for base in affectedBases {
      let link = definitions[id]?.links.first { $0.target == base }
      let own = directReasons(of: base)
      if !own.isEmpty {
        let paths = findings(for: base).findings.filter(\.reaches).map(\.path)
        chains.append(BaseChain(images: [base], paths: paths, reasons: own, link: link))
      }
      for inner in self.chains(to: base) {
        chains.append(
          BaseChain(
            images: inner.images + [base], paths: inner.paths, reasons: inner.reasons,
            link: link))
      }
    }
    return chains
  }

  /// The reasons image `id` is affected by its own inputs: its reasons without the one added
  /// for each affected image it builds on (those come last).
  func directReasons(of id: String) -> [String] {
    let inherited = dependencies(of: id).filter(isAffected).count
    return Array((reasons[id] ?? []).dropLast(inherited))
  }
}
