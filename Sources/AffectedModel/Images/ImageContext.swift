/// Where a build context (the main one, or a named `additional_contexts` entry) comes from.
public enum ImageContext: Hashable, Sendable, CustomStringConvertible {
  /// A folder of the repository, repository-relative (`""` is the root).
  case folder(String)
  /// A host folder outside the repository (absolute, home-relative, or climbing above the root),
  /// as resolved; nothing inside it can be compared, so the image is always affected.
  case outside(String)
  /// A Git or HTTP(S) URL: the context is fetched, and reads nothing from the repository.
  case remote(String)
  /// An image (`docker-image://ref`), for named contexts.
  case image(String)
  /// The image another service of the same compose environment builds (`service:NAME`, or
  /// bake's `target:NAME`), for named contexts.
  case service(String)

  /// The context of a compose build.
  init(_ context: ComposeBuild.Context) {
    switch context {
    case .local(.repository(let path)):
      self = .folder(path)
    case .local(let path):
      self = .outside(path.description)
    case .remote(let url) where url.hasPrefix("docker-image://"):
      self = .image(String(url.dropFirst("docker-image://".count)))
    case .remote(let url):
      self = .remote(url)
    case .service(let name):
      self = .service(name)
    }
  }

  /// The repository folder, for a folder of the repository.
  public var folder: String? {
    if case .folder(let path) = self {
      return path
    }
    return nil
  }

  /// The context as text: a repository path (`.` for the root), a URL, or `service:NAME`.
  public var description: String {
    switch self {
    case .folder(let path):
      return path.isEmpty ? "." : path
    case .outside(let path), .remote(let path):
      return path
    case .image(let reference):
      return "docker-image://" + reference
    case .service(let name):
      return "service:" + name
    }
  }
}
