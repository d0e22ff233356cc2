/// A build context that is a folder of the repository, with the `.dockerignore` rules that
/// decide which of its files BuildKit receives.
public struct LocalContext: Hashable, Sendable {
  /// The context's name: `nil` for the main build context, else the named context's name.
  public var name: String?
  /// The folder, repository-relative (`""` for the root).
  public var root: String
  /// The `.dockerignore` in effect and the targets of the links it is read through; empty when
  /// there is none.
  public var ignoreFiles: [String]
  /// The rules in effect (empty when there is no file, or when it cannot be parsed).
  public var ignore: DockerIgnore
  /// The paths where a `.dockerignore` would take effect, in order of precedence, whether or
  /// not they exist: adding one changes what the context holds.
  public var ignoreCandidates: [String]

  /// Reads the context at `root`, with `candidates` the repository paths of the ignore files
  /// BuildKit would look for, first match wins, parsed through `cache`; problems are added to
  /// `diagnostics`.
  init(
    name: String?, root: String, candidates: [String], in source: some FileSource,
    cache: ParseCache,
    diagnostics: inout [Diagnostic], uncertainReasons: inout [String]
  ) {
    self.name = name
    self.root = root
    ignoreCandidates = candidates
    ignoreFiles = []
    ignore = .empty
    let found = candidates.lazy.compactMap { candidate in
      source.linkedFile(from: candidate).map { (candidate, $0.chain, $0.entry.id) }
    }.first
    // A file parsed already (same blob id, same bytes) is not read again.
    guard let (chosen, chain, id) = found, let file = chain.last,
      let text = cache.holdsDockerIgnore(id: id) ? "" : try? source.text(of: file)
    else {
      return
    }
    ignoreFiles = chain
    do {
      ignore = try cache.dockerIgnore(id: id) {
        () throws(DockerIgnoreError) in try DockerIgnore(text: text)
      }
    } catch {
      diagnostics.append(
        Diagnostic(
          .warning, "\(error); BuildKit would refuse the build", file: chosen, line: error.line))
      uncertainReasons.append("\(chosen) cannot be parsed: \(error)")
    }
  }

  /// The context-relative path of the repository path `path`, when it lies in the context,
  /// whether or not the `.dockerignore` lets BuildKit receive it.
  public func containedPath(of path: String) -> String? {
    guard let relative = ContextPath.relative(path, to: root), !relative.isEmpty else {
      return nil
    }
    return relative
  }

  /// The context-relative path of the repository path `path`, when it lies in the context and
  /// BuildKit receives it.
  func sentPath(of path: String) -> String? {
    guard let relative = containedPath(of: path), !ignore.excludes(relative) else {
      return nil
    }
    return relative
  }
}
