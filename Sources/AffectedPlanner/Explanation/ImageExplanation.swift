import AffectedModel

/// Why one image is affected by a comparison, or why not (`affected explain IMAGE`).
public struct ImageExplanation: Hashable, Sendable {
  /// The image's id.
  public var id: String
  /// Whether the plan builds it.
  public var affected: Bool
  /// The plan's reasons, one sentence each; empty when it is not affected.
  public var reasons: [String]
  /// Why the files it reads cannot be told exactly; empty when they can.
  public var uncertain: [String]
  /// The changed paths that bear on the image directly, in the comparison's order: those that
  /// reach it, and those considered and dropped (by its `.dockerignore`, because no reached
  /// stage reads them, or because what it reads is the same).
  public var findings: [PathFinding]
  /// The affected in-repository images it builds on, each as a chain from where a change
  /// entered.
  public var chains: [BaseChain]
  /// How many changed paths lie outside its contexts and define nothing of it.
  public var unrelatedPaths: Int

  /// Creates an explanation.
  public init(
    id: String, affected: Bool, reasons: [String], uncertain: [String], findings: [PathFinding],
    chains: [BaseChain], unrelatedPaths: Int
  ) {
    self.id = id
    self.affected = affected
    self.reasons = reasons
    self.uncertain = uncertain
    self.findings = findings
    self.chains = chains
    self.unrelatedPaths = unrelatedPaths
  }
}

/// How a change reaches an image through the images it builds on: changed paths → the first
/// image → … → the image built on directly → the explained image.
public struct BaseChain: Hashable, Sendable {
  /// The images from the one a change reached directly to the one the explained image builds
  /// on.
  public var images: [String]
  /// The changed paths that reach the first image directly (empty when it is affected for
  /// another reason, such as being new).
  public var paths: [String]
  /// The first image's own reasons (not through images it builds on).
  public var reasons: [String]
  /// How the explained image uses the last image (`FROM`, `COPY --from`…), when known.
  public var link: ImageLink?

  /// Creates a chain.
  public init(images: [String], paths: [String], reasons: [String], link: ImageLink?) {
    self.images = images
    self.paths = paths
    self.reasons = reasons
    self.link = link
  }
}
