import AffectedGit
import AffectedModel

extension ImpactAnalysis {
  /// Starts discovering the images of `comparison`'s start side with `scope`, on another thread
  /// with its own handle on the repository at `location`, from `declaringFiles` when they are
  /// known (see ``startDeclaringFiles(head:changes:scope:)``); its result is `nil` without a start
  /// side. The compose environments of `headCompose` (head's discovery, never a working tree's)
  /// that no path of `changed` reaches are taken over rather than loaded again.
  static func discoverStartImages(
    at location: RepositoryLocation, comparison: Comparison, scope: DiscoveryScope,
    declaringFiles: [String]?, environment: [String: String],
    headCompose: ComposeDiscoveryRecord?, changed: ChangedPaths
  ) -> BackgroundWork<ImageCatalog?> {
    BackgroundWork {
      let repository = try location.open()
      return try comparison.startSource(in: repository).map { source in
        ImageCatalog(
          discoveringIn: source, environment: environment, scope: scope,
          declaringFiles: declaringFiles
            ?? ImageCatalog.declaringFiles(in: source, scope: scope),
          takingOver: headCompose ?? ComposeDiscoveryRecord(), changed: changed)
      }
    }
  }

  /// The files discovery with `scope` finds at the start side, from those it found at head
  /// (`head`, with the same scope) and `changes`, the files that differ from the start side to
  /// head: head's, but those added since, plus those deleted since, in byte order.
  ///
  /// Exact, without listing the start side: the changes name every file (not folder) that is
  /// not the same at both sides, and a file modified or changed in kind is at both.
  static func startDeclaringFiles(head: [String], changes: ChangeSet, scope: DiscoveryScope)
    -> [String]
  {
    var added: Set<String> = []
    var deleted: [String] = []
    for change in changes.changes {
      switch change.status {
      case .added:
        added.insert(change.path)
      case .deleted:
        deleted.append(change.path)
      case .renamed:
        added.insert(change.path)
        deleted += change.oldPath.map { [$0] } ?? []
      case .modified, .typechange:
        continue
      }
    }
    let files =
      head.filter { !added.contains($0) }
      + deleted.filter { ImageCatalog.declares($0, scope: scope) }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
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
}
