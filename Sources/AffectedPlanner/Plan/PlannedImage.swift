/// One image of a ``BuildPlan``: what a CI job needs to build it, and whether and why it must be
/// built.
///
/// Paths are written the way `docker buildx build` takes them when run from the repository root, so
/// a renderer never has to know where the repository is.
public struct PlannedImage: Hashable, Sendable, Identifiable {
  /// The stable image id (`<compose file>:<service>`, `skaffold:<image>`, `dockerfile:<path>`).
  public var id: String
  /// A short label for job names and tables (usually the service or folder name).
  public var name: String
  /// The file that declares the image: a compose file, a skaffold file or the Dockerfile itself.
  public var source: String
  /// The build context: a repository-relative folder (`.` for the root), an absolute folder outside
  /// the repository, or a remote URL.
  public var context: String
  /// The Dockerfile as `--file` takes it: repository-relative for a folder context, relative to the
  /// context for a remote one; `nil` when the Dockerfile is given inline or is the context's
  /// default.
  public var dockerfile: String?
  /// The Dockerfile's text when it is given inline (compose `dockerfile_inline`).
  public var inlineDockerfile: String?
  /// The stage to build; `nil` for the last stage.
  public var target: String?
  /// Build arguments, in the order they are passed.
  public var args: [BuildArgument]
  /// The image repository the tags belong to, without a tag (`ghcr.io/org/web`).
  public var image: String
  /// Full references to tag the result with (`ghcr.io/org/web:3f9c2a1`), the first one preferred
  /// when another image builds on this one.
  public var tags: [String]
  /// Target platforms (`linux/amd64`); empty for the builder's own.
  public var platforms: [String]
  /// Cache sources, as `--cache-from` takes them.
  public var cacheFrom: [String]
  /// Cache destinations, as `--cache-to` takes them.
  public var cacheTo: [String]
  /// Extra named build contexts (`--build-context`, compose `additional_contexts`), in order,
  /// including the names by which the Dockerfile refers to in-repo images it builds on
  /// (`FROM acme/base`).
  public var contexts: [NamedContext]
  /// Why the image must be built, one sentence each; empty when it need not be.
  public var reasons: [String]
  /// Why its inputs cannot be told exactly, one sentence each.
  public var uncertain: [String]
  /// The wave it is built in when affected; `nil` when not affected.
  ///
  /// Wave 0 holds the images that build on no other affected image, and every image comes in a
  /// later wave than the affected images it builds on.
  public var wave: Int?
  /// The ids of the in-repo images this one builds on, affected or not.
  ///
  /// These are the build edges: `FROM`, `COPY --from`, named contexts, skaffold `requires`.
  /// Deploy-order edges (compose `depends_on`) are not listed. Renderers keep only the affected
  /// ones as the jobs to wait for.
  public var needs: [String]

  /// Creates a planned image.
  public init(
    id: String, name: String, source: String, context: String, dockerfile: String?,
    inlineDockerfile: String? = nil, target: String? = nil, args: [BuildArgument] = [],
    image: String, tags: [String] = [], platforms: [String] = [], cacheFrom: [String] = [],
    cacheTo: [String] = [], contexts: [NamedContext] = [], reasons: [String] = [],
    uncertain: [String] = [], wave: Int? = nil, needs: [String] = []
  ) {
    self.id = id
    self.name = name
    self.source = source
    self.context = context
    self.dockerfile = dockerfile
    self.inlineDockerfile = inlineDockerfile
    self.target = target
    self.args = args
    self.image = image
    self.tags = tags
    self.platforms = platforms
    self.cacheFrom = cacheFrom
    self.cacheTo = cacheTo
    self.contexts = contexts
    self.reasons = reasons
    self.uncertain = uncertain
    self.wave = wave
    self.needs = needs
  }

  /// Whether the image must be built: it has a wave.
  public var affected: Bool { wave != nil }

  /// Build order: affected images by wave, then unaffected ones, each group by id.
  public static func precedes(_ lhs: PlannedImage, _ rhs: PlannedImage) -> Bool {
    let left = lhs.wave ?? Int.max
    let right = rhs.wave ?? Int.max
    return left != right ? left < right : lhs.id < rhs.id
  }
}
