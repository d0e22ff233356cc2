import AffectedModel

/// Builds compose projects from in-memory files for the compose tests.
enum ComposeFixture {
  /// Loads `order` (files of `files`) as one compose project.
  static func load(
    _ files: [String: String], _ order: [String] = ["compose.yaml"],
    environment: [String: String] = [:]
  ) -> ComposeProject {
    ComposeLoader(source: MemoryFileSource(files), environment: environment).load(files: order)
  }

  /// The service `name` of `project`, or a service named `missing` so expectations fail readably.
  static func service(_ name: String, of project: ComposeProject) -> ComposeService {
    project.service(named: name) ?? ComposeService(name: "missing", file: "")
  }
}
