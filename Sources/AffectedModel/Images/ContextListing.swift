/// The files one build context sends, listed folder by folder on demand.
///
/// BuildKit decides whether to send a file from its path alone (the `.dockerignore` rules tried
/// on it and on its folders), so listing only the folders a read can reach gives the same answer
/// for each file as listing the whole context.
struct ContextListing<Source: FileSource> {
  /// The context listed.
  let context: LocalContext
  /// The files of the revision.
  let source: Source

  /// The files the context sends that `reads` may take directly (not through links their
  /// wildcards match), in byte order of their paths, each once: everything below a selected path
  /// and the links followed to it, and below a wildcard's base only the entries whose leading
  /// elements match the pattern.
  func sent(for reads: [ContextRead]) -> [SentFile] {
    var scopes: [String] = []
    var wildcards: [(base: String, elements: [Substring])] = []
    for read in reads {
      scopes += read.links
      switch read.selection {
      case .path(let path), .parents(let path, _):
        scopes.append(path)
      case .wildcard(let base, let pattern):
        // A class or an escape could span a `/`: such a pattern is matched whole, below its base.
        if pattern.contains(where: { $0 == "[" || $0 == "\\" }) {
          scopes.append(base)
        } else {
          wildcards.append((base, pattern.split(separator: "/", omittingEmptySubsequences: false)))
        }
      }
    }
    var listed = List()
    for scope in Self.outermost(scopes) {
      add(scope, to: &listed) { _ in true }
    }
    for (base, elements) in wildcards {
      add(base, to: &listed) { relative in
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return zip(parts, elements).allSatisfy { GoGlob.matches(String($1), String($0)) }
      }
    }
    return included(listed)
  }

  /// Every file the context sends below `scope` (`""` is the whole context), in byte order.
  func sent(under scope: String) -> [SentFile] {
    var listed = List()
    add(scope, to: &listed) { _ in true }
    return included(listed)
  }

  /// Files listed so far, by context-relative path, in the order they were listed.
  private struct List {
    var entries: [String: FileEntry] = [:]
    var paths: [String] = []
  }

  /// Adds the file at `scope`, or every file below the folder at `scope` whose path relative to
  /// it (and whose every folder's) `accepts` takes.
  private func add(_ scope: String, to list: inout List, accepts: (Substring) -> Bool) {
    guard context.ignore.couldInclude(folder: scope) else {
      return
    }
    let repositoryPath = ContextPath.join(context.root, scope)
    switch source.entry(at: repositoryPath) {
    case nil:
      return
    case let entry? where entry.kind != .directory:
      list.entries[scope] = entry
      list.paths.append(scope)
    default:
      let skipped = repositoryPath.isEmpty ? 0 : repositoryPath.utf8.count + 1
      let relative = { (path: String) in Substring(path.utf8.dropFirst(skipped)) }
      let prefix = context.root.isEmpty ? 0 : context.root.utf8.count + 1
      for (path, entry) in source.entries(under: repositoryPath, entering: { accepts(relative($0)) })
      where accepts(relative(path)) {
        let inContext = String(decoding: path.utf8.dropFirst(prefix), as: UTF8.self)
        list.entries[inContext] = entry
        list.paths.append(inContext)
      }
    }
  }

  /// What the `.dockerignore` sends of `list`.
  private func included(_ list: List) -> [SentFile] {
    context.ignore.includedFiles(list.paths).compactMap { path in
      list.entries[path].map { SentFile(path: path, entry: $0) }
    }
  }

  /// `scopes` without those inside another.
  private static func outermost(_ scopes: [String]) -> [String] {
    var kept: [String] = []
    for scope in Set(scopes).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    where !kept.contains(where: { ContextPath.contains($0, scope) }) {
      kept.append(scope)
    }
    return kept
  }
}
