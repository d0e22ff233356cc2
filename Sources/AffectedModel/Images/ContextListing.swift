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

  /// The files the context sends at or below any of `scopes` (context-relative files or
  /// folders; `""` is the whole context), in byte order of their paths, each once.
  func sent(under scopes: [String]) -> [SentFile] {
    var entries: [String: FileEntry] = [:]
    var paths: [String] = []
    let prefix = context.root.isEmpty ? 0 : context.root.utf8.count + 1
    for scope in Self.outermost(scopes) where context.ignore.couldInclude(folder: scope) {
      let repositoryPath = ContextPath.join(context.root, scope)
      switch source.entry(at: repositoryPath) {
      case nil:
        continue
      case let entry? where entry.kind != .directory:
        entries[scope] = entry
        paths.append(scope)
      default:
        for (path, entry) in source.entries(under: repositoryPath) {
          let relative = String(decoding: path.utf8.dropFirst(prefix), as: UTF8.self)
          entries[relative] = entry
          paths.append(relative)
        }
      }
    }
    return context.ignore.includedFiles(paths).compactMap { path in
      entries[path].map { SentFile(path: path, entry: $0) }
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
