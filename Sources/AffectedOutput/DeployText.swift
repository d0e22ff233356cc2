import AffectedModel
import AffectedPlanner

/// The deploy plan as text for a person (`affected deploy`): a summary line, then a table of the
/// units to deploy (wave, unit, action, why) and the removed units.
public struct DeployText: Sendable {
  /// The plan to render.
  public var plan: DeployPlan
  /// How to decorate the text.
  public var style: TextStyle

  /// Creates a renderer; plain unless told otherwise.
  public init(plan: DeployPlan, style: TextStyle = .plain) {
    self.plan = plan
    self.style = style
  }

  /// The text, ending with a newline.
  public func text() -> String {
    let total = plan.impact.decisions.count
    let deploying = plan.impact.deploying.count
    let waves = plan.waves.count
    var lines = [
      "\(deploying) of \(total) units to deploy in \(waves) \(waves == 1 ? "wave" : "waves"); "
        + "\(total - deploying) untouched"
    ]
    let rows = plan.waves.enumerated().flatMap { index, ids in
      ids.compactMap { plan.impact.decision(forUnit: $0) }.map { (index, $0) }
    }
    if !rows.isEmpty {
      let width = max("UNIT".count, rows.map(\.1.id.count).max() ?? 0)
      lines += ["", style.apply(.heading, to: row("WAVE", "UNIT", "ACTION", "WHY", width: width))]
      for (wave, decision) in rows {
        let reasons = decision.reasons.isEmpty ? [""] : decision.reasons
        lines.append(
          row(String(wave), decision.id, decision.action.rawValue, reasons[0], width: width))
        lines += reasons.dropFirst().map { row("", "", "", $0, width: width) }
      }
    }
    if !plan.impact.removed.isEmpty {
      lines += ["", style.apply(.heading, to: "REMOVED")]
      lines += plan.impact.removed.map { "  " + style.apply(.removed, to: $0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One table row, its columns padded.
  private func row(
    _ wave: String, _ unit: String, _ action: String, _ why: String, width: Int
  ) -> String {
    let cells = [pad(wave, 4), pad(unit, width), pad(action, 7), why]
    var line = cells.joined(separator: "  ")
    while line.last == " " {
      line.removeLast()
    }
    return line
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
