/// A name given on the command line that is neither a deploy unit's id nor a short name.
public struct UnknownUnitName: Error, CustomStringConvertible, Sendable {
  /// The name given.
  public var name: String
  /// The ids that exist, to suggest from.
  public var known: [String]

  /// Creates the error for `name`, suggesting from `known`.
  public init(name: String, known: [String]) {
    self.name = name
    self.known = known
  }

  public var description: String {
    let suggestions = known.filter { $0.localizedLowercase.contains(name.localizedLowercase) }
      .prefix(5)
    let hint =
      suggestions.isEmpty
      ? "run 'affected deploy' to list them, and check --compose and --k8s"
      : "did you mean \(suggestions.joined(separator: ", "))?"
    return "no deploy unit is named '\(name)' (neither an id nor a short name); \(hint)"
  }
}
