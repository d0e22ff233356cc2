/// The images this repository builds, by the repository path of their names, so that the image
/// reference a deploy unit runs (`${REGISTRY}/backend:${VERSION}`) can be traced to the image
/// built here (`backend`).
///
/// A reference and a name are compared by repository path: without registry host, tag, digest,
/// a leading variable (`${REGISTRY}/`) or Docker Hub's `library/`. When no name has the
/// reference's path, the last path component is used instead (`shop/api` finds the image named
/// `api` or `services/api`), but only when a single path ends with it.
public struct DeployImageIndex: Hashable, Sendable {
  /// The ids of the images, by the repository path of their names.
  private var byPath: [String: [String]] = [:]
  /// The repository paths, by their last component.
  private var byLastComponent: [String: Set<String>] = [:]

  /// Indexes `images` by their `name` and `publishedName`.
  public init(images: [Image]) {
    for image in images {
      let names = Set([image.name] + (image.publishedName.map { [$0] } ?? []))
      for path in Set(names.compactMap(Self.repositoryPath)) {
        byPath[path, default: []].append(image.id)
        byLastComponent[ComposePath.lastComponent(of: path), default: []].insert(path)
      }
    }
  }

  /// Indexes the images of `catalog`.
  public init(catalog: ImageCatalog) {
    self.init(images: catalog.images)
  }

  /// The ids of the images built here that `reference` runs, sorted; empty when it names an
  /// image built elsewhere, or when its last path component fits several names.
  public func imageIDs(runBy reference: String) -> [String] {
    guard let path = Self.repositoryPath(of: reference) else {
      return []
    }
    if let ids = byPath[path] {
      return ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
    guard let candidates = byLastComponent[ComposePath.lastComponent(of: path)],
      candidates.count == 1, let only = candidates.first
    else {
      return []
    }
    return (byPath[only] ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The repository path of an image name or reference: `${REGISTRY}/shop/api:1.2@sha256:…`,
  /// `ghcr.io/shop/api` and `shop/api` are all `shop/api`; `nil` when nothing is left.
  static func repositoryPath(of reference: String) -> String? {
    var name = Substring(reference)
    while name.first == "$" {
      name = droppingVariable(name)
      if name.first == "/" {
        name = name.dropFirst()
      }
    }
    if let at = name.firstIndex(of: "@") {
      name = name[..<at]
    }
    let lastSlash = name.lastIndex(of: "/") ?? name.startIndex
    if let colon = name[lastSlash...].lastIndex(of: ":") {
      name = name[..<colon]
    }
    var parts = name.split(separator: "/", omittingEmptySubsequences: true)
    if parts.count > 1, let first = parts.first,
      first.contains(".") || first.contains(":") || first == "localhost"
    {
      parts.removeFirst()
    }
    if parts.count > 1, parts.first == "library" {
      parts.removeFirst()
    }
    let path = parts.joined(separator: "/")
    return path.isEmpty || path == "." ? nil : path
  }

  /// `text` (starting with `$`) without its first variable: `${…}` with nested braces, or
  /// `$NAME`.
  private static func droppingVariable(_ text: Substring) -> Substring {
    var rest = text.dropFirst()
    guard rest.first == "{" else {
      return rest.drop { $0.isLetter || $0.isNumber || $0 == "_" }
    }
    var depth = 0
    while let character = rest.first {
      rest = rest.dropFirst()
      if character == "{" {
        depth += 1
      } else if character == "}" {
        depth -= 1
        if depth == 0 {
          break
        }
      }
    }
    return rest
  }
}
