import AffectedModel
import AffectedPlanner

/// `affected explain` as text for a person: per image, why it is affected (each changed path
/// with the build steps it invalidates, each chain through an image it builds on) or why not
/// (the changed paths considered and dropped); per path, everything it reaches.
public struct ExplanationText: Sendable {
  /// How many dropped paths an image lists before saying how many more there are.
  static let droppedShown = 20

  /// The images explained.
  public var images: [ImageExplanation]
  /// The paths followed.
  public var files: [FileReach]

  /// Creates a renderer.
  public init(images: [ImageExplanation] = [], files: [FileReach] = []) {
    self.images = images
    self.files = files
  }

  /// The text, ending with a newline.
  public func text() -> String {
    let blocks = images.map(Self.lines(of:)) + files.map(Self.lines(of:))
    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// The block of one image.
  private static func lines(of image: ImageExplanation) -> [String] {
    var lines = ["\(image.id): \(image.affected ? "affected" : "not affected")"]
    lines += image.reasons.map { "  - \($0)" }
    lines += image.uncertain.map { "  ? uncertain: \($0)" }
    let reaching = image.findings.filter(\.reaches)
    for finding in reaching {
      let steps = [finding.path] + (finding.project.map { [$0] } ?? [])
      lines.append(
        "  " + (steps + [role(of: finding.verdict), image.id]).joined(separator: " → "))
      lines += finding.impacts.map { "      \(describe($0))" }
    }
    for chain in image.chains {
      let start = chain.paths.isEmpty ? [] : [listing(chain.paths)]
      var line = "  " + (start + chain.images + [image.id]).joined(separator: " → ")
      if let link = chain.link {
        line += " (\(describe(link)))"
      }
      lines.append(line)
      if chain.paths.isEmpty {
        lines += chain.reasons.map { "      \(chain.images[0]): \($0)" }
      }
    }
    if !image.affected, reaching.isEmpty, image.chains.isEmpty {
      lines.append("  no changed path reaches it")
    }
    let dropped = image.findings.filter { !$0.reaches }
    for finding in dropped.prefix(droppedShown) {
      lines.append("  dropped \(finding.path): \(why(finding))")
    }
    if dropped.count > droppedShown {
      lines.append("  dropped \(dropped.count - droppedShown) more paths")
    }
    if image.unrelatedPaths > 0 {
      let one = image.unrelatedPaths == 1
      lines.append(
        "  \(image.unrelatedPaths) other changed \(one ? "path lies" : "paths lie") outside its "
          + "contexts and \(one ? "defines" : "define") nothing of it")
    }
    return lines
  }

  /// The block of one path.
  private static func lines(of reach: FileReach) -> [String] {
    var lines = ["\(reach.path) (\(reach.changed ? "changed" : "unchanged") in this comparison)"]
    for direct in reach.direct {
      let state = direct.affected ? "affected" : "not affected"
      if direct.finding.reaches {
        lines.append("  → \(role(of: direct.finding.verdict)) → \(direct.id) (\(state))")
        lines += direct.finding.impacts.map { "      \(describe($0))" }
      } else {
        lines.append("  dropped by \(direct.id): \(why(direct.finding))")
      }
    }
    for linked in reach.linked {
      let state = linked.affected ? "affected" : "not affected"
      lines.append("  → \((linked.via + [linked.id]).joined(separator: " → ")) (\(state))")
    }
    if !reach.direct.contains(where: \.finding.reaches) {
      lines.append("  reaches no image")
    }
    return lines
  }

  /// What the path is to the image, for a path that reaches it.
  private static func role(of verdict: PathFinding.Verdict) -> String {
    switch verdict {
    case .definition: "definition input (the parsed definition differs)"
    case .ignoreRules: ".dockerignore (the files the image reads differ)"
    case .uncertain: "its context, read whole (uncertain)"
    case .content: "content input"
    case .sameDefinition, .sameContent, .ignored, .notRead: "no input"
    }
  }

  /// Why a path that does not reach the image was dropped.
  private static func why(_ finding: PathFinding) -> String {
    switch finding.verdict {
    case .sameDefinition:
      "it defines the image, but the parsed definition is the same (a comment, an unreached "
        + "stage or another service's block)"
    case .sameContent: "the image reads it, but the files it reads are the same at both sides"
    case .ignored: "in its context, but \(finding.ignoreFile ?? "the .dockerignore") drops it"
    case .notRead: "in its context, but no stage the target reaches reads it"
    case .definition, .ignoreRules, .uncertain, .content: "it reaches the image"
    }
  }

  /// `stage builder, line 11 `COPY pyproject.toml uv.lock ./` — RUN at line 12 reruns`.
  private static func describe(_ impact: LayerImpact) -> String {
    let step = impact.step
    let stage = step.stageName.map { "stage \($0)" } ?? "stage \(step.stageIndex)"
    return "\(stage), line \(step.line) `\(step.instruction)` — \(impact.consequence)"
  }

  /// `FROM acme/base, line 1`: how an image uses the one it builds on.
  private static func describe(_ link: ImageLink) -> String {
    let how =
      switch link.kind {
      case .base: "FROM \(link.reference)"
      case .copy: "COPY --from=\(link.reference)"
      case .mount: "RUN --mount from=\(link.reference)"
      case .namedContext: "named context \(link.reference)"
      case .requires: "requires \(link.reference)"
      }
    return link.line.map { "\(how), line \($0)" } ?? how
  }

  /// The first few of `paths`, with how many more there are.
  private static func listing(_ paths: [String]) -> String {
    let shown = paths.prefix(3).joined(separator: ", ")
    return paths.count > 3 ? "\(shown) and \(paths.count - 3) more" : shown
  }
}
