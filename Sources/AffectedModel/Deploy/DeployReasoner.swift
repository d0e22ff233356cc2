/// Finds why one deploy unit must be rolled out or restarted, as `DeployImpact` explains.
struct DeployReasoner {
  /// The ids of the affected images.
  let affectedImages: Set<String>
  /// The images built here.
  let images: DeployImageIndex
  /// The paths that changed.
  let changedPaths: [String]
  /// The files that cannot be read at each revision.
  let unreadable: (base: Set<String>, head: Set<String>)

  /// The decision for `unit` (at head) given its state at the base (`nil` when it has none
  /// there); `hasBase` is false when there is no base revision at all.
  func decision(for unit: DeployUnit, base: DeployUnit?, hasBase: Bool) -> DeployDecision {
    let rollout = rolloutReasons(for: unit, base: base, hasBase: hasBase)
    let restart = base.map { restartReasons(for: unit, base: $0) } ?? []
    let action: DeployAction = !rollout.isEmpty ? .rollout : !restart.isEmpty ? .restart : .none
    return DeployDecision(unit: unit, action: action, reasons: rollout + restart)
  }

  private func rolloutReasons(for unit: DeployUnit, base: DeployUnit?, hasBase: Bool)
    -> [String]
  {
    var reasons: [String] = []
    for file in unit.definitionFiles.sorted() {
      if unreadable.head.contains(file) {
        reasons.append(
          "\(file) cannot be read at head; the unit is deployed in case it changed")
      } else if unreadable.base.contains(file) {
        reasons.append(
          "\(file) cannot be read at the base; the unit is deployed in case it changed")
      }
    }
    if !hasBase {
      reasons.append("there is no base to compare with")
    } else if base == nil {
      reasons.append("new: the base has no unit \(unit.id)")
    }
    if let built = unit.builtImage, affectedImages.contains(built) {
      reasons.append("the image it builds, \(built), is affected")
    }
    for reference in unit.images {
      for id in images.imageIDs(runBy: reference) where affectedImages.contains(id) {
        reasons.append("runs \(reference), built here as \(id), which is affected")
      }
    }
    if let base, base.images != unit.images {
      reasons.append("runs \(Self.list(unit.images)) instead of \(Self.list(base.images))")
    }
    return reasons
  }

  private func restartReasons(for unit: DeployUnit, base: DeployUnit) -> [String] {
    var reasons: [String] = []
    for part in unit.fingerprint.changes(since: base.fingerprint) {
      if part == DeployFingerprint.definitionKey {
        let paths = unit.fingerprint.changedDefinitionPaths(since: base.fingerprint)
        reasons.append(
          "its definition changed" + (paths.isEmpty ? "" : ": " + paths.joined(separator: ", ")))
      } else {
        reasons.append("\(part) changed")
      }
    }
    var reads = unit.reads
    reads += base.reads.filter { !reads.contains($0) }
    for read in reads {
      let touched = changedPaths.filter(read.covers)
      if !touched.isEmpty {
        reasons.append(
          "reads \(Self.list(touched, limit: 3)) (\(read.purpose)), which changed")
      }
    }
    return reasons
  }

  /// `items` joined with commas, at most `limit` of them then how many more; `nothing` when
  /// empty.
  private static func list(_ items: [String], limit: Int = .max) -> String {
    guard !items.isEmpty else {
      return "nothing"
    }
    let shown = items.prefix(limit).joined(separator: ", ")
    return items.count > limit ? "\(shown) and \(items.count - limit) more" : shown
  }
}
