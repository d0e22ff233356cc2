/// A dependency of one image on another that the repository also builds.
public struct ImageLink: Hashable, Sendable {
  /// How the image uses the other one.
  public enum Kind: String, Hashable, Sendable {
    /// A reached stage starts `FROM` the other image.
    case base
    /// `COPY --from` reads from the other image.
    case copy
    /// `RUN --mount=…,from=` mounts the other image.
    case mount
    /// A named build context is the other image (`service:`, `target:`, `docker-image://`).
    case namedContext
    /// A skaffold artifact `requires` the other one.
    case requires
  }

  /// How the image uses the other one.
  public var kind: Kind
  /// The id of the image used.
  public var target: String
  /// The reference as the Dockerfile or spec writes it.
  public var reference: String
  /// The Dockerfile line of the instruction, when the link comes from one.
  public var line: Int?

  /// Creates a link.
  public init(kind: Kind, target: String, reference: String, line: Int? = nil) {
    self.kind = kind
    self.target = target
    self.reference = reference
    self.line = line
  }
}
