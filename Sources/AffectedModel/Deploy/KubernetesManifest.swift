/// The resources of one Kubernetes manifest file: every YAML document with `kind` and
/// `metadata.name`, the items of a `kind: List` included.
struct KubernetesManifest: Hashable, Sendable {
  /// The repository path of the file.
  var file: String
  /// The resources, in the order written.
  var resources: [KubernetesResource]
  /// Whether the file could be read and parsed completely.
  var isReadable: Bool
  /// Problems with the file.
  var diagnostics: [Diagnostic]

  /// Reads the manifest at `file` in `source`, following symbolic links.
  ///
  /// Invalid YAML is a diagnostic with the line, and the documents before it are kept.
  init(file: String, in source: some FileSource) {
    guard let text = source.textFollowingLinks(of: file) else {
      self.init(
        file: file, resources: [], isReadable: false,
        diagnostics: [
          Diagnostic(
            .warning,
            "cannot read Kubernetes manifest '\(file)'; check that it exists and is a file",
            file: file)
        ])
      return
    }
    let (layers, problems) = ComposeYAMLReader.layers(of: text, file: file, readBy: "kubectl")
    var resources: [KubernetesResource] = []
    for layer in layers {
      let items = layer.value["kind"]?.string == "List" ? layer.value["items"]?.sequence ?? [] : []
      for document in items.isEmpty ? [.mapping(layer.value)] : items {
        if let mapping = document.mapping, let resource = KubernetesResource(mapping, file: file) {
          resources.append(resource)
        }
      }
    }
    self.init(file: file, resources: resources, isReadable: problems.isEmpty, diagnostics: problems)
  }

  private init(
    file: String, resources: [KubernetesResource], isReadable: Bool, diagnostics: [Diagnostic]
  ) {
    self.file = file
    self.resources = resources
    self.isReadable = isReadable
    self.diagnostics = diagnostics
  }

  /// Whether `text` may be a Kubernetes manifest.
  ///
  /// It may when some line starts with `apiVersion:` and some line starts with `kind:`. This rules out most YAML files (CI workflows, compose files,
  /// Helm values) without parsing them.
  static func mayDeclareResources(_ text: String) -> Bool {
    var apiVersion = false
    var kind = false
    for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
      apiVersion = apiVersion || line.starts(with: "apiVersion:".utf8)
      kind = kind || line.starts(with: "kind:".utf8)
      if apiVersion && kind {
        return true
      }
    }
    return false
  }

  /// Whether `name` is a YAML file name (`.yaml`, `.yml`).
  static func isYAMLName(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }
}
