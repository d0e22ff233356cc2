/// One resource of a Kubernetes manifest (a YAML document with `kind` and `metadata.name`), as
/// parsed: scalars keep their text, mappings compare regardless of key order.
struct KubernetesResource: Hashable, Sendable {
  /// The kinds that run pods and are deploy units.
  static let workloadKinds: Set<String> = [
    "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob",
  ]

  /// The `kind`.
  var kind: String
  /// The `metadata.name`.
  var name: String
  /// The `metadata.namespace`, if written.
  var namespace: String?
  /// The whole document.
  var document: ComposeMapping
  /// The repository file it was read from.
  var file: String

  /// Reads `document`; `nil` when it has no `kind` or no `metadata.name`.
  init?(_ document: ComposeMapping, file: String) {
    guard let kind = document["kind"]?.string, !kind.isEmpty,
      let name = document["metadata"]?["name"]?.string, !name.isEmpty
    else {
      return nil
    }
    self.kind = kind
    self.name = name
    self.namespace = document["metadata"]?["namespace"]?.string
    self.document = document
    self.file = file
  }

  /// `Kind/name`, how kustomize patches and generators name a resource.
  var key: String {
    "\(kind)/\(name)"
  }

  /// Whether it runs pods: a `Deployment`, `StatefulSet`, `DaemonSet`, `Job` or `CronJob`.
  var isWorkload: Bool {
    Self.workloadKinds.contains(kind)
  }

  /// Where its pod spec lies: `spec.jobTemplate.spec.template.spec` for a `CronJob`, else
  /// `spec.template.spec`.
  private var podSpecPath: [String] {
    kind == "CronJob"
      ? ["spec", "jobTemplate", "spec", "template", "spec"] : ["spec", "template", "spec"]
  }

  /// The pod spec, if any.
  var podSpec: ComposeMapping? {
    var value: ComposeValue? = .mapping(document)
    for key in podSpecPath {
      value = value?[key]
    }
    return value?.mapping
  }

  /// The containers, then the init containers, of the pod spec.
  private var containers: [ComposeMapping] {
    ["containers", "initContainers"].flatMap { key in
      (podSpec?[key]?.sequence ?? []).compactMap(\.mapping)
    }
  }

  /// The images its containers and init containers run, each once, in the order written
  /// (containers first).
  var images: [String] {
    var images: [String] = []
    for container in containers {
      if let image = container["image"]?.string, !images.contains(image) {
        images.append(image)
      }
    }
    return images
  }

  /// The ConfigMaps and Secrets the pod reads, as `ConfigMap/name` and `Secret/name`, sorted:
  /// through `envFrom`, `env[].valueFrom`, `volumes` and projected volumes.
  var consumedConfiguration: [String] {
    var keys: Set<String> = []
    for container in containers {
      for source in container["envFrom"]?.sequence ?? [] {
        keys.formUnion(
          Self.references(configMap: source["configMapRef"], secret: source["secretRef"]))
      }
      for variable in container["env"]?.sequence ?? [] {
        let from = variable["valueFrom"]
        keys.formUnion(
          Self.references(configMap: from?["configMapKeyRef"], secret: from?["secretKeyRef"]))
      }
    }
    for volume in podSpec?["volumes"]?.sequence ?? [] {
      keys.formUnion(Self.references(configMap: volume["configMap"], secret: nil))
      if let secret = volume["secret"]?["secretName"]?.string {
        keys.insert("Secret/\(secret)")
      }
      for source in volume["projected"]?["sources"]?.sequence ?? [] {
        keys.formUnion(Self.references(configMap: source["configMap"], secret: source["secret"]))
      }
    }
    return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  private static func references(configMap: ComposeValue?, secret: ComposeValue?) -> [String] {
    [("ConfigMap", configMap), ("Secret", secret)].compactMap { kind, value in
      value?["name"]?.string.map { "\(kind)/\($0)" }
    }
  }

  /// This resource with each container's and init container's `image` replaced by
  /// `transform(image)`; a `nil` result removes the field.
  func mappingImages(_ transform: (String) -> String?) -> KubernetesResource {
    var copy = self
    copy.document = Self.updating(document, at: podSpecPath[...]) { spec in
      var spec = spec
      for key in ["containers", "initContainers"] {
        guard let list = spec[key]?.sequence else {
          continue
        }
        spec[key] = .sequence(
          list.map { entry in
            guard var container = entry.mapping, let image = container["image"]?.string else {
              return entry
            }
            container["image"] = transform(image).map { .string($0) }
            return .mapping(container)
          })
      }
      return spec
    }
    return copy
  }

  /// `mapping` with the mapping at `path` replaced by `change(mapping)`; unchanged when the path
  /// does not lead to a mapping.
  private static func updating(
    _ mapping: ComposeMapping, at path: ArraySlice<String>,
    _ change: (ComposeMapping) -> ComposeMapping
  ) -> ComposeMapping {
    guard let key = path.first else {
      return change(mapping)
    }
    guard let child = mapping[key]?.mapping else {
      return mapping
    }
    var copy = mapping
    copy[key] = .mapping(updating(child, at: path.dropFirst(), change))
    return copy
  }
}
