import AffectedGit
import AffectedModel

/// Every image the repository builds at one revision (or in the working tree), with what each reads:
/// what `affected images` and `affected inputs` show.
public struct ImageSnapshot {
  /// The revision as the user gave it, or `working tree`.
  public var revision: String
  /// The commit looked at; with the working tree, `HEAD`.
  public var commit: Commit
  /// Every discovered image.
  public var catalog: ImageCatalog
  /// The files, read through git.
  public var source: SnapshotFileSource

  /// The images' settings and declared dependencies from `affected.yml`.
  var configuration: ImageConfiguration
  /// The Dockerfiles and `.dockerignore` files parsed so far, shared by every image's definition.
  let parses = ParseCache()

  /// Reads `revision` (or the working tree of `HEAD` when `uncommitted`) and discovers its images,
  /// with its `affected.yml` (`exclude`, `environments`, `images`).
  ///
  /// `environment` supplies compose interpolation values beyond the `.env` files (empty unless the user
  /// asks for the process environment, so that results do not depend on the shell); `composeFiles`,
  /// when given, is the only compose environment (`--compose`, `COMPOSE_FILE`).
  ///
  /// - Throws: `GitError` when the revision cannot be read, `ConfigurationError` when its
  ///   `affected.yml` is invalid.
  public init(
    repository: Repository, revision: String, uncommitted: Bool,
    environment: [String: String] = [:],
    composeFiles: [String]? = nil
  ) throws {
    commit = try repository.commit(uncommitted ? "HEAD" : revision)
    let snapshot =
      uncommitted ? try repository.workingTreeSnapshot() : try repository.snapshot(of: commit)
    self.revision = uncommitted ? "working tree" : revision
    source = SnapshotFileSource(snapshot)
    let settings = try Configuration(loadingFrom: source)
    catalog = ImageCatalog(
      discoveringIn: source, environment: environment,
      scope: DiscoveryScope(configuration: settings, composeFiles: composeFiles))
    configuration = try ImageConfiguration(settings, catalog: catalog)
  }

  /// The images that `names` select (ids or short names); every image when `names` is empty.
  ///
  /// - Throws: ``UnknownName`` for a name that matches nothing.
  public func images(named names: [String]) throws(UnknownName) -> [Image] {
    names.isEmpty ? catalog.images : try catalog.images(named: names)
  }

  /// The definition of `image`: reached stages, links, fingerprint, uncertainty.
  public func definition(of image: Image) -> ImageDefinition {
    ImageDefinition(of: image, in: source, catalog: catalog, cache: parses)
  }

  /// Every file `image` reads, each marked as a definition or a content input.
  public func inputs(of image: Image) -> ImageInputs {
    ImageInputs(definition(of: image), in: source)
  }
}
