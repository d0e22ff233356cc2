import AffectedModel

/// The build edges between the images of one revision: an image depends on the in-repository
/// images its definition links to (`FROM`, `COPY --from`, mounts, named contexts, `requires`)
/// and those `affected.yml` says it depends on.
struct ImageDependencies {
  /// Every image id, sorted.
  let ids: [String]
  private let forward: [String: [String]]
  private let backward: [String: [String]]

  /// The edges of `definitions`, plus the `declared` dependencies (ids by id); links to images
  /// that are not among them are dropped.
  init(definitions: [String: ImageDefinition], declared: [String: [String]] = [:]) {
    ids = definitions.keys.sorted()
    var forward: [String: [String]] = [:]
    var backward: [String: [String]] = [:]
    for (id, definition) in definitions {
      let targets = Set(definition.links.map(\.target) + (declared[id] ?? []))
        .filter { definitions[$0] != nil }.sorted()
      forward[id] = targets
      for target in targets {
        backward[target, default: []].append(id)
      }
    }
    self.forward = forward
    self.backward = backward.mapValues { $0.sorted() }
  }

  /// The images `id` builds on, sorted.
  func dependencies(of id: String) -> [String] {
    forward[id] ?? []
  }

  /// The images that build on `id`, sorted.
  func dependants(of id: String) -> [String] {
    backward[id] ?? []
  }

  /// `members` in waves: each image after everything among them it builds on.
  ///
  /// - Throws: ``DependencyCycle`` when some of them build on each other in a circle.
  func waves(of members: some Sequence<String>) throws(DependencyCycle<String>) -> [[String]] {
    try topologicalWaves(of: members, dependencies: dependencies(of:))
  }
}
