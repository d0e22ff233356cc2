/// What one manifest file says about its project.
struct ManifestReading: Sendable {
  /// The manifest's repository-relative path.
  var file: String
  /// The ecosystem the manifest belongs to.
  var ecosystem: Project.Ecosystem
  /// The package name it declares, if any.
  var name: String?
  /// The dependencies that may lead to other projects.
  var references: [ProjectReference] = []
  /// For a workspace root: sources its members inherit, by dependency name (see
  /// ``ProjectReference/name(_:matchesMembers:)``); paths are relative to the root.
  var sharedSources: [String: ProjectReference] = [:]
  /// The workspace the manifest declares, if any.
  var workspace: WorkspaceDeclaration?
  /// Problems found while reading it.
  var diagnostics: [Diagnostic] = []
  /// Whether the manifest could be parsed at all.
  var isReadable = true

  /// A reading of `file` with no dependencies yet.
  init(file: String, ecosystem: Project.Ecosystem) {
    self.file = file
    self.ecosystem = ecosystem
  }

  /// A reading of a manifest that could not be parsed, with the diagnostic that says why.
  static func unreadable(
    _ file: String, _ ecosystem: Project.Ecosystem, problem: String, line: Int?
  ) -> ManifestReading {
    var reading = ManifestReading(file: file, ecosystem: ecosystem)
    reading.isReadable = false
    reading.diagnostics.append(
      Diagnostic(
        .warning,
        "cannot read \(ComposePath.lastComponent(of: file)): \(problem); fix the file (until "
          + "then the project's dependencies are unknown)", file: file, line: line))
    return reading
  }
}
