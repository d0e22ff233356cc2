import AffectedGit
import AffectedModel

extension ImpactAnalysis {
  /// How many paths a reason names before it says how many more there are.
  static let namedPaths = 3

  /// Why each of `images` (of the head side) is affected by itself, and its differing inputs.
  ///
  /// The reasons are those of its own inputs and its settings in `affected.yml`, not those of
  /// the images it builds on, by id for the images that have some; the content inputs that
  /// differ (``directReasons(of:rules:head:base:differing:)``), by id for those that do. A
  /// second thread shares the work, reading both sides of `comparison` through a handle it
  /// opens on `location`.
  static func directReasons<Source: FileSource>(
    of images: [Image], rules: ChangeRules, settings: ImageConfiguration,
    baseConfiguration: Configuration?, head: inout RevisionImages<Source>,
    base: inout RevisionImages<Source>?, comparison: Comparison, location: RepositoryLocation
  ) -> (reasons: [String: [String]], contentChanges: [String: [String]]) {
    let headSide = (catalog: head.catalog, definitions: head.definitions)
    let baseSide = base.map { (catalog: $0.catalog, definitions: $0.definitions) }
    let found = SharedWork.map(images) { image in
      ownReasons(
        of: image, rules: rules, settings: settings, baseConfiguration: baseConfiguration,
        head: &head, base: &base)
    } elsewhere: {
      let repository = try location.open()
      var head = RevisionImages(
        source: try comparison.headSource(in: repository), catalog: headSide.catalog,
        definitions: headSide.definitions)
      var base = try baseSide.flatMap { side in
        try comparison.startSource(in: repository).map {
          RevisionImages(source: $0, catalog: side.catalog, definitions: side.definitions)
        }
      }
      return { image in
        ownReasons(
          of: image, rules: rules, settings: settings, baseConfiguration: baseConfiguration,
          head: &head, base: &base)
      }
    }
    var reasons: [String: [String]] = [:]
    var contentChanges: [String: [String]] = [:]
    for (image, own) in zip(images, found) {
      if !own.reasons.isEmpty {
        reasons[image.id] = own.reasons
      }
      if !own.differing.isEmpty {
        contentChanges[image.id] = own.differing
      }
    }
    return (reasons, contentChanges)
  }

  /// Why `image` is affected by its own inputs and its settings, and the content inputs that
  /// differ (empty when they were not compared).
  private static func ownReasons<Source: FileSource>(
    of image: Image, rules: ChangeRules, settings: ImageConfiguration,
    baseConfiguration: Configuration?, head: inout RevisionImages<Source>,
    base: inout RevisionImages<Source>?
  ) -> (reasons: [String], differing: [String]) {
    var differing: [String] = []
    var found = directReasons(
      of: image.id, rules: rules, head: &head, base: &base, differing: &differing)
    if rules.everythingReason == nil {
      found += settings.reasons(
        of: image, base: baseConfiguration,
        existedAtBase: base?.definitions[image.id] != nil, rules: rules)
    }
    return (found, differing)
  }

  /// Why image `id` of the head side is affected by its own inputs, not through the images it
  /// builds on, counting only the changes `rules` lets count; empty when it is not. `differing`
  /// receives the repository paths of the content inputs added, removed or changed, when they
  /// were compared.
  static func directReasons<Source: FileSource>(
    of id: String, rules: ChangeRules, head: inout RevisionImages<Source>,
    base: inout RevisionImages<Source>?, differing: inout [String]
  ) -> [String] {
    if let reason = rules.everythingReason {
      return [reason]
    }
    guard let definition = head.definitions[id] else {
      return []
    }
    guard let old = base?.definitions[id] else {
      return ["it is new: no image has this id at the base"]
    }
    var reasons: [String] = []
    if definition.readsOutsideRepository {
      reasons.append("its context is outside the repository, so no change can be ruled out")
    }
    if definition.fingerprint != old.fingerprint {
      let files = Set(definition.definitionFiles + old.definitionFiles)
      let touched = rules.paths.filter(files.contains)
      reasons.append(
        "its definition changed" + (touched.isEmpty ? "" : " (\(listing(touched)))"))
    }
    // Most definitions are the same at both sides: ask one of them. Only the changed paths in
    // the scopes of its reads are tried, in the comparison's order.
    // Neither is put in an array: that would copy the whole definition.
    let same = definition == old
    let changed = rules.changedPaths
    var candidates = Set(positions(under: definition.readScopes, in: changed))
    if !same {
      candidates.formUnion(positions(under: old.readScopes, in: changed))
    }
    let touched = candidates.sorted().map { changed.ordered[$0] }.filter { path in
      definition.mayRead(path: path) || (!same && old.mayRead(path: path))
    }
    guard !touched.isEmpty else {
      return reasons
    }
    let uncertain = definition.uncertainReasons + old.uncertainReasons
    if !uncertain.isEmpty {
      var seen: Set<String> = []
      let why = uncertain.filter { seen.insert($0).inserted }.joined(separator: "; ")
      reasons.append("it is uncertain (\(why)) and \(listing(touched)) changed in its context")
      return reasons
    }
    if let base, definition.readsLike(old) {
      // Same reads of the same contexts: only a changed path can be an input that differs.
      differing = touched.filter { path in
        definition.takesContent(at: path)
          && head.source.entry(at: path) != base.source.entry(at: path)
      }
    } else {
      let now = Set(head.inputs(of: id)?.content ?? [])
      let before = Set(base?.inputs(of: id)?.content ?? [])
      differing = Array(Set(now.symmetricDifference(before).map(\.repositoryPath)))
    }
    differing = differing.filter(rules.counts).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    if !differing.isEmpty {
      reasons.append("its content changed: \(listing(differing))")
    }
    return reasons
  }

  /// The positions in `changed` of the paths at or under `scopes`: one set lookup rules out a
  /// scope that holds no change, as most do, before any search.
  private static func positions(under scopes: [String], in changed: ChangedPaths) -> [Int] {
    scopes.filter(changed.holdChange(at:)).flatMap(changed.positions(atOrUnder:))
  }

  /// `paths` joined with commas, the first few only, with how many more there are.
  static func listing(_ paths: [String]) -> String {
    let shown = paths.prefix(namedPaths).joined(separator: ", ")
    return paths.count > namedPaths ? "\(shown) and \(paths.count - namedPaths) more" : shown
  }
}
