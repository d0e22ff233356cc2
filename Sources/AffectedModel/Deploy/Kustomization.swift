/// A `kustomization.yaml`, as parsed: what it gathers, generates, overrides and patches.
///
/// Paths stay as written (relative to the kustomization's folder); `KustomizeBuild` resolves
/// them.
struct Kustomization: Hashable, Sendable {
  /// The file names kustomize looks for in a folder, in its order.
  static let fileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

  /// A `configMapGenerator` or `secretGenerator` entry.
  struct Generator: Hashable, Sendable {
    /// `ConfigMap` or `Secret`.
    var kind: String
    /// The generated resource's name (before kustomize adds its hash suffix).
    var name: String
    /// The entry as written: literals, options, behavior.
    var entry: ComposeValue
    /// The files it reads (`files`, `envs`, `env`), as written, without a `key=` prefix.
    var files: [String]
  }

  /// One entry of `patches`, `patchesStrategicMerge` or `patchesJson6902`.
  struct Patch: Hashable, Sendable {
    /// The patch file, as written; `nil` for an inline patch.
    var path: String?
    /// The inline patch; `nil` for a patch file.
    var inline: ComposeValue?
    /// The `kind` of the resources it targets, when known.
    var kind: String?
    /// The `name` of the resource it targets, when known (a plain name, not a pattern).
    var name: String?
  }

  /// The repository path of the file.
  var file: String
  /// `resources`, `bases` and `components`, as written.
  var resources: [String]
  /// The `images` overrides, in order.
  var images: [KustomizeImage]
  /// The generators, in order.
  var generators: [Generator]
  /// The patches, in order.
  var patches: [Patch]
  /// Everything else (`namespace`, `namePrefix`, `labels`, `replicas`, …): it applies to every
  /// resource of the kustomization.
  var settings: ComposeMapping

  /// The keys read into fields, and those that only describe the file (`apiVersion`, `kind`,
  /// `metadata`); the others are `settings`.
  private static let structuralKeys: Set<String> = [
    "resources", "bases", "components", "images", "configMapGenerator", "secretGenerator",
    "patches", "patchesStrategicMerge", "patchesJson6902", "apiVersion", "kind", "metadata",
  ]

  /// Reads the parsed document `document` of the file `file`.
  init(_ document: ComposeMapping, file: String) {
    self.file = file
    resources = ["resources", "bases", "components"].flatMap { key in
      (document[key]?.sequence ?? []).compactMap(\.string)
    }
    images = (document["images"]?.sequence ?? []).compactMap { KustomizeImage($0) }
    generators = [("ConfigMap", "configMapGenerator"), ("Secret", "secretGenerator")].flatMap {
      kind, key in
      (document[key]?.sequence ?? []).compactMap { Self.generator($0, kind: kind) }
    }
    let patchEntries =
      (document["patches"]?.sequence ?? []) + (document["patchesJson6902"]?.sequence ?? [])
    patches =
      patchEntries.compactMap(Self.patch)
      + (document["patchesStrategicMerge"]?.sequence ?? []).map { entry in
        Patch(path: entry.string, inline: nil, kind: nil, name: nil)
      }
    var settings = document
    for key in Self.structuralKeys {
      settings[key] = nil
    }
    self.settings = settings
  }

  private static func generator(_ entry: ComposeValue, kind: String) -> Generator? {
    guard let name = entry["name"]?.string else {
      return nil
    }
    let listed = ["files", "envs"].flatMap { key in
      (entry[key]?.sequence ?? []).compactMap(\.string)
    }
    let files = (listed + [entry["env"]?.string].compactMap { $0 }).map { file in
      file.split(separator: "=", maxSplits: 1).last.map(String.init) ?? file
    }
    return Generator(kind: kind, name: name, entry: entry, files: files)
  }

  private static func patch(_ entry: ComposeValue) -> Patch? {
    let path = entry["path"]?.string
    let inline = entry["patch"]
    guard path != nil || inline != nil else {
      return nil
    }
    let target = entry["target"]
    let name = target?["name"]?.string
    return Patch(
      path: path, inline: inline, kind: target?["kind"]?.string,
      name: name.flatMap { isPattern($0) ? nil : $0 })
  }

  /// Whether a target name is a regular expression rather than a plain name.
  private static func isPattern(_ name: String) -> Bool {
    name.contains { "^$*+?()[]{}|\\.".contains($0) }
  }
}
