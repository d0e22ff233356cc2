/// What deploying a unit takes, from nothing to a full rollout.
///
/// The cases are ordered: a unit with reasons for several actions takes the strongest.
public enum DeployAction: String, Hashable, Sendable, Comparable, CaseIterable {
  /// Nothing it runs or reads changed: leave it alone.
  case none
  /// Only its configuration changed (its block, what the block refers to, or a file it reads):
  /// recreate it with the same images.
  case restart
  /// An image it runs is affected, or it runs other images: pull and roll out.
  case rollout

  private var strength: Int {
    switch self {
    case .none: 0
    case .restart: 1
    case .rollout: 2
    }
  }

  /// Whether `lhs` is weaker than `rhs`.
  public static func < (lhs: DeployAction, rhs: DeployAction) -> Bool {
    lhs.strength < rhs.strength
  }
}
