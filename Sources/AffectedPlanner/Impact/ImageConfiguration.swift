import AffectedModel

/// What `affected.yml` says of each image at head: its settings, the images it is declared to
/// depend on, and why its settings make it affected.
struct ImageConfiguration {
  /// Each head image's effective settings, by id (absent when it has none).
  let settings: [String: ImageSettings]
  /// The images each image is declared to depend on (`dependsOn`), as ids, by id.
  let dependencies: [String: [String]]
  /// Warnings about `affected.yml` (an `images` key that names no image).
  let diagnostics: [Diagnostic]

  /// Resolves the `images` settings of `configuration` against `catalog`.
  ///
  /// - Throws: `ConfigurationError` when a `dependsOn` entry names no image.
  init(_ configuration: Configuration, catalog: ImageCatalog) throws(ConfigurationError) {
    var diagnostics: [Diagnostic] = []
    for key in configuration.images.keys.sorted() where catalog.images(matching: key).isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning,
          "images.\(key) in affected.yml names no image; use an id or short name that "
            + "`affected images` lists", file: Configuration.fileName))
    }
    for (key, entry) in configuration.images.sorted(by: { $0.key < $1.key }) {
      for name in entry.dependsOn ?? [] where catalog.images(matching: name).isEmpty {
        throw ConfigurationError(
          file: Configuration.fileName, line: nil, column: nil, keyPath: "images.\(key).dependsOn",
          reason: .invalidValue(
            "'\(name)' names no image; use an id or short name that `affected images` lists"))
      }
    }
    var settings: [String: ImageSettings] = [:]
    var dependencies: [String: [String]] = [:]
    for image in catalog.images {
      let found = configuration.settings(forImage: image.id, shortNames: image.shortNames)
      guard found != ImageSettings() else {
        continue
      }
      settings[image.id] = found
      let ids = (found.dependsOn ?? []).flatMap { catalog.images(matching: $0).map(\.id) }
      if !ids.isEmpty {
        dependencies[image.id] = Array(Set(ids)).sorted()
      }
    }
    self.settings = settings
    self.dependencies = dependencies
    self.diagnostics = diagnostics
  }

  /// Why `image` is affected through `affected.yml`: its settings differ from those at the base
  /// (`base` is `nil` when the base's `affected.yml` cannot be read), or a changed path matches
  /// its extra `inputs`.
  func reasons(
    of image: Image, base: Configuration?, existedAtBase: Bool, rules: ChangeRules
  ) -> [String] {
    let current = settings[image.id] ?? ImageSettings()
    var reasons: [String] = []
    if existedAtBase {
      if let base {
        if base.settings(forImage: image.id, shortNames: image.shortNames) != current {
          reasons.append("its settings in affected.yml changed")
        }
      } else {
        reasons.append("affected.yml cannot be read at the base, so its settings may have changed")
      }
    }
    if let inputs = current.inputs {
      let touched = rules.paths.filter(inputs.matches)
      if !touched.isEmpty {
        reasons.append(
          "an extra input affected.yml lists changed: \(ImpactAnalysis.listing(touched))")
      }
    }
    return reasons
  }
}
