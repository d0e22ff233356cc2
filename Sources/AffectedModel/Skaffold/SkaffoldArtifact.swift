/// One artifact of a skaffold file that is built from a Dockerfile (with the `docker` or
/// `kaniko` builder).
public struct SkaffoldArtifact: Hashable, Sendable {
  /// Another artifact this one needs built first (`requires`).
  public struct Requirement: Hashable, Sendable {
    /// The required artifact's image name.
    public var image: String
    /// The build argument that receives the required image's full name, if any.
    public var alias: String?

    /// Creates a requirement.
    public init(image: String, alias: String? = nil) {
      self.image = image
      self.alias = alias
    }
  }

  /// The image name (`image`), without a tag: skaffold tags it when it builds.
  public var image: String
  /// The context as written, relative to the skaffold file's folder (`.` when omitted).
  public var context: String
  /// The Dockerfile as written, relative to the context (`Dockerfile` when omitted).
  public var dockerfile: String
  /// The stage to build (`target`).
  public var target: String?
  /// Build arguments with a value (`buildArgs`); a key without value is left to the shell.
  public var buildArguments: [String: String]
  /// The artifacts it requires.
  public var requirements: [Requirement]

  /// Creates an artifact.
  public init(
    image: String, context: String = ".", dockerfile: String = "Dockerfile",
    target: String? = nil, buildArguments: [String: String] = [:],
    requirements: [Requirement] = []
  ) {
    self.image = image
    self.context = context
    self.dockerfile = dockerfile
    self.target = target
    self.buildArguments = buildArguments
    self.requirements = requirements
  }
}
