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

  /// The context-relative paths of the files the context sends at or below any of `scopes`
  /// (context-relative files or folders; `""` is the whole context), in byte order, each once.
  func sent(under scopes: [String]) -> [String] {
    var listed: [String] = []
    for scope in Self.outermost(scopes) where context.ignore.couldInclude(folder: scope) {
      let repositoryPath = ContextPath.join(context.root, scope)
      switch source.entry(at: repositoryPath)?.kind {
      case nil:
        continue
      case .directory:
        let prefix = context.root.isEmpty ? 0 : context.root.utf8.count + 1
        listed += source.files(under: repositoryPath).map {
          String(decoding: $0.utf8.dropFirst(prefix), as: UTF8.self)
        }
      default:
        listed.append(scope)
      }
    }
    return context.ignore.includedFiles(listed)
  }

  /// `scopes` without those inside another, sorted.
  private static func outermost(_ scopes: [String]) -> [String] {
    var kept: [String] = []
    for scope in Set(scopes).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    where !kept.contains(where: { ContextPath.contains($0, scope) }) {
      kept.append(scope)
    }
    return kept
  }
}
