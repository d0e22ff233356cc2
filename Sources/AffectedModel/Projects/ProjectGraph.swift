/// The projects of a repository, the dependencies between them, and which project owns a file.
///
/// ```swift
/// let graph = ProjectGraph(discoveringIn: source)
/// graph.owner(of: "libs/common/src/util.py")      // "libs/common"
/// graph.withTransitiveDependants(of: ["libs/common"])  // ["libs/common", "services/api", …]
/// ```
///
/// Dependency cycles are allowed: every walk remembers what it has seen, and ``cycles`` lists
/// them. See `Docs/projects.md` for what makes a project and which manifests are read.
public struct ProjectGraph: Sendable {
  /// Every project, sorted by id (byte order), with its ``Project/kind`` set.
  public let projects: [Project]
  /// Problems found in manifests and declarations.
  public let diagnostics: [Diagnostic]
  /// The groups of projects that depend on each other in a circle (strongly connected
  /// components of more than one project), each sorted, in order of their first id.
  public let cycles: [[String]]

  private let positions: [String: Int]
  private let dependantIDs: [String: [String]]
  /// Project folders, looked up by the folders of a path from the deepest up.
  private let folders: Set<Substring>

  /// A graph of `projects` as given; each project's ``Project/kind`` is recomputed from the
  /// dependencies, and dependencies on unknown ids are dropped.
  public init(projects: [Project], diagnostics: [Diagnostic] = []) {
    var sorted = projects.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    // The position of each id also tells which ids are known.
    let positions = Dictionary(
      sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var dependants: [String: Set<String>] = [:]
    for index in sorted.indices {
      let id = sorted[index].id
      let isKept = { (dependency: String) in positions[dependency] != nil && dependency != id }
      // Most lists keep every dependency: they are left as they are.
      if !sorted[index].dependsOn.allSatisfy(isKept) {
        sorted[index].dependsOn = sorted[index].dependsOn.filter(isKept)
      }
      for dependency in sorted[index].dependsOn {
        dependants[dependency, default: []].insert(id)
      }
    }
    for index in sorted.indices {
      sorted[index].kind = dependants[sorted[index].id] == nil ? .project : .library
    }
    self.projects = sorted
    self.diagnostics = diagnostics
    self.positions = positions
    dependantIDs = dependants.mapValues { $0.sorted() }
    folders = Set(sorted.map { Substring($0.id) })
    cycles = ProjectCycles.find(in: sorted, positions: positions)
  }

  /// The project whose id is `id`.
  public func project(withID id: String) -> Project? {
    positions[id].map { projects[$0] }
  }

  /// The id of the innermost project whose folder contains `path`, or `nil` when none does.
  ///
  /// `path` is a repository-relative file or folder. A workspace root owns only what none of its
  /// members owns. Each folder of `path` is looked up from the deepest up, so a call costs a few
  /// hash lookups whatever the number of projects.
  public func owner(of path: String) -> String? {
    var folder = Substring(path)
    while true {
      if folders.contains(folder) {
        return String(folder)
      }
      guard !folder.isEmpty else {
        return nil
      }
      let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) ?? folder.startIndex
      folder = folder[..<slash]
    }
  }

  /// The ids of the projects that depend directly on project `id`, sorted.
  public func dependants(of id: String) -> [String] {
    dependantIDs[id] ?? []
  }

  /// `ids` together with every project that depends on one of them, directly or through other
  /// projects: the projects affected when `ids` change.
  public func withTransitiveDependants(of ids: some Sequence<String>) -> Set<String> {
    reachableNodes(from: ids) { dependantIDs[$0] ?? [] }
  }

  /// Every project that project `id` depends on, directly or through other projects; `id`
  /// itself only when it lies on a cycle.
  public func transitiveDependencies(of id: String) -> Set<String> {
    let direct = project(withID: id)?.dependsOn ?? []
    return reachableNodes(from: direct) { project(withID: $0)?.dependsOn ?? [] }
  }
}
