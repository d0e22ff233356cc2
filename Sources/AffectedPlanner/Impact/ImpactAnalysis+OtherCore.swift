import AffectedGit
import AffectedModel

extension ImpactAnalysis {
  /// Starts discovering the images of `comparison`'s start side with `scope`, on another thread
  /// with its own handle on the repository at `location`; its result is `nil` without a start
  /// side.
  static func discoverStartImages(
    at location: RepositoryLocation, comparison: Comparison, scope: DiscoveryScope,
    environment: [String: String]
  ) -> BackgroundWork<ImageCatalog?> {
    BackgroundWork {
      let repository = try location.open()
      return try comparison.startSource(in: repository).map {
        ImageCatalog(discoveringIn: $0, environment: environment, scope: scope)
      }
    }
  }

  /// Starts analysing the projects of `comparison` (see ``ProjectAnalysis``), on another thread
  /// with its own handle on the repository at `location`.
  static func analyseProjects(
    at location: RepositoryLocation, comparison: Comparison, rules: ChangeRules,
    configuration: Configuration, baseConfiguration: Configuration?
  ) -> BackgroundWork<ProjectAnalysis> {
    BackgroundWork {
      let repository = try location.open()
      return ProjectAnalysis(
        head: try comparison.headSource(in: repository),
        base: try comparison.startSource(in: repository), rules: rules,
        configuration: configuration, baseConfiguration: baseConfiguration)
    }
  }

  /// Reads every tree below `tree` into the listings the handles on `repository` share, on this
  /// thread and another, so the walks that follow on either find them read.
  static func readTrees(below tree: ObjectID, in repository: Repository) {
    let reading = TreeReading(below: tree)
    let location = repository.location
    let other = BackgroundWork { reading.read(with: try location.open()) }
    reading.read(with: repository)
    _ = try? other.result()
  }
}
