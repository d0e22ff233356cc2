/// A project or library that `affected.yml` declares or tunes (`projects.<name>`).
public struct ProjectSettings: Hashable, Sendable {
  /// The project's folder, repository-relative and normalised (`.` for the root); its id.
  public var path: String
  /// The folders of the projects it depends on, normalised.
  public var dependsOn: [String]
  /// Repository-relative globs whose changes never affect this project.
  public var ignore: GlobSet
  /// Free labels, for scripts that select projects (`python`, `e2e`).
  public var tags: [String]

  /// Creates the settings of the project at `path`.
  public init(
    path: String, dependsOn: [String] = [], ignore: GlobSet = .empty, tags: [String] = []
  ) {
    self.path = path
    self.dependsOn = dependsOn
    self.ignore = ignore
    self.tags = tags
  }
}
