/// The settings `affected.yml` gives one image (`images.<id or short name>`); a setting left
/// unset is `nil`, and the planner's default applies.
///
/// Two images' settings compare equal exactly when every setting is the same, so the planner
/// can tell which images a change to `affected.yml` touches.
public struct ImageSettings: Hashable, Sendable {
  /// The image's repository path without registry or tag, as `acme/backend`.
  public var name: String?
  /// The registry host (with optional port and path) to push to, as `ghcr.io/acme`.
  public var registry: String?
  /// The tags to give each build, replacing the default ones.
  public var tags: [TagTemplate]?
  /// The platforms to build for, as `linux/amd64`.
  public var platforms: [String]?
  /// The cache sources, as `docker buildx build --cache-from` takes them.
  public var cacheFrom: [String]?
  /// The cache destinations, as `docker buildx build --cache-to` takes them.
  public var cacheTo: [String]?
  /// Repository files that count as inputs besides those the build reads.
  public var inputs: GlobSet?
  /// Images (ids or short names) that must be built before this one.
  public var dependsOn: [String]?

  /// Creates settings; every setting defaults to unset.
  public init(
    name: String? = nil, registry: String? = nil, tags: [TagTemplate]? = nil,
    platforms: [String]? = nil, cacheFrom: [String]? = nil, cacheTo: [String]? = nil,
    inputs: GlobSet? = nil, dependsOn: [String]? = nil
  ) {
    self.name = name
    self.registry = registry
    self.tags = tags
    self.platforms = platforms
    self.cacheFrom = cacheFrom
    self.cacheTo = cacheTo
    self.inputs = inputs
    self.dependsOn = dependsOn
  }

  /// These settings, with each one they leave unset taken from `fallback`.
  func filled(from fallback: ImageSettings) -> ImageSettings {
    ImageSettings(
      name: name ?? fallback.name, registry: registry ?? fallback.registry,
      tags: tags ?? fallback.tags, platforms: platforms ?? fallback.platforms,
      cacheFrom: cacheFrom ?? fallback.cacheFrom, cacheTo: cacheTo ?? fallback.cacheTo,
      inputs: inputs ?? fallback.inputs, dependsOn: dependsOn ?? fallback.dependsOn)
  }
}
