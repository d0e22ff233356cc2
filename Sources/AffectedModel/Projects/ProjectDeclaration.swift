/// A project that configuration declares rather than a manifest (the `projects` of `affected.yml`).
///
/// A declaration at a folder that already is a project adds its dependencies to that project;
/// otherwise it makes the folder a project of the ``Project/Ecosystem/declared`` ecosystem.
public struct ProjectDeclaration: Hashable, Sendable {
  /// The repository-relative folder, `""` or `.` for the root; `./` and trailing `/` are dropped.
  public var path: String
  /// The folders of the projects it depends on, repository-relative.
  public var dependsOn: [String]
  /// Where the declaration is written, for diagnostics.
  public var file: String?
  /// The 1-based line of the declaration in `file`, if known.
  public var line: Int?

  /// Creates a declaration.
  public init(path: String, dependsOn: [String] = [], file: String? = nil, line: Int? = nil) {
    self.path = path
    self.dependsOn = dependsOn
    self.file = file
    self.line = line
  }
}
