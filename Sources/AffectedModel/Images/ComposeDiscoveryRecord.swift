/// What image discovery found in each compose environment it loaded at one revision, with the
/// paths each load read, so that discovery at another revision takes over the findings of an
/// environment whose reads no change reaches instead of loading it again.
///
/// Loading an environment depends only on the files it reads (compose files, their layers,
/// `extends` and `include` files, `.env` and `env_file` files, the links followed to each) and
/// on the shell environment; both are recorded, so findings taken over are the ones a fresh load
/// gives.
public struct ComposeDiscoveryRecord: Sendable {
  /// What one environment gave discovery, and what loading it read.
  struct Findings: Sendable {
    /// The images of the environment's own services, in the order they were found.
    var images: [Image]
    /// For each image, its Dockerfile and the links followed to it (empty without one).
    var dockerfileChains: [[String]]
    /// The problems the load met.
    var diagnostics: [Diagnostic]
    /// The environment's files that could not be read completely.
    var unreadableFiles: [String]
    /// The files of each `include`, in the order they were loaded.
    var includes: [[String]]
    /// The paths the load (and the link lookups of its images) read.
    var reads: ReadRecord
  }

  /// The shell environment the environments were loaded with.
  var shell: [String: String]
  /// Each environment's findings.
  var findings: [ComposeEnvironment: Findings] = [:]

  /// Creates an empty record, for loads with the shell environment `shell`.
  public init(shell: [String: String] = [:]) {
    self.shell = shell
  }

  /// The environments recorded, sorted by id.
  public var environments: [ComposeEnvironment] {
    findings.keys.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  }

  /// The findings recorded for `environment` when loading it in `source`, with the shell
  /// environment `shell`, reads the same: the shells are equal, nothing listed the repository,
  /// and no path of `changed` (the paths that differ from this record's revision to `source`'s)
  /// reaches the recorded reads (see ``ChangedPaths/reach(_:isFolder:)``).
  func findings(
    for environment: ComposeEnvironment, in source: some FileSource, shell: [String: String],
    changed: ChangedPaths
  ) -> Findings? {
    guard shell == self.shell, let found = findings[environment], !found.reads.listsRoot,
      !changed.reach(found.reads, isFolder: { source.entry(at: $0)?.kind == .directory })
    else {
      return nil
    }
    return found
  }
}
