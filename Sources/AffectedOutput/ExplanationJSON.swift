import AffectedModel
import AffectedPlanner

/// `affected explain --format json`: the explanations as a versioned document (see
/// `Docs/formats.md`).
public struct ExplanationJSON: Sendable {
  /// The version of the document.
  public static let schemaVersion = 1

  /// The images explained.
  public var images: [ImageExplanation]
  /// The paths followed.
  public var files: [FileReach]

  /// Creates a renderer.
  public init(images: [ImageExplanation] = [], files: [FileReach] = []) {
    self.images = images
    self.files = files
  }

  /// `{"schemaVersion":1,"images":[…],"files":[…]}`, one image or path per line.
  public func json() -> String {
    let document = JSONValue.object([
      ("schemaVersion", .int(Self.schemaVersion)),
      ("images", .array(images.map(Self.value(of:)))),
      ("files", .array(files.map(Self.value(of:)))),
    ])
    return document.rendered(itemsOnLines: true) + "\n"
  }

  private static func value(of image: ImageExplanation) -> JSONValue {
    .object([
      ("id", .string(image.id)),
      ("affected", .bool(image.affected)),
      ("reasons", .strings(image.reasons)),
      ("uncertain", .strings(image.uncertain)),
      ("findings", .array(image.findings.map(value(of:)))),
      (
        "chains",
        .array(
          image.chains.map { chain in
            .object([
              ("images", .strings(chain.images)),
              ("paths", .strings(chain.paths)),
              ("reasons", .strings(chain.reasons)),
              ("link", chain.link.map(value(of:)) ?? .null),
            ])
          })
      ),
      ("unrelatedPaths", .int(image.unrelatedPaths)),
    ])
  }

  private static func value(of reach: FileReach) -> JSONValue {
    .object([
      ("path", .string(reach.path)),
      ("changed", .bool(reach.changed)),
      (
        "direct",
        .array(
          reach.direct.map { direct in
            .object([
              ("id", .string(direct.id)),
              ("affected", .bool(direct.affected)),
              ("finding", value(of: direct.finding)),
            ])
          })
      ),
      (
        "linked",
        .array(
          reach.linked.map { linked in
            .object([
              ("id", .string(linked.id)),
              ("via", .strings(linked.via)),
              ("affected", .bool(linked.affected)),
            ])
          })
      ),
    ])
  }

  private static func value(of finding: PathFinding) -> JSONValue {
    .object([
      ("path", .string(finding.path)),
      ("verdict", .string(finding.verdict.rawValue)),
      ("reaches", .bool(finding.reaches)),
      ("ignoreFile", .optional(finding.ignoreFile)),
      ("impacts", .array(finding.impacts.map(value(of:)))),
      ("project", .optional(finding.project)),
    ])
  }

  private static func value(of impact: LayerImpact) -> JSONValue {
    let step = impact.step
    return .object([
      ("stage", .optional(step.stageName)),
      ("stageIndex", .int(step.stageIndex)),
      ("file", .optional(step.file)),
      ("line", .int(step.line)),
      ("instruction", .string(step.instruction)),
      ("rerun", .array(impact.rerunCommands.map(JSONValue.int))),
      ("laterSteps", .int(impact.laterSteps)),
      ("cached", .array(impact.cachedCommands.map(JSONValue.int))),
    ])
  }

  private static func value(of link: ImageLink) -> JSONValue {
    .object([
      ("kind", .string(link.kind.rawValue)),
      ("target", .string(link.target)),
      ("reference", .string(link.reference)),
      ("line", link.line.map(JSONValue.int) ?? .null),
    ])
  }
}
