import AffectedModel
import AffectedPlanner

/// `affected explain UNIT` as text: per unit, its action and wave, why, and for each affected
/// image it runs, the chain from the changed files (as ``ExplanationText`` shows images).
public struct DeployExplanationText: Sendable {
  /// The units explained.
  public var units: [DeployExplanation]

  /// Creates a renderer.
  public init(units: [DeployExplanation]) {
    self.units = units
  }

  /// The text, ending with a newline.
  public func text() -> String {
    units.map(Self.block(of:)).joined(separator: "\n\n") + "\n"
  }

  /// The block of one unit.
  private static func block(of unit: DeployExplanation) -> String {
    let decision = unit.decision
    var head = "\(decision.id): \(decision.action.rawValue)"
    if let wave = unit.wave {
      head += " (wave \(wave))"
    }
    var lines = [head]
    lines += decision.reasons.map { "  - \($0)" }
    if decision.reasons.isEmpty {
      lines.append("  nothing it runs or reads changed")
    }
    var text = lines.joined(separator: "\n")
    if !unit.images.isEmpty {
      let images = ExplanationText(images: unit.images).text().dropLast()
      text +=
        "\n"
        + images.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    \($0)" }.joined(separator: "\n")
    }
    return text
  }
}
