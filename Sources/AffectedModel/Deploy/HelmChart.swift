/// A Helm chart: a folder with a `Chart.yaml`, deployed as one unit whose templates and values
/// are its configuration.
struct HelmChart: Hashable, Sendable {
  /// The chart's folder, repository-relative.
  var folder: String
  /// The chart's `name`, else its folder's name.
  var name: String
  /// The images `values.yaml` names, each once, in the order written.
  var images: [String]
  /// The folders of local dependencies (`repository: file://…`).
  var dependencyFolders: [String]
  /// `Chart.yaml` and `values.yaml` when they could not be parsed.
  var unreadableFiles: [String]
  /// Problems found.
  var diagnostics: [Diagnostic]

  /// Reads the chart in `folder`.
  init(folder: String, in source: some FileSource) {
    self.folder = folder
    name = ComposePath.lastComponent(of: folder)
    images = []
    dependencyFolders = []
    unreadableFiles = []
    diagnostics = []
    let chart = read(ComposePath.join(folder, "Chart.yaml"), in: source) ?? ComposeMapping()
    name = chart["name"]?.string ?? name
    dependencyFolders = (chart["dependencies"]?.sequence ?? []).compactMap { dependency in
      guard let repository = dependency["repository"]?.string, repository.hasPrefix("file://")
      else {
        return nil
      }
      return ComposePath(resolving: String(repository.dropFirst(7)), in: folder).repositoryPath
    }
    let valuesFile = ComposePath.join(folder, "values.yaml")
    if source.exists(valuesFile), let values = read(valuesFile, in: source) {
      Self.collectImages(
        in: .mapping(values), appVersion: chart["appVersion"]?.string, into: &images)
    }
  }

  /// The id of its unit: `<folder>/Chart.yaml`.
  var id: String {
    ComposePath.join(folder, "Chart.yaml")
  }

  /// The first document of the YAML file `file`, recording problems.
  private mutating func read(_ file: String, in source: some FileSource) -> ComposeMapping? {
    guard let text = source.textFollowingLinks(of: file) else {
      diagnostics.append(
        Diagnostic(.warning, "cannot read '\(file)'; check that it is a file", file: file))
      unreadableFiles.append(file)
      return nil
    }
    let (layers, problems) = ComposeYAMLReader.layers(of: text, file: file, readBy: "helm")
    diagnostics += problems
    if !problems.isEmpty {
      unreadableFiles.append(file)
    }
    return layers.first?.value
  }

  /// Adds the images named under every `image` key of `value`: a reference, or a mapping of
  /// `registry`, `repository` and `tag` (the chart's `appVersion` when missing) or `digest`.
  private static func collectImages(
    in value: ComposeValue, appVersion: String?, into images: inout [String]
  ) {
    switch value {
    case .mapping(let mapping):
      for entry in mapping {
        if entry.key == "image", let image = reference(entry.value, appVersion: appVersion) {
          if !images.contains(image) {
            images.append(image)
          }
        } else {
          collectImages(in: entry.value, appVersion: appVersion, into: &images)
        }
      }
    case .sequence(let elements):
      for element in elements {
        collectImages(in: element, appVersion: appVersion, into: &images)
      }
    case .null, .string:
      break
    }
  }

  private static func reference(_ value: ComposeValue, appVersion: String?) -> String? {
    if let text = value.string, !text.isEmpty {
      return text
    }
    guard let repository = value["repository"]?.string, !repository.isEmpty else {
      return nil
    }
    let name = value["registry"]?.string.map { "\($0)/\(repository)" } ?? repository
    if let digest = value["digest"]?.string, !digest.isEmpty {
      return "\(name)@\(digest)"
    }
    let tag = value["tag"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? appVersion
    return tag.map { "\(name):\($0)" } ?? name
  }
}
