import AffectedPlanner

/// The plan as text for a person (`affected plan`): the images to build by wave with their
/// reasons, the images to reuse, the removed images, and how many were skipped.
///
/// Plain text, without colour.
public struct PlanText: Sendable {
  /// The plan to render.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// The text, ending with a newline.
  public func text() -> String {
    let affected = plan.affectedImages
    let skipped = plan.images.count - affected.count
    var lines = [
      "\(affected.count) of \(plan.images.count) images to build in \(plan.waveCount) "
        + "\(plan.waveCount == 1 ? "wave" : "waves"); \(skipped) skipped; "
        + "\(plan.changedPaths) changed \(plan.changedPaths == 1 ? "path" : "paths")"
    ]
    for (index, wave) in plan.waves.enumerated() {
      lines.append("")
      lines.append("wave \(index):")
      for image in wave {
        let needs = image.needs.isEmpty ? "" : "  (after \(image.needs.joined(separator: ", ")))"
        lines.append("  \(image.id)\(needs)")
        lines += image.reasons.map { "    - \($0)" }
        lines += image.uncertain.map { "    ? uncertain: \($0)" }
      }
    }
    if !plan.reused.isEmpty {
      lines += ["", "reused (pull, do not rebuild):"] + plan.reused.map { "  \($0)" }
    }
    if !plan.removed.isEmpty {
      lines += ["", "removed:"] + plan.removed.map { "  \($0)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
