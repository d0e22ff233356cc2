import AffectedModel

/// One project of a ``BuildPlan``: what a test job needs to know about it.
public struct PlannedProject: Hashable, Sendable, Identifiable {
  /// The project's folder, repository-relative (`.` for the root).
  public var id: String
  /// `library` when another project depends on it, else `project`.
  public var kind: Project.Kind
  /// The ecosystems of its manifests (`python`, `javascript`, `go`, `rust`, `declared`).
  public var ecosystems: [String]
  /// Its tags from `affected.yml`.
  public var tags: [String]
  /// The projects it depends on, sorted.
  public var dependsOn: [String]
  /// Why it is affected; empty when it is not.
  public var reasons: [String]

  /// Creates a planned project.
  public init(
    id: String, kind: Project.Kind, ecosystems: [String] = [], tags: [String] = [],
    dependsOn: [String] = [], reasons: [String] = []
  ) {
    self.id = id
    self.kind = kind
    self.ecosystems = ecosystems
    self.tags = tags
    self.dependsOn = dependsOn
    self.reasons = reasons
  }

  /// Whether the project is affected.
  public var affected: Bool {
    !reasons.isEmpty
  }
}
