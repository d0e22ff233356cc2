/// How a compose service builds its image: the `build` attribute.
public struct ComposeBuild: Hashable, Sendable {
  /// Where a build context comes from.
  public enum Context: Hashable, Sendable {
    /// A folder of the host, resolved against the project directory.
    case local(ComposePath)
    /// A URL (git, https, `docker-image://`, …), as written.
    case remote(String)
    /// Another service's image (`service:name`, or bake's `target:name`; additional contexts
    /// only), by service name.
    case service(String)

    /// Classifies the context `text` written in a compose file whose project directory is `folder`.
    public init(_ text: String, in folder: String) {
      if let prefix = ["service:", "target:"].first(where: text.hasPrefix) {
        self = .service(String(text.dropFirst(prefix.count)))
      } else if Self.isLocal(text) {
        self = .local(ComposePath(resolving: text, in: folder))
      } else {
        self = .remote(text)
      }
    }

    /// Whether `text` names a host folder rather than a URL or a service, as compose decides it.
    static func isLocal(_ text: String) -> Bool {
      let remotePrefixes = [
        "https://", "http://", "git://", "ssh://", "github.com/", "git@", "service:", "target:",
      ]
      // Foundation's search (which compares canonically) finds `://` only where its bytes are.
      let holdsScheme = holdsSchemeBytes(text) && text.contains("://")
      return !holdsScheme && !remotePrefixes.contains { text.hasPrefix($0) }
    }

    /// Whether the bytes of `text` hold `://`.
    private static func holdsSchemeBytes(_ text: String) -> Bool {
      var last: UInt8 = 0
      var beforeLast: UInt8 = 0
      for byte in text.utf8 {
        if byte == UInt8(ascii: "/"), last == UInt8(ascii: "/"), beforeLast == UInt8(ascii: ":") {
          return true
        }
        beforeLast = last
        last = byte
      }
      return false
    }
  }

  /// A named extra context (`additional_contexts`).
  public struct NamedContext: Hashable, Sendable {
    /// The name the Dockerfile uses (`FROM name`, `COPY --from=name`).
    public var name: String
    /// Where it comes from.
    public var context: Context

    /// Creates a named context.
    public init(name: String, context: Context) {
      self.name = name
      self.context = context
    }
  }

  /// The build context.
  public var context: Context
  /// The context as written (`.` when omitted).
  public var contextText: String
  /// The Dockerfile as written, relative to the context (`Dockerfile` when neither it nor
  /// `dockerfileInline` is given); `nil` with an inline Dockerfile.
  public var dockerfile: String?
  /// The Dockerfile resolved against a local context; `nil` for a remote context or an inline one.
  public var dockerfilePath: ComposePath?
  /// The Dockerfile content given inline (`dockerfile_inline`).
  public var dockerfileInline: String?
  /// The stage to build (`target`).
  public var target: String?
  /// Build arguments in order; a `nil` value takes the variable from the environment at build time.
  public var args: [ComposeKeyValue]
  /// Extra named contexts, in order.
  public var additionalContexts: [NamedContext]
  /// SSH agent sockets or keys (`default`, `id=path`), in order.
  public var ssh: [ComposeKeyValue]
  /// The top-level secrets the build may mount.
  public var secrets: [ComposeResourceReference]

  /// Creates a build description.
  public init(
    context: Context, contextText: String, dockerfile: String?, dockerfilePath: ComposePath?,
    dockerfileInline: String? = nil, target: String? = nil, args: [ComposeKeyValue] = [],
    additionalContexts: [NamedContext] = [], ssh: [ComposeKeyValue] = [],
    secrets: [ComposeResourceReference] = []
  ) {
    self.context = context
    self.contextText = contextText
    self.dockerfile = dockerfile
    self.dockerfilePath = dockerfilePath
    self.dockerfileInline = dockerfileInline
    self.target = target
    self.args = args
    self.additionalContexts = additionalContexts
    self.ssh = ssh
    self.secrets = secrets
  }
}
