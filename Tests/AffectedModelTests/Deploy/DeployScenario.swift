import AffectedModel
import Foundation
import Testing

/// Two revisions of a repository held in memory, the base and a head edited from it, with
/// helpers that compare their deploy units.
///
/// The affected images are found the way the planner finds them, simplified: an image is
/// affected when it is new, or its definition fingerprint or its content inputs differ.
struct DeployScenario {
  /// The files at the base, by path.
  var base: [String: String]
  /// The files at head, by path.
  var head: [String: String]
  /// The compose environments to deploy (`nil`: every one found).
  var compose: [ComposeEnvironment]?
  /// The Kubernetes paths to deploy (`nil`: everything found).
  var kubernetes: [String]?
  /// Extra dependencies.
  var deployDependsOn: [String: [String]] = [:]

  /// A scenario whose two sides hold `files`.
  init(_ files: [String: String]) {
    base = files
    head = files
  }

  /// A scenario whose two sides hold the tree `Fixtures/<name>`.
  init(fixture name: String) throws {
    let source = DirectoryFileSource.fixture(name)
    var files: [String: String] = [:]
    for path in source.files(under: "") {
      files[path] = try source.text(of: path)
    }
    self.init(files)
  }

  /// Replaces `old` by `new` in the head's file at `path`, which must contain it.
  mutating func edit(_ path: String, replacing old: String, with new: String) throws {
    let text = try #require(head[path], "no file \(path)")
    let edited = text.replacingOccurrences(of: old, with: new)
    try #require(edited != text, "'\(old)' is not in \(path)")
    head[path] = edited
  }

  /// The head's files as a source.
  var headSource: MemoryFileSource {
    MemoryFileSource(head)
  }

  /// The base's files as a source.
  var baseSource: MemoryFileSource {
    MemoryFileSource(base)
  }

  /// The paths that differ between the two sides, sorted.
  var changedPaths: [String] {
    Set(base.keys).union(head.keys).filter { base[$0] != head[$0] }.sorted()
  }

  /// The units of one side.
  func catalog(_ source: MemoryFileSource) -> DeployCatalog {
    DeployCatalog(
      discoveringIn: source,
      compose: compose.map { DiscoveryScope(composeEnvironments: $0, discoversComposeFiles: false) }
        ?? DiscoveryScope(),
      kubernetes: kubernetes,
      deployDependsOn: deployDependsOn)
  }

  /// The comparison of the two sides.
  var impact: DeployImpact {
    let (baseSource, headSource) = (self.baseSource, self.headSource)
    let images = ImageCatalog(discoveringIn: headSource)
    return DeployImpact(
      base: catalog(baseSource), head: catalog(headSource),
      affectedImages: Self.affectedImages(base: baseSource, head: headSource),
      images: DeployImageIndex(catalog: images), changedPaths: changedPaths)
  }

  /// The action of each unit that must deploy, by id.
  var actions: [String: DeployAction] {
    var actions: [String: DeployAction] = [:]
    for decision in impact.deploying {
      actions[decision.id] = decision.action
    }
    return actions
  }

  /// The ids of the images whose definition or content differ, or that are new at head.
  static func affectedImages(base: some FileSource, head: some FileSource) -> Set<String> {
    let baseCatalog = ImageCatalog(discoveringIn: base)
    let headCatalog = ImageCatalog(discoveringIn: head)
    var affected: Set<String> = []
    for image in headCatalog.images {
      guard let old = baseCatalog.image(withID: image.id) else {
        affected.insert(image.id)
        continue
      }
      let now = ImageInputs(ImageDefinition(of: image, in: head, catalog: headCatalog), in: head)
      let before = ImageInputs(ImageDefinition(of: old, in: base, catalog: baseCatalog), in: base)
      if now.definition.fingerprint != before.definition.fingerprint
        || now.content != before.content
      {
        affected.insert(image.id)
      }
    }
    return affected
  }
}
