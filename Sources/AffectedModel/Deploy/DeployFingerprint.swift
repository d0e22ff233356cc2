/// A deploy unit's configuration in parsed form, as named parts: two revisions of a unit with
/// equal fingerprints start their containers the same way (given the same images and files).
///
/// The part under `definitionKey` is the unit's own block: a compose service's block without
/// `build` and `image`, or a Kubernetes workload's document without its containers' `image`
/// fields (images are compared on their own, and a change to them is a rollout). The other
/// parts are what the block refers to, each named after it: `network backend`,
/// `volume postgres_data`, `config nginx`, `secret token`, `ConfigMap app-config`,
/// `Secret db-credentials`, `kustomization deploy/prod/kustomization.yaml`. A part that is
/// missing is absent, so adding or removing one is a change too.
public struct DeployFingerprint: Hashable, Sendable {
  /// The name of the part that holds the unit's own block.
  public static let definitionKey = "definition"

  /// The parts, by name.
  public var components: [String: ComposeValue]

  /// Creates a fingerprint of `components`.
  public init(components: [String: ComposeValue] = [:]) {
    self.components = components
  }

  /// The unit's own block, if recorded.
  public var definition: ComposeValue? {
    components[Self.definitionKey]
  }

  /// The names of the parts that differ from `base` (added, removed or changed): the definition
  /// first, then the others in byte order.
  public func changes(since base: DeployFingerprint) -> [String] {
    let names = Set(components.keys).union(base.components.keys)
    return names.filter { components[$0] != base.components[$0] }.sorted { lhs, rhs in
      if (lhs == Self.definitionKey) != (rhs == Self.definitionKey) {
        return lhs == Self.definitionKey
      }
      return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
  }

  /// Where the definition differs from `base`'s, as dotted key paths in byte order
  /// (`environment`, `deploy.resources.limits`, `spec.template.spec.containers`): mappings are
  /// followed down to `depth` keys; empty when either definition is not a mapping.
  public func changedDefinitionPaths(since base: DeployFingerprint, depth: Int = 4) -> [String] {
    guard let mine = definition?.mapping, let theirs = base.definition?.mapping else {
      return []
    }
    return Self.differences(mine, theirs, prefix: "", depth: depth)
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  private static func differences(
    _ lhs: ComposeMapping, _ rhs: ComposeMapping, prefix: String, depth: Int
  ) -> [String] {
    var paths: [String] = []
    for key in Set(lhs.keys).union(rhs.keys) where lhs[key] != rhs[key] {
      let path = prefix + key
      if depth > 1, let left = lhs[key]?.mapping, let right = rhs[key]?.mapping {
        paths += differences(left, right, prefix: path + ".", depth: depth - 1)
      } else {
        paths.append(path)
      }
    }
    return paths
  }
}
