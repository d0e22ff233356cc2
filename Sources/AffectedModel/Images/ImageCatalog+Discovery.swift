extension ImageCatalog {
  /// Discovers the images of the repository in `source`.
  ///
  /// - Compose environments, as `ComposeEnvironment.discover(in:)` finds them (and each file an
  ///   `include` names): every service with `build` is an image, whatever its `profiles`, with
  ///   the id `<first file>:<service>`. A service that comes through `include` belongs to the
  ///   included file's own environment.
  /// - Skaffold files (`skaffold.yaml`, `skaffold.yml`): every artifact built with `docker` or
  ///   `kaniko`, with the id `skaffold:<image>` (and `#<file>` when two files name the image).
  /// - Every other Dockerfile (`Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`,
  ///   `Containerfile`) that none of those builds, with the id `dockerfile:<path>`.
  ///
  /// `environment` stands for the shell environment of `docker compose`; leave it empty so a
  /// plan does not depend on the shell it runs in. `scope` leaves out excluded paths and names
  /// the compose environments (see ``DiscoveryScope``).
  public init(
    discoveringIn source: some FileSource, environment: [String: String] = [:],
    scope: DiscoveryScope = DiscoveryScope()
  ) {
    self.init(
      discoveringIn: source, environment: environment, scope: scope,
      declaringFiles: Self.declaringFiles(in: source, scope: scope))
  }

  /// Discovers the images of the repository in `source` as
  /// ``init(discoveringIn:environment:scope:)`` does, from `declaringFiles`: what
  /// ``declaringFiles(in:scope:)`` gives for `source` and `scope`, found another way (such as from
  /// another revision's and the changes between).
  public init(
    discoveringIn source: some FileSource, environment: [String: String] = [:],
    scope: DiscoveryScope, declaringFiles: [String]
  ) {
    var discovery = ImageDiscovery(source: source, environment: environment)
    discovery.discover(scope: scope, declaringFiles: declaringFiles)
    self.init(discovered: discovery)
  }

  /// Discovers the images of the repository in `source` as
  /// ``init(discoveringIn:environment:scope:declaringFiles:)`` does, and keeps in `record` what
  /// each compose environment gave and read, for discovery at another revision to take over
  /// (``init(discoveringIn:environment:scope:declaringFiles:takingOver:changed:)``).
  public init(
    discoveringIn source: some FileSource, environment: [String: String] = [:],
    scope: DiscoveryScope, declaringFiles: [String], recording record: inout ComposeDiscoveryRecord
  ) {
    var discovery = ImageDiscovery(source: source, environment: environment)
    discovery.composeRecord = ComposeDiscoveryRecord(shell: environment)
    discovery.discover(scope: scope, declaringFiles: declaringFiles)
    record = discovery.composeRecord ?? record
    self.init(discovered: discovery)
  }

  /// Discovers the images of the repository in `source` as
  /// ``init(discoveringIn:environment:scope:declaringFiles:)`` does, taking over from `record`
  /// (made at another revision) the findings of each compose environment whose reads no path of
  /// `changed` reaches; `changed` holds every path that differs from that revision to `source`'s.
  public init(
    discoveringIn source: some FileSource, environment: [String: String] = [:],
    scope: DiscoveryScope, declaringFiles: [String], takingOver record: ComposeDiscoveryRecord,
    changed: ChangedPaths
  ) {
    var discovery = ImageDiscovery(source: source, environment: environment)
    discovery.earlierCompose = (record, changed)
    discovery.discover(scope: scope, declaringFiles: declaringFiles)
    self.init(discovered: discovery)
  }

  /// The catalog of what `discovery` found.
  private init(discovered discovery: ImageDiscovery<some FileSource>) {
    var seen: Set<Diagnostic> = []
    self.init(
      images: discovery.images, unreadableFiles: discovery.unreadableFiles,
      diagnostics: discovery.diagnostics.filter { seen.insert($0).inserted })
  }

  /// The files of `source` discovery reads images from, in byte order: those with a compose,
  /// skaffold or Dockerfile name (``looksAt(_:)``) that `scope` does not exclude.
  public static func declaringFiles(in source: some FileSource, scope: DiscoveryScope) -> [String] {
    ImageDeclaringFiles.paths(in: source, excluding: scope.exclude)
  }

  /// The names discovery looks at (``looksAt(_:)``), as a filter a source can apply ahead.
  public static var declaringNameFilter: FileNameFilter {
    ImageDeclaringFiles.nameFilter
  }

  /// Whether ``declaringFiles(in:scope:)`` lists a file at `path`, whatever the source.
  public static func declares(_ path: String, scope: DiscoveryScope) -> Bool {
    looksAt(path) && !scope.exclude.matches(path)
  }

  /// Whether discovery looks at the file at `path` when it lists the repository: it has a
  /// compose, skaffold or Dockerfile name. Adding or deleting other files changes no catalog
  /// through the listing (only through the files discovery reads).
  public static func looksAt(_ path: String) -> Bool {
    ImageDeclaringFiles.isDeclaringName(ComposePath.lastComponent(of: path))
  }
}

/// Collects the images of a repository, source by source.
struct ImageDiscovery<Source: FileSource> {
  let source: Source
  let environment: [String: String]
  private(set) var images: [Image] = []
  private(set) var unreadableFiles: [String] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var ids: Set<String> = []
  /// The Dockerfiles of the compose images added, and the links followed to each.
  var builtDockerfiles: Set<String> = []
  /// Where each compose environment's findings are kept, when they are.
  var composeRecord: ComposeDiscoveryRecord?
  /// Another revision's compose findings, and the paths that differ from there to `source`:
  /// an environment whose reads no change reaches is taken over instead of loaded.
  var earlierCompose: (record: ComposeDiscoveryRecord, changed: ChangedPaths)?

  init(source: Source, environment: [String: String]) {
    self.source = source
    self.environment = environment
  }

  /// Adds the images of the files `declaringFiles`: the compose environments `scope` names among
  /// them, then skaffold files, then the Dockerfiles none of those builds.
  mutating func discover(scope: DiscoveryScope, declaringFiles: [String]) {
    let files = ImageDeclaringFiles(paths: declaringFiles)
    addComposeImages(environments: scope.environments(among: files.compose))
    addSkaffoldImages(paths: files.skaffold)
    addDockerfileImages(paths: files.dockerfiles)
  }

  /// Adds `image` unless an image with its id is already known, and says whether it did.
  @discardableResult
  mutating func add(_ image: Image) -> Bool {
    guard ids.insert(image.id).inserted else {
      return false
    }
    images.append(image)
    return true
  }

  /// Records problems of a file, and whether it could be read.
  mutating func record(_ problems: [Diagnostic], unreadable: [String] = []) {
    diagnostics += problems
    unreadableFiles += unreadable.filter { !unreadableFiles.contains($0) }
  }

  /// Adds a stand-alone image for each Dockerfile of `paths` (files with a Dockerfile name) that
  /// no image found so far builds.
  mutating func addDockerfileImages(paths: [String]) {
    var built = builtDockerfiles
    for image in images where image.kind != .compose {
      guard let dockerfile = image.dockerfile else {
        continue
      }
      built.formUnion(source.linkChain(from: dockerfile) ?? [dockerfile])
    }
    for path in paths where !built.contains(path) {
      let folder = ComposePath.folder(of: path)
      let folderName = folder.isEmpty ? "." : folder
      var shortNames = [folderName]
      if ComposePath.lastComponent(of: folder) != folder {
        shortNames.append(ComposePath.lastComponent(of: folder))
      }
      add(
        Image(
          id: "dockerfile:" + path, kind: .dockerfile, sourceFile: path, context: .folder(folder),
          dockerfile: path, name: folderName, shortNames: shortNames))
    }
  }

  /// Whether `name` is the name of a Dockerfile: `Dockerfile`, `Containerfile`, `Dockerfile.*`
  /// (except `*.dockerignore`), `*.Dockerfile` or `*.dockerfile`.
  static func isDockerfileName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { name in
      func starts(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { name.count >= $0.count && name.prefix($0.count).elementsEqual($0) }
      }
      func ends(_ suffix: StaticString, longer: Bool = false) -> Bool {
        suffix.withUTF8Buffer { suffix in
          (longer ? name.count > suffix.count : name.count >= suffix.count)
            && name.suffix(suffix.count).elementsEqual(suffix)
        }
      }
      if name.count == 10 && starts("Dockerfile") || name.count == 13 && starts("Containerfile") {
        return true
      }
      return !ends(".dockerignore")
        && (starts("Dockerfile.") || ends(".Dockerfile", longer: true)
          || ends(".dockerfile", longer: true))
    }
  }
}
