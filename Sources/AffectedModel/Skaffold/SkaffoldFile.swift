/// The Dockerfile artifacts of a `skaffold.yaml` (or `skaffold.yml`), read from every YAML
/// document's `build.artifacts`.
///
/// Artifacts built with `docker` (the default) or `kaniko` are Dockerfile images; those built
/// with `jib`, `buildpacks`, `bazel`, `ko` or `custom` are not. Profiles are not applied.
public struct SkaffoldFile: Hashable, Sendable {
  /// The builders that build from a Dockerfile.
  private static let dockerfileBuilders = ["docker", "kaniko"]
  /// The builders that do not.
  private static let otherBuilders = ["jib", "buildpacks", "bazel", "ko", "custom"]

  /// The file's repository-relative path.
  public var path: String
  /// The Dockerfile artifacts, in order.
  public var artifacts: [SkaffoldArtifact]
  /// Whether the file could be read as YAML; when not, `artifacts` holds what came before the
  /// error.
  public var isReadable: Bool
  /// The file and the targets of the links it was read through, repository-relative.
  public var files: [String]
  /// Problems found in the file.
  public var diagnostics: [Diagnostic]

  /// Whether `name` (a file name, without folders) is a skaffold file.
  public static func isSkaffoldFileName(_ name: String) -> Bool {
    name == "skaffold.yaml" || name == "skaffold.yml"
  }

  /// Reads the skaffold file at `path` in `source`, following symbolic links.
  public init(at path: String, in source: some FileSource) {
    self.path = path
    artifacts = []
    diagnostics = []
    guard let chain = source.linkChain(from: path), let file = chain.last,
      let text = try? source.text(of: file)
    else {
      files = [path]
      isReadable = false
      diagnostics.append(
        Diagnostic(
          .warning, "cannot read skaffold file '\(path)'; check that it exists and is a file",
          file: path))
      return
    }
    files = chain
    let (layers, problems) = ComposeYAMLReader.layers(of: text, file: path)
    isReadable = problems.isEmpty
    diagnostics += problems
    for layer in layers {
      let entries = layer.value["build"]?["artifacts"]?.sequence ?? []
      for (index, entry) in entries.enumerated() {
        if let artifact = artifact(entry, index: index) {
          artifacts.append(artifact)
        }
      }
    }
  }

  /// The artifact `value` (the `index`th of its document), or `nil` when it is not built from a
  /// Dockerfile.
  private mutating func artifact(_ value: ComposeValue, index: Int) -> SkaffoldArtifact? {
    guard let mapping = value.mapping, let image = mapping["image"]?.string, !image.isEmpty else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "build.artifacts[\(index)] has no image name; give it an 'image' so it can be built",
          file: path))
      return nil
    }
    if Self.otherBuilders.contains(where: mapping.contains) {
      return nil
    }
    let builder = Self.dockerfileBuilders.first(where: mapping.contains).flatMap { mapping[$0] }
    var buildArguments: [String: String] = [:]
    for entry in builder?["buildArgs"]?.mapping ?? ComposeMapping() where !entry.value.isNull {
      buildArguments[entry.key] = entry.value.description
    }
    let requirements = (mapping["requires"]?.sequence ?? []).compactMap { requirement in
      requirement["image"]?.string.map {
        SkaffoldArtifact.Requirement(image: $0, alias: requirement["alias"]?.string)
      }
    }
    return SkaffoldArtifact(
      image: image, context: mapping["context"]?.string ?? ".",
      dockerfile: builder?["dockerfile"]?.string ?? "Dockerfile",
      target: builder?["target"]?.string, buildArguments: buildArguments,
      requirements: requirements)
  }
}
