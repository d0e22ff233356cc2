import AffectedPlanner

extension ImpactAnalysis {
  /// The format `affected.yml` `defaults.format` names, when it is one of `Format`'s cases: a
  /// command's format when `--format` is not given.
  func configuredFormat<Format: RawRepresentable<String>>(_: Format.Type) -> Format? {
    configuration.defaults.format.flatMap(Format.init(rawValue:))
  }
}
