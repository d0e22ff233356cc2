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

  /// The properties, shared by the copies of this image (see ``Fields``).
  private var shared: SharedFields<Fields>

  /// The stable id: `<base compose file>:<service>`, `skaffold:<image>` (with `#<file>` when
  /// two skaffold files name the image), or `dockerfile:<path>`.
  public var id: String {
    get { shared.fields.id }
    _modify { yield &shared.fields.id }
  }

  /// What declares the image.
  public var kind: Kind {
    get { shared.fields.kind }
    _modify { yield &shared.fields.kind }
  }

  /// The file that declares it: the compose file defining the service, the skaffold file, or
  /// the Dockerfile itself.
  public var sourceFile: String {
    get { shared.fields.sourceFile }
    _modify { yield &shared.fields.sourceFile }
  }

  /// The compose environment (its first file) or skaffold file it belongs to; `nil` for a
  /// stand-alone Dockerfile.
  public var environment: String? {
    get { shared.fields.environment }
    _modify { yield &shared.fields.environment }
  }

  /// The build context.
  public var context: ImageContext {
    get { shared.fields.context }
    _modify { yield &shared.fields.context }
  }

  /// The Dockerfile, repository-relative; `nil` for an inline Dockerfile, a remote context, or
  /// a Dockerfile outside the repository.
  public var dockerfile: String? {
    get { shared.fields.dockerfile }
    _modify { yield &shared.fields.dockerfile }
  }

  /// The Dockerfile given inline (compose `dockerfile_inline`).
  public var inlineDockerfile: String? {
    get { shared.fields.inlineDockerfile }
    _modify { yield &shared.fields.inlineDockerfile }
  }

  /// The stage to build; `nil` for the last stage.
  public var target: String? {
    get { shared.fields.target }
    _modify { yield &shared.fields.target }
  }

  /// The image name: compose `image:` or `<project>-<service>`, the skaffold `image`, or a
  /// stand-alone Dockerfile's folder (`.` for the root).
  public var name: String {
    get { shared.fields.name }
    _modify { yield &shared.fields.name }
  }

  /// The name other Dockerfiles can pull the image by (compose `image:`, skaffold `image`);
  /// `nil` when the name is only a display name.
  public var publishedName: String? {
    get { shared.fields.publishedName }
    _modify { yield &shared.fields.publishedName }
  }

  /// Whether references match the published name with any tag (skaffold tags images itself).
  public var matchesAnyTag: Bool {
    get { shared.fields.matchesAnyTag }
    _modify { yield &shared.fields.matchesAnyTag }
  }

  /// The compose profiles that enable the service (shown, never used to drop the image).
  public var profiles: [String] {
    get { shared.fields.profiles }
    _modify { yield &shared.fields.profiles }
  }

  /// Build arguments with a value.
  public var buildArguments: [String: String] {
    get { shared.fields.buildArguments }
    _modify { yield &shared.fields.buildArguments }
  }

  /// Extra named build contexts.
  public var namedContexts: [NamedContext] {
    get { shared.fields.namedContexts }
    _modify { yield &shared.fields.namedContexts }
  }

  /// Images a skaffold artifact `requires`, by image name.
  public var requiredImages: [String] {
    get { shared.fields.requiredImages }
    _modify { yield &shared.fields.requiredImages }
  }

  /// The names a command accepts for the image besides its id.
  public var shortNames: [String] {
    get { shared.fields.shortNames }
    _modify { yield &shared.fields.shortNames }
  }

  /// The files that define the build spec: compose files (and the `.env` files they
  /// interpolate) or the skaffold file.
  public var specFiles: [String] {
    get { shared.fields.specFiles }
    _modify { yield &shared.fields.specFiles }
  }

  /// Why the files the image reads cannot be told exactly, found while discovering it.
  public var uncertainReasons: [String] {
    get { shared.fields.uncertainReasons }
    _modify { yield &shared.fields.uncertainReasons }
  }

  /// Problems found in its spec files while discovering the image (also in the catalog's
  /// diagnostics).
  public var diagnostics: [Diagnostic] {
    get { shared.fields.diagnostics }
    _modify { yield &shared.fields.diagnostics }
  }

  /// Creates an image.
  public init(
    id: String, kind: Kind, sourceFile: String, environment: String? = nil,
    context: ImageContext, dockerfile: String?, inlineDockerfile: String? = nil,
    target: String? = nil, name: String, publishedName: String? = nil,
    matchesAnyTag: Bool = false, profiles: [String] = [], buildArguments: [String: String] = [:],
    namedContexts: [NamedContext] = [], requiredImages: [String] = [], shortNames: [String] = [],
    specFiles: [String] = [], uncertainReasons: [String] = [], diagnostics: [Diagnostic] = []
  ) {
    shared = SharedFields(
      Fields(
        id: id, kind: kind, sourceFile: sourceFile, environment: environment, context: context,
        dockerfile: dockerfile, inlineDockerfile: inlineDockerfile, target: target, name: name,
        publishedName: publishedName, matchesAnyTag: matchesAnyTag, profiles: profiles,
        buildArguments: buildArguments, namedContexts: namedContexts,
        requiredImages: requiredImages, shortNames: shortNames, specFiles: specFiles,
        uncertainReasons: uncertainReasons, diagnostics: diagnostics))
  }

  /// Whether `name` is the image's id or one of its short names.
  public func isNamed(_ name: String) -> Bool {
    id == name || shortNames.contains(name)
  }
}
