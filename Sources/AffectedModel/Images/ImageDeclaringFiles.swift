/// The files of a repository that may declare images, sorted by what their names say they are.
///
/// A name may say several things (`Dockerfile.compose.yml` is a compose file and a Dockerfile):
/// such a file is in each list its name belongs to. Each list is in byte order.
struct ImageDeclaringFiles {
  /// Files with a compose file name.
  var compose: [String] = []
  /// Files named `skaffold.yaml` or `skaffold.yml`.
  var skaffold: [String] = []
  /// Files with a Dockerfile name.
  var dockerfiles: [String] = []

  /// The files of `source` whose names discovery looks at, except those that `excluded`
  /// (`affected.yml` `exclude`) matches, in byte order.
  ///
  /// Only the names are listed and checked for every file (or were, when `source`'s trees were
  /// read with ``nameFilter``); paths are built, and the exclude globs tried, for the files with
  /// such a name alone.
  static func paths(in source: some FileSource, excluding excluded: GlobSet) -> [String] {
    source.files(named: nameFilter).filter { !excluded.matches($0) }
  }

  /// The names discovery looks at: compose, skaffold and Dockerfile names.
  static let nameFilter = FileNameFilter(key: "image-declaring-files", accepts: isDeclaringName)

  /// Sorts `paths`, files with declaring names in byte order, by what their names say they are.
  init(paths: [String]) {
    for path in paths {
      let name = ComposePath.lastComponent(of: path)
      if ComposeEnvironment.isComposeFileName(name) {
        compose.append(path)
      }
      if SkaffoldFile.isSkaffoldFileName(name) {
        skaffold.append(path)
      }
      if ImageDiscovery<MemoryFileSource>.isDockerfileName(name) {
        dockerfiles.append(path)
      }
    }
  }

  /// Whether a file called `name` may declare images: a compose, skaffold or Dockerfile name.
  static func isDeclaringName(_ name: String) -> Bool {
    mayBeDeclaringName(name)
      && (ComposeEnvironment.isComposeFileName(name) || SkaffoldFile.isSkaffoldFileName(name)
        || ImageDiscovery<MemoryFileSource>.isDockerfileName(name))
  }

  /// Whether `name` passes the byte check in front of ``isDeclaringName(_:)``, which turns most
  /// names away by their first and last bytes: every declaring name ends in `l` (`.yml`,
  /// `.yaml`) or `e` (`Dockerfile`, `Containerfile`, `.dockerfile`), or starts with `D`
  /// (`Dockerfile.*`).
  private static func mayBeDeclaringName(_ name: String) -> Bool {
    name.utf8.withContiguousStorageIfAvailable(mayBeDeclaring) ?? mayBeDeclaring(name.utf8)
  }

  /// ``mayBeDeclaringName(_:)`` of a name's bytes: its bytes in place, read faster than through
  /// the string's view.
  private static func mayBeDeclaring(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    return last == UInt8(ascii: "l") || last == UInt8(ascii: "e") || first == UInt8(ascii: "D")
  }
}
