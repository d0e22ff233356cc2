import AffectedModel

extension ImageSnapshot {
  /// The content digest (``ContentDigest``) of each of `images`, by id, computed at this
  /// snapshot: the same as the plan's tag digest for the same tree.
  ///
  /// The images they build on (or are declared in `affected.yml` to depend on) are digested too (their digests go into their dependants'), so
  /// the result also holds them. Only blob ids are read, except for files changed in the working
  /// tree, which the snapshot hashes as git would.
  ///
  /// - Throws: ``DependencyCycle`` when images build on each other in a circle.
  public func digests(
    of images: [Image]
  ) throws(DependencyCycle<String>) -> [String: ContentDigest] {
    var definitions: [String: ImageDefinition] = [:]
    for image in catalog.images {
      definitions[image.id] = definition(of: image)
    }
    let graph = ImageDependencies(
      definitions: definitions, declared: configuration.dependencies)
    let needed = reachableNodes(from: images.map(\.id), successors: graph.dependencies(of:))
    let ordered = try graph.waves(of: needed).flatMap { $0 }
    return ContentDigest.digests(of: ordered, dependencies: graph) { id in
      definitions[id].map { ImageInputs($0, in: source) }
    }
  }
}
