import AffectedModel

/// Helpers for the project tests: fixture trees copied into memory, and short views of a graph.
enum ProjectFixtures {
  /// The files of `Fixtures/<name>`, read from disk into a `MemoryFileSource` that a test may edit.
  static func memory(_ name: String) throws -> MemoryFileSource {
    let directory = DirectoryFileSource.fixture(name)
    var source = MemoryFileSource()
    for path in directory.files(under: "") {
      source.add(path, text: try directory.text(of: path))
    }
    return source
  }

  /// The graph of the files `files` (path to text).
  static func graph(_ files: [String: String], extra: [ProjectDeclaration] = []) -> ProjectGraph {
    ProjectGraph(discoveringIn: MemoryFileSource(files), extra: extra)
  }
}

extension ProjectGraph {
  /// Each project's id and the ids it depends on, `.` standing for the root.
  var edges: [String: [String]] {
    Dictionary(
      uniqueKeysWithValues: projects.map { project in
        (project.id.isEmpty ? "." : project.id, project.dependsOn.map { $0.isEmpty ? "." : $0 })
      })
  }

  /// The ids of the projects, `.` standing for the root.
  var ids: [String] {
    projects.map { $0.id.isEmpty ? "." : $0.id }
  }

  /// The diagnostics as `file:line: message` texts.
  var problems: [String] {
    diagnostics.map(\.description)
  }
}
