/// A Dockerfile word after BuildKit's variable expansion and quote removal.
public struct ExpandedWord: Hashable, Sendable {
  /// The expanded text.
  public var value: String
  /// The expanded text split into words at white space outside quotes (what BuildKit's
  /// `ProcessWords` returns).
  public var words: [String]
  /// The variables the word referenced that had a value, sorted.
  public var resolvedVariables: [String]
  /// The variables the word referenced that had no value, sorted.
  ///
  /// They expanded to nothing (or to a `${VAR-default}` default), so the value may differ once
  /// they are set.
  public var unresolvedVariables: [String]

  /// Creates an expanded word.
  public init(
    value: String, words: [String], resolvedVariables: [String] = [],
    unresolvedVariables: [String] = []
  ) {
    self.value = value
    self.words = words
    self.resolvedVariables = resolvedVariables
    self.unresolvedVariables = unresolvedVariables
  }
}
