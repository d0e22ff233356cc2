/// The effective settings of each node, as values to compare between two revisions.
///
/// A change to `affected.yml` affects exactly the nodes whose effective settings differ between
/// the base and the head configuration:
///
/// ```swift
/// let changed = base.settings(forImage: image.id, shortNames: image.shortNames)
///   != head.settings(forImage: image.id, shortNames: image.shortNames)
/// ```
///
/// Settings are compared parsed: comments, key order, quoting and the spelling of globs and
/// paths (`./vendor/` and `vendor`) do not count. A change to `globalSettings` affects every
/// node; a change to `defaults` affects none.
extension Configuration {
  /// The settings that apply to every node: `ignore`, `global` and `exclude`.
  public var globalSettings: GlobalSettings {
    GlobalSettings(ignore: ignore, global: global, exclude: exclude)
  }

  /// The effective settings of the image `id` known by `shortNames`.
  ///
  /// The entry keyed by the id comes first, then the entries keyed by each short name in the
  /// order given; each fills in only what the ones before it leave unset. An image with no
  /// entry gets settings with nothing set.
  public func settings(forImage id: String, shortNames: [String]) -> ImageSettings {
    ([id] + shortNames).reduce(ImageSettings()) { settings, key in
      images[key].map(settings.filled(from:)) ?? settings
    }
  }

  /// The settings of the project whose folder is `path` (normalised, `.` for the root), or
  /// `nil` when `affected.yml` does not declare it.
  public func settings(forProject path: String) -> ProjectSettings? {
    projects[path]
  }

  /// The files of the environment `name`, or `nil` when `affected.yml` does not declare it.
  public func settings(forEnvironment name: String) -> EnvironmentSettings? {
    environments[name]
  }

  /// The units (ids or short names, as written) that `deployDependsOn` says to deploy before
  /// the unit `id` known by `shortNames`: the entries for its id, then for each short name, each
  /// unit once.
  public func deployDependencies(ofUnit id: String, shortNames: [String]) -> [String] {
    var seen: Set<String> = []
    return ([id] + shortNames).flatMap { deployDependsOn[$0] ?? [] }.filter {
      seen.insert($0).inserted
    }
  }
}
