/// A name given on the command line that is neither the id nor a short name of an image (or of
/// a deploy unit).
public struct UnknownName: Error, CustomStringConvertible, Sendable {
  /// What the name was to designate.
  public enum Kind: Sendable {
    /// An image.
    case image
    /// A deploy unit.
    case deployUnit
  }

  /// What the name was to designate.
  public var kind: Kind
  /// The name given.
  public var name: String
  /// The ids that exist, to suggest from.
  public var known: [String]

  /// Creates the error for `name`, suggesting from `known`.
  public init(_ kind: Kind, name: String, known: [String]) {
    self.kind = kind
    self.name = name
    self.known = known
  }

  public var description: String {
    let suggestions = known.filter { $0.localizedLowercase.contains(name.localizedLowercase) }
      .prefix(5)
    let (noun, listing) =
      switch kind {
      case .image: ("image", "run 'affected images' to list them")
      case .deployUnit:
        ("deploy unit", "run 'affected deploy' to list them, and check --compose and --k8s")
      }
    let hint =
      suggestions.isEmpty ? listing : "did you mean \(suggestions.joined(separator: ", "))?"
    return "no \(noun) is named '\(name)' (neither an id nor a short name); \(hint)"
  }
}
