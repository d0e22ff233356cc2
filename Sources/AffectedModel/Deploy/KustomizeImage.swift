/// One entry of a kustomization's `images`: containers running `name` (any tag or digest) run
/// `newName`, `newTag` or `digest` instead.
struct KustomizeImage: Hashable, Sendable {
  /// The image name to match, without tag or digest.
  var name: String
  /// The name to use instead.
  var newName: String?
  /// The tag to use instead.
  var newTag: String?
  /// The digest to use instead (it wins over a tag).
  var digest: String?

  /// Reads an entry; `nil` when it has no `name`.
  init?(_ entry: ComposeValue) {
    guard let name = entry["name"]?.string, !name.isEmpty else {
      return nil
    }
    self.name = name
    newName = entry["newName"]?.string
    newTag = entry["newTag"]?.string
    digest = entry["digest"]?.string
  }

  /// `reference` with this override applied; `nil` when its name is not `name`.
  func apply(to reference: String) -> String? {
    let (referenceName, suffix) = Self.split(reference)
    guard referenceName == name else {
      return nil
    }
    let result = newName ?? referenceName
    if let digest {
      return "\(result)@\(digest)"
    }
    if let newTag {
      return "\(result):\(newTag)"
    }
    return result + suffix
  }

  /// `reference` split into its name and its `:tag` and `@digest` suffix.
  private static func split(_ reference: String) -> (name: String, suffix: String) {
    var end = reference.firstIndex(of: "@") ?? reference.endIndex
    let lastSlash = reference[..<end].lastIndex(of: "/") ?? reference.startIndex
    if let colon = reference[lastSlash..<end].lastIndex(of: ":") {
      end = colon
    }
    return (String(reference[..<end]), String(reference[end...]))
  }
}
