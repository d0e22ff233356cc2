/// What a command does when its command line does not say (`defaults` in `affected.yml`).
///
/// Defaults change how a run is made, not what any image or project is, so a change to them
/// affects no node.
public struct ConfigurationDefaults: Hashable, Sendable {
  /// The branch or revision to compare with when no `--base` is given.
  public var base: String?
  /// The environments to plan when none is named.
  public var environments: [String]?
  /// The output format when no `--format` is given.
  public var format: String?

  /// Creates defaults; each is unset unless given.
  public init(base: String? = nil, environments: [String]? = nil, format: String? = nil) {
    self.base = base
    self.environments = environments
    self.format = format
  }
}
