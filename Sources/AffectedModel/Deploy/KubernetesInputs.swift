/// What configures a Kubernetes resource besides its own document, gathered while manifests and
/// kustomizations are read: named parsed values (ConfigMap documents, generator entries, inline
/// patches, kustomization settings) and repository files (generator files, patch files).
struct KubernetesInputs: Hashable, Sendable {
  /// The parsed values, by fingerprint part name (`ConfigMap app-config`), in the order added.
  var values: [String: [ComposeValue]] = [:]
  /// The files read, in the order added.
  var reads: [DeployRead] = []

  /// Adds `value` to the part `name`.
  mutating func add(_ value: ComposeValue, as name: String) {
    values[name, default: []].append(value)
  }

  /// Adds what `other` holds.
  mutating func merge(_ other: KubernetesInputs) {
    values.merge(other.values) { mine, theirs in mine + theirs }
    reads += other.reads.filter { !reads.contains($0) }
  }

  /// The fingerprint parts: each name with its values as a sequence.
  var components: [String: ComposeValue] {
    values.mapValues { .sequence($0) }
  }

  /// The fingerprint part name of a `ConfigMap/name` or `Secret/name` key: `ConfigMap name`.
  static func partName(of key: String) -> String {
    guard let slash = key.firstIndex(of: "/") else {
      return key
    }
    return key[..<slash] + " " + key[key.index(after: slash)...]
  }
}
