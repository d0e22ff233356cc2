/// Finds the dependency cycles among projects.
enum ProjectCycles {
  /// The strongly connected components of more than one project, each sorted, ordered by their
  /// first id.
  static func find(in projects: [Project]) -> [[String]] {
    let ids = projects.map(\.id)
    let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let successors = projects.map { $0.dependsOn.compactMap { index[$0] } }
    let byteOrder: (String, String) -> Bool = { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return StronglyConnectedComponents.of(successors).filter { $0.count > 1 }
      .map { $0.map { ids[$0] }.sorted(by: byteOrder) }
      .sorted { byteOrder($0[0], $1[0]) }
  }
}
