/// One image the repository builds from a Dockerfile: a compose service with `build`, a skaffold
/// artifact built with Docker or kaniko, or a Dockerfile that nothing else builds.
public struct Image: Hashable, Sendable, Identifiable {
  /// What declares the image.
  public enum Kind: String, Hashable, Sendable {
    /// A service with `build` in a compose environment.
    case compose
    /// An artifact of a skaffold file.
    case skaffold
    /// A Dockerfile no compose environment or skaffold artifact builds.
    case dockerfile
  }

  /// A named extra build context (`additional_contexts`).
  public struct NamedContext: Hashable, Sendable {
    /// The name the Dockerfile uses (`FROM name`, `COPY --from=name`, `--mount=from=name`).
    public var name: String
    /// Where it comes from.
    public var context: ImageContext

    /// Creates a named context.
    public init(name: String, context: ImageContext) {
      self.name = name
      self.context = context
    }
  }

  /// The stable id: `<base compose file>:<service>`, `skaffold:<image>` (with `#<file>` when
  /// two skaffold files name the image), or `dockerfile:<path>`.
  public var id: String
  /// What declares the image.
  public var kind: Kind
  /// The file that declares it: the compose file defining the service, the skaffold file, or
  /// the Dockerfile itself.
  public var sourceFile: String
  /// The compose environment (its first file) or skaffold file it belongs to; `nil` for a
  /// stand-alone Dockerfile.
  public var environment: String?
  /// The build context.
  public var context: ImageContext
  /// The Dockerfile, repository-relative; `nil` for an inline Dockerfile, a remote context, or
  /// a Dockerfile outside the repository.
  public var dockerfile: String?
  /// The Dockerfile given inline (compose `dockerfile_inline`).
  public var inlineDockerfile: String?
  /// The stage to build; `nil` for the last stage.
  public var target: String?
  /// The image name: compose `image:` or `<project>-<service>`, the skaffold `image`, or a
  /// stand-alone Dockerfile's folder (`.` for the root).
  public var name: String
  /// The name other Dockerfiles can pull the image by (compose `image:`, skaffold `image`);
  /// `nil` when the name is only a display name.
  public var publishedName: String?
  /// Whether references match the published name with any tag (skaffold tags images itself).
  public var matchesAnyTag: Bool
  /// The compose profiles that enable the service (shown, never used to drop the image).
  public var profiles: [String]
  /// Build arguments with a value.
  public var buildArguments: [String: String]
  /// Extra named build contexts.
  public var namedContexts: [NamedContext]
  /// Images a skaffold artifact `requires`, by image name.
  public var requiredImages: [String]
  /// The names a command accepts for the image besides its id.
  public var shortNames: [String]
  /// The files that define the build spec: compose files (and the `.env` files they
  /// interpolate) or the skaffold file.
  public var specFiles: [String]
  /// Why the files the image reads cannot be told exactly, found while discovering it.
  public var uncertainReasons: [String]
  /// Problems found in its spec files while discovering the image (also in the catalog's
  /// diagnostics).
  public var diagnostics: [Diagnostic]

  /// Creates an image.
  public init(
    id: String, kind: Kind, sourceFile: String, environment: String? = nil,
    context: ImageContext, dockerfile: String?, inlineDockerfile: String? = nil,
    target: String? = nil, name: String, publishedName: String? = nil,
    matchesAnyTag: Bool = false, profiles: [String] = [], buildArguments: [String: String] = [:],
    namedContexts: [NamedContext] = [], requiredImages: [String] = [], shortNames: [String] = [],
    specFiles: [String] = [], uncertainReasons: [String] = [], diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.kind = kind
    self.sourceFile = sourceFile
    self.environment = environment
    self.context = context
    self.dockerfile = dockerfile
    self.inlineDockerfile = inlineDockerfile
    self.target = target
    self.name = name
    self.publishedName = publishedName
    self.matchesAnyTag = matchesAnyTag
    self.profiles = profiles
    self.buildArguments = buildArguments
    self.namedContexts = namedContexts
    self.requiredImages = requiredImages
    self.shortNames = shortNames
    self.specFiles = specFiles
    self.uncertainReasons = uncertainReasons
    self.diagnostics = diagnostics
  }

  /// Whether `name` is the image's id or one of its short names.
  public func isNamed(_ name: String) -> Bool {
    id == name || shortNames.contains(name)
  }
}
