import AffectedGit
import AffectedModel

extension ImpactAnalysis {
  /// Starts discovering the images of `comparison`'s start side with `scope`, on another thread
  /// with its own handle on the repository at `location`; its result is `nil` without a start
  /// side.
  static func discoverStartImages(
    at location: String, comparison: Comparison, scope: DiscoveryScope,
    environment: [String: String]
  ) -> BackgroundWork<ImageCatalog?> {
    BackgroundWork {
      let repository = try Repository(discoveringFrom: location)
      return try comparison.startSource(in: repository).map {
        ImageCatalog(discoveringIn: $0, environment: environment, scope: scope)
      }
    }
  }

  /// Starts analysing the projects of `comparison` (see ``ProjectAnalysis``), on another thread
  /// with its own handle on the repository at `location`.
  static func analyseProjects(
    at location: String, comparison: Comparison, rules: ChangeRules,
    configuration: Configuration, baseConfiguration: Configuration?
  ) -> BackgroundWork<ProjectAnalysis> {
    BackgroundWork {
      let repository = try Repository(discoveringFrom: location)
      return ProjectAnalysis(
        head: try comparison.headSource(in: repository),
        base: try comparison.startSource(in: repository), rules: rules,
        configuration: configuration, baseConfiguration: baseConfiguration)
    }
  }
}
