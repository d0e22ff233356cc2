/// Finds the dependency cycles among projects.
enum ProjectCycles {
  /// The strongly connected components of more than one project, each sorted, ordered by their
  /// first id.
  ///
  /// `positions` gives the position of each id in `projects` (the first, for an id listed twice).
  static func find(in projects: [Project], positions: [String: Int]) -> [[String]] {
    let ids = projects.map(\.id)
    let successors = projects.map { $0.dependsOn.compactMap { positions[$0] } }
    let byteOrder: (String, String) -> Bool = { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return StronglyConnectedComponents.of(successors).filter { $0.count > 1 }
      .map { $0.map { ids[$0] }.sorted(by: byteOrder) }
      .sorted { byteOrder($0[0], $1[0]) }
  }
}
