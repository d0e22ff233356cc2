import AffectedGit
import AffectedModel

/// Which images a comparison affects, and why: the planner's core.
///
/// Both sides are read through one ``BlobCache`` and parsed through one `ParseCache`, so each
/// distinct file is read from git once and each distinct Dockerfile or `.dockerignore` is parsed
/// once.
/// An image is affected when (each reason is recorded as a sentence):
/// - there is no base and every file counts as changed (`--if-no-base all`);
/// - it is new: its id is absent at the base;
/// - its context is outside the repository;
/// - its definition fingerprint differs between the two sides;
/// - it is uncertain and a changed path lies in its contexts;
/// - its content inputs differ (listed only for images whose definition, at either side, may read
///   a changed path);
/// - it builds on an affected in-repository image (through its links, transitively);
/// - its settings in `affected.yml` changed, or a path its extra `inputs` list changed.
///
/// `affected.yml` `ignore` globs drop changed paths before all of this, and a changed path that
/// matches a `global` glob affects every image.
public struct ImpactAnalysis: Sendable {
  /// The comparison analysed.
  public var comparison: Comparison
  /// The head's `affected.yml` (``Configuration/empty`` without one).
  public var configuration: Configuration
  /// What the command line added.
  public var options: AnalysisOptions
  /// The build edges between the head images.
  let graph: ImageDependencies
  /// The projects and libraries, and which are affected.
  public var projects: ProjectAnalysis
  /// Each head image's settings from `affected.yml`, by id; images without settings are absent.
  public var imageSettings: [String: ImageSettings]
  /// The images each image is declared (in `affected.yml`) to depend on, as ids, by id.
  public var declaredDependencies: [String: [String]]
  /// The images at head, sorted by id.
  public var catalog: ImageCatalog
  /// Each head image's definition, by id.
  public var definitions: [String: ImageDefinition]
  /// Why each affected image must be built, by id; unaffected images are absent.
  public var reasons: [String: [String]]
  /// The affected images in build order: wave 0 first, each wave sorted by id.
  public var waves: [[String]]
  /// Images present at the base and gone at head, sorted.
  public var removed: [String]
  /// Warnings about the files read at head, each once.
  public var diagnostics: [Diagnostic]
  /// The content digest of each affected image and of every image those build on, by id.
  public var digests: [String: ContentDigest]
  /// The definition at the start side of each image that exists there, by id; empty without a
  /// base.
  public var baseDefinitions: [String: ImageDefinition]
  /// For each image whose content inputs differ, the repository paths of the inputs added,
  /// removed or changed, sorted; images whose inputs were not compared are absent.
  public var contentChanges: [String: [String]]
  /// What the analysis read on the way (caches, both sides' images and reads, listed inputs),
  /// kept so that it is freed with the analysis, not before its answers are used.
  private let workings: AnalysisWorkings

  /// Analyses `comparison` in `repository`, with the head's `affected.yml` (see
  /// `Docs/configuration.md`) and what `options` add.
  ///
  /// - Throws: `GitError` when a side cannot be read, `ConfigurationError` when the head's
  ///   `affected.yml` is invalid, ``DependencyCycle`` when images build on each other in a
  ///   circle.
  public init(
    comparison: Comparison, in repository: Repository, options: AnalysisOptions = AnalysisOptions()
  ) throws {
    let cache = BlobCache()
    let parses = ParseCache()
    let headSource = CachingFileSource(try comparison.headSource(in: repository), cache: cache)
    let configuration = try Configuration(loadingFrom: headSource)
    let rules = ChangeRules(comparison: comparison, configuration: configuration)
    let location = repository.location
    if !comparison.headIsWorkingTree {
      // Discovery walks every folder of head: its trees are read first, from the pack files on
      // every core (unless the comparison started that already), gathering the files discovery
      // lists by name, and the threads started below find them read.
      try? repository.readTrees(
        below: comparison.head.tree, gathering: Snapshot.NameFilter.discovery)
    }
    let startSource = try comparison.startSource(in: repository).map {
      CachingFileSource($0, cache: cache)
    }
    let baseConfiguration = startSource.flatMap { try? Configuration(loadingFrom: $0) }
    // The projects take the other core while this one discovers the images.
    let projectWork = Self.analyseProjects(
      at: location, comparison: comparison, rules: rules,
      configuration: configuration, baseConfiguration: baseConfiguration)
    let headScope = DiscoveryScope(configuration: configuration, composeFiles: options.composeFiles)
    let discoveryReads = RecordingFileSource(headSource)
    let headDeclaringFiles = ImageCatalog.declaringFiles(in: discoveryReads, scope: headScope)
    var headCompose = ComposeDiscoveryRecord()
    var headCatalog = ImageCatalog(
      discoveringIn: discoveryReads, environment: options.environment, scope: headScope,
      declaringFiles: headDeclaringFiles, recording: &headCompose)
    let changed = ChangedReads(comparison.changes)
    let baseScope = DiscoveryScope(
      configuration: baseConfiguration ?? configuration, composeFiles: options.composeFiles)
    // Both sides' trees, discovered alike: the start side's catalog is head's when no change
    // reaches what discovery read, and its files are head's moved by the changes otherwise;
    // when discovery must run again, it takes the other core.
    let sidesAlike = !comparison.headIsWorkingTree && baseScope == headScope
    let takesHeadCatalog =
      sidesAlike
      && changed.leave(
        discoveryReads.takeRecord(), rootListingLooksAt: ImageCatalog.looksAt,
        isFolder: { startSource?.entry(at: $0)?.kind == .directory })
    let startWork =
      startSource == nil || takesHeadCatalog
      ? nil
      : Self.discoverStartImages(
        at: location, comparison: comparison, scope: baseScope,
        declaringFiles: sidesAlike
          ? Self.startDeclaringFiles(
            head: headDeclaringFiles, changes: comparison.changes, scope: baseScope)
          : nil,
        environment: options.environment,
        headCompose: comparison.headIsWorkingTree ? nil : headCompose, changed: changed.paths)
    var startCatalog = startSource != nil && takesHeadCatalog ? headCatalog : nil
    if let startWork, !headCatalog.unreadableFiles.isEmpty {
      // Images of the start side stand in for those of head's unreadable files.
      startCatalog = try startWork.result()
      headCatalog = headCatalog.recovering(from: startCatalog ?? headCatalog)
    }
    let headFiles = { @Sendable in
      try comparison.headSource(in: location.open())
    }
    var head = RevisionImages(
      source: headSource, catalog: headCatalog, parses: parses, sharingWith: headFiles)
    // The settings and the build edges are head's alone: every image in waves (which finds any
    // cycle, and orders the images to digest) takes the other core while the start side's
    // definitions are read. Errors are raised in the order of the steps, as before.
    let configured = Result { try ImageConfiguration(configuration, catalog: headCatalog) }
    let graph = ImageDependencies(
      definitions: head.definitions, declared: (try? configured.get())?.dependencies ?? [:])
    let waveWork = BackgroundWork { try graph.waves(of: graph.ids) }
    var base: RevisionImages<CachingFileSource<SnapshotFileSource>>?
    if let startSource, let start = comparison.start,
      let catalog = try startCatalog ?? startWork?.result()
    {
      let baseCatalog = catalog.recovering(from: headCatalog)
      let startFiles = { @Sendable in
        try Comparison.source(ofCommit: start, in: location.open())
      }
      // A definition whose reads no change reaches is the same at the start side.
      base =
        comparison.headIsWorkingTree
        ? RevisionImages(
          source: startSource, catalog: baseCatalog, parses: parses, sharingWith: startFiles)
        : RevisionImages(
          source: startSource, catalog: baseCatalog, parses: parses, head: head,
          changed: changed.paths, sharingWith: startFiles)
    }
    let imageConfiguration = try configured.get()
    let allWaves = try waveWork.result()
    projects = try projectWork.result()
    let (direct, contentChanges) = Self.directReasons(
      of: headCatalog.images, rules: rules, settings: imageConfiguration,
      baseConfiguration: baseConfiguration, head: &head, base: &base, comparison: comparison,
      location: location)
    let affected = reachableNodes(from: direct.keys, successors: graph.dependants(of:))
    var reasons = direct
    for id in affected {
      for dependency in graph.dependencies(of: id) where affected.contains(dependency) {
        reasons[id, default: []].append("it builds on \(dependency), which is affected")
      }
    }

    self.comparison = comparison
    self.graph = graph
    self.configuration = configuration
    self.options = options
    catalog = headCatalog
    definitions = head.definitions
    imageSettings = imageConfiguration.settings
    declaredDependencies = imageConfiguration.dependencies
    baseDefinitions = base?.definitions ?? [:]
    self.contentChanges = contentChanges
    self.reasons = reasons
    waves = try graph.waves(of: affected)
    let headIDs = Set(headCatalog.images.map(\.id))
    removed = (base?.catalog.images.map(\.id) ?? []).filter { !headIDs.contains($0) }.sorted()
    var seen: Set<Diagnostic> = []
    let found =
      headCatalog.diagnostics
      + headCatalog.images.flatMap { head.definitions[$0.id]?.diagnostics ?? [] }
      + imageConfiguration.diagnostics + projects.diagnostics
    diagnostics = found.filter { seen.insert($0).inserted }
    // The images to digest are closed under their dependencies: each one's wave among them is
    // its wave among all images, so all the waves, filtered, order them.
    let hashed = reachableNodes(from: affected, successors: graph.dependencies(of:))
    let ordered = allWaves.joined().filter(hashed.contains)
    let started = head.mapInputs(
      of: ordered, sharingWith: headFiles, ContentDigest.ownLines(of:))
    digests = ContentDigest.digests(of: ordered, dependencies: graph) { started[$0] }
    workings = AnalysisWorkings(
      cache, parses, headSource, startSource as Any, headCompose, headDeclaringFiles,
      startWork as Any, startCatalog as Any, head, base as Any, started, changed)
  }

  /// Whether image `id` is affected.
  public func isAffected(_ id: String) -> Bool {
    reasons[id] != nil
  }

  /// The in-repository images that image `id` builds on, sorted.
  public func dependencies(of id: String) -> [String] {
    graph.dependencies(of: id)
  }

  /// The images that build on image `id`, sorted.
  public func dependants(of id: String) -> [String] {
    graph.dependants(of: id)
  }
}
