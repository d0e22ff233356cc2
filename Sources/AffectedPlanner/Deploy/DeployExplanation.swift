import AffectedModel

/// Why a deploy unit deploys, or why not: its decision, and the chains that make the
/// in-repository images it runs affected.
public struct DeployExplanation: Sendable {
  /// The unit's action and reasons.
  public var decision: DeployDecision
  /// The wave it deploys in, or `nil` when it does not deploy.
  public var wave: Int?
  /// The affected images built here that it runs, explained.
  public var images: [ImageExplanation]

  /// Creates an explanation.
  public init(decision: DeployDecision, wave: Int?, images: [ImageExplanation]) {
    self.decision = decision
    self.wave = wave
    self.images = images
  }
}

extension DeployPlan {
  /// The explanations of `units`, whose images `analysis` affects (the analysis this plan was
  /// made from).
  public func explanations(of units: [DeployUnit], analysis: ImpactAnalysis)
    -> [DeployExplanation]
  {
    let index = DeployImageIndex(catalog: analysis.catalog)
    return units.compactMap { unit in
      guard let decision = impact.decision(forUnit: unit.id) else { return nil }
      let built = [unit.builtImage].compactMap { $0 }
      let run = Set(unit.images.flatMap(index.imageIDs(runBy:)) + built)
      let images = analysis.catalog.images.filter {
        run.contains($0.id) && analysis.isAffected($0.id)
      }
      return DeployExplanation(
        decision: decision, wave: wave(of: unit.id), images: analysis.explanations(of: images))
    }
  }
}
