/// One entry of a top-level `include`, as resolved.
public struct ComposeInclude: Hashable, Sendable {
  /// The file that declares the include.
  public var declaringFile: String
  /// The included compose files (merged like `-f` files), repository-relative.
  public var files: [String]
  /// The included model's project directory, repository-relative.
  public var projectDirectory: String
  /// The `.env` files read for its variables, repository-relative.
  public var envFiles: [String]

  /// Creates an include.
  public init(declaringFile: String, files: [String], projectDirectory: String, envFiles: [String])
  {
    self.declaringFile = declaringFile
    self.files = files
    self.projectDirectory = projectDirectory
    self.envFiles = envFiles
  }
}
