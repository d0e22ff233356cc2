import AffectedGit
import AffectedModel

/// The head side of deploy comparisons: its files, its `affected.yml`, the environments chosen,
/// and its units.
struct DeployHead {
  /// The head's files.
  var source: SnapshotFileSource
  /// The head's `affected.yml`.
  var configuration: Configuration
  /// The environments deployed, on both sides.
  var selection: DeploySelection
  /// The units at head.
  var catalog: DeployCatalog

  /// Reads the head's configuration and units.
  ///
  /// - Throws: `ConfigurationError` for an invalid `affected.yml`.
  init(
    source: SnapshotFileSource, composeFiles: [String]?, kubernetesPaths: [String]
  ) throws(ConfigurationError) {
    self.source = source
    configuration = try Configuration(loadingFrom: source)
    selection = DeploySelection(
      composeFiles: composeFiles, kubernetesPaths: kubernetesPaths, configuration: configuration)
    catalog = selection.catalog(in: source, deployDependsOn: configuration.deployDependsOn)
  }

  /// The decisions for the units at head compared with the start side of `analysis`'s
  /// comparison, whose affected images count, and whose changed paths count unless
  /// `affected.yml` `ignore` drops them.
  ///
  /// - Throws: `GitError` when the start side cannot be read.
  func impact(of analysis: ImpactAnalysis, in repository: Repository) throws(GitError)
    -> DeployImpact
  {
    let comparison = analysis.comparison
    let base = try comparison.startSource(in: repository).map {
      selection.catalog(in: $0, deployDependsOn: configuration.deployDependsOn)
    }
    return DeployImpact(
      base: base, head: catalog, affectedImages: Set(analysis.reasons.keys),
      images: DeployImageIndex(catalog: analysis.catalog),
      changedPaths: ChangeRules(comparison: comparison, configuration: analysis.configuration).paths)
  }
}
