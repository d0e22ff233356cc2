import AffectedModel

/// How one path bears on one image: whether a change to it reaches the image, and through
/// which instruction.
public struct PathFinding: Hashable, Sendable {
  /// What the path is to the image.
  public enum Verdict: String, Hashable, Sendable, CaseIterable {
    /// It defines the image (spec, Dockerfile), and the parsed definition differs.
    case definition
    /// It is a `.dockerignore` of the image's contexts, and the files the image reads differ.
    case ignoreRules = "ignore-rules"
    /// It is in a context the image reads whole, because what it reads is uncertain.
    case uncertain
    /// A reached stage reads it, and the content inputs differ.
    case content
    /// It defines the image, but the parsed definition is the same (a comment, a stage the
    /// target does not reach, another service's block).
    case sameDefinition = "same-definition"
    /// The image reads it (or its `.dockerignore`), but the content inputs are the same at
    /// both sides (a context moved whole, an edit undone).
    case sameContent = "same-content"
    /// It is in a context of the image, but the `.dockerignore` drops it.
    case ignored
    /// It is in a context of the image, but no stage the target reaches reads it.
    case notRead = "not-read"

    /// Whether a change to the path makes the image affected.
    public var reaches: Bool {
      switch self {
      case .definition, .ignoreRules, .uncertain, .content: true
      case .sameDefinition, .sameContent, .ignored, .notRead: false
      }
    }

    /// Strongest first: the order in which two sides' verdicts are preferred.
    var rank: Int {
      switch self {
      case .definition, .ignoreRules: 0
      case .uncertain: 1
      case .content: 2
      case .sameDefinition, .sameContent: 3
      case .ignored: 4
      case .notRead: 5
      }
    }
  }

  /// The repository path.
  public var path: String
  /// What it is to the image.
  public var verdict: Verdict
  /// The `.dockerignore` that drops it, for ``Verdict/ignored``.
  public var ignoreFile: String?
  /// The build steps whose cache a change to it invalidates (for content it reads).
  public var impacts: [LayerImpact]
  /// The project that owns the path, as `library libs/common` or `project services/api`, when
  /// one does and the path reaches the image.
  public var project: String?

  /// Creates a finding.
  public init(
    path: String, verdict: Verdict, ignoreFile: String? = nil, impacts: [LayerImpact] = [],
    project: String? = nil
  ) {
    self.path = path
    self.verdict = verdict
    self.ignoreFile = ignoreFile
    self.impacts = impacts
    self.project = project
  }

  /// Whether a change to the path makes the image affected.
  public var reaches: Bool {
    verdict.reaches
  }

  /// What a change to `path` would do to the image `definition` defines, judged from the
  /// definition alone (before comparing two sides); `nil` when the path is outside its
  /// contexts and defines nothing of it.
  static func potential(of path: String, in definition: ImageDefinition) -> PathFinding? {
    if definition.contexts.contains(where: { $0.ignoreCandidates.contains(path) }) {
      return PathFinding(path: path, verdict: .ignoreRules)
    }
    if definition.definitionFiles.contains(path) {
      return PathFinding(path: path, verdict: .definition)
    }
    if definition.mayRead(path: path) {
      return PathFinding(
        path: path, verdict: definition.readsWholeContext ? .uncertain : .content,
        impacts: LayerImpact.impacts(of: path, in: definition))
    }
    for context in definition.contexts {
      guard let relative = context.containedPath(of: path) else {
        continue
      }
      if context.ignore.excludes(relative) {
        return PathFinding(path: path, verdict: .ignored, ignoreFile: context.ignoreFiles.first)
      }
      return PathFinding(path: path, verdict: .notRead)
    }
    return nil
  }

  /// The stronger of two sides' findings for the same path (see ``Verdict``), keeping the
  /// layer impacts of the first when it has any.
  static func strongest(_ first: PathFinding?, _ second: PathFinding?) -> PathFinding? {
    guard let first else {
      return second
    }
    guard let second else {
      return first
    }
    var chosen = second.verdict.rank < first.verdict.rank ? second : first
    if !first.impacts.isEmpty {
      chosen.impacts = first.impacts
    }
    return chosen
  }
}
