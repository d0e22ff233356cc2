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
  /// Where the source keeps listings for reuse, if it does.
  private let cache: ContextListingCache?

  /// Lists `context` in `source`, through the listings `source` keeps when it keeps them.
  init(context: LocalContext, source: Source) {
    self.context = context
    self.source = source
    cache = (source as? any ContextListingCaching)?.contextListings
  }

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
    // Scopes are disjoint: each is listed (or taken from the cache) alone.
    var parts = Self.outermost(scopes).map { sent(under: $0) }
    if !wildcards.isEmpty {
      var listed: [SentFile] = []
      for (base, elements) in wildcards {
        add(base, to: &listed) { relative in
          let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
          return zip(parts, elements).allSatisfy { GoGlob.matches(String($1), String($0)) }
        }
      }
      parts.append(included(listed))
    }
    return parts.count == 1 ? parts[0] : Self.merged(parts)
  }

  /// Every file the context sends below `scope` (`""` is the whole context), in byte order.
  func sent(under scope: String) -> [SentFile] {
    let list = {
      var listed: [SentFile] = []
      add(scope, to: &listed) { _ in true }
      return included(listed)
    }
    return cache?.sent(in: context, under: scope, list: list) ?? list()
  }

  /// Adds the file at `scope`, or every file below the folder at `scope` whose path relative to
  /// it (and whose every folder's) `accepts` takes.
  private func add(_ scope: String, to list: inout [SentFile], accepts: (Substring) -> Bool) {
    guard context.ignore.couldInclude(folder: scope) else {
      return
    }
    let repositoryPath = ContextPath.join(context.root, scope)
    switch source.entry(at: repositoryPath) {
    case nil:
      return
    case let entry? where entry.kind != .directory:
      list.append(SentFile(path: scope, repositoryPath: repositoryPath, entry: entry))
    default:
      let skipped = repositoryPath.isEmpty ? 0 : repositoryPath.utf8.count + 1
      let relative = { (path: String) in Substring(path.utf8.dropFirst(skipped)) }
      let prefix = context.root.isEmpty ? 0 : context.root.utf8.count + 1
      for (path, entry) in source.entries(under: repositoryPath, entering: { accepts(relative($0)) })
      where accepts(relative(path)) {
        let inContext =
          prefix == 0 ? path : String(decoding: path.utf8.dropFirst(prefix), as: UTF8.self)
        list.append(SentFile(path: inContext, repositoryPath: path, entry: entry))
      }
    }
  }

  /// What the `.dockerignore` sends of `listed`, in byte order of the paths, each once.
  private func included(_ listed: [SentFile]) -> [SentFile] {
    // Without rules, the walk drops only repeated paths and paths that are folders of others;
    // in byte order, those have the path after them start with them.
    if context.ignore.isEmpty,
      !listed.indices.dropFirst().contains(where: {
        !Self.precedesWithoutPrefix(listed[$0 - 1].path, listed[$0].path)
      })
    {
      return listed
    }
    var listed = listed
    // By position: zipping would copy every file twice.
    if listed.indices.dropFirst().contains(where: {
      ContextPath.precedes(listed[$0].path, listed[$0 - 1].path)
    }) {
      listed.sort { ContextPath.precedes($0.path, $1.path) }
    }
    let sent = context.ignore.includedFiles(listed.lazy.map(\.path))
    // `sent` holds paths of `listed` in the same order: each is the first listed file at or
    // after the previous one that does not come before it. Most are the listed string itself,
    // which `!=` tells at once, before comparing bytes.
    var files: [SentFile] = []
    files.reserveCapacity(sent.count)
    var index = listed.startIndex
    for path in sent {
      while index < listed.endIndex, listed[index].path != path,
        ContextPath.precedes(listed[index].path, path)
      {
        index += 1
      }
      guard index < listed.endIndex else {
        break
      }
      files.append(listed[index])
      index += 1
    }
    return files
  }

  /// Whether `path` comes before `next` in byte order without being a prefix of it.
  private static func precedesWithoutPrefix(_ path: String, _ next: String) -> Bool {
    var path = path
    var next = next
    return path.withUTF8 { path in
      next.withUTF8 { next in
        for index in 0..<min(path.count, next.count) where path[index] != next[index] {
          return path[index] < next[index]
        }
        return false
      }
    }
  }

  /// The files of `parts` (each in byte order, each path once) in byte order, each path once:
  /// a file two parts hold is the same entry, listed for two reads.
  private static func merged(_ parts: [[SentFile]]) -> [SentFile] {
    let nonEmpty = parts.filter { !$0.isEmpty }
    // Parts one after another (as disjoint scopes in order list) are joined in one copy.
    if !nonEmpty.indices.dropFirst().contains(where: { index in
      guard let last = nonEmpty[index - 1].last, let first = nonEmpty[index].first else {
        return true
      }
      return !ContextPath.precedes(last.path, first.path)
    }) {
      var files: [SentFile] = []
      files.reserveCapacity(nonEmpty.reduce(0) { $0 + $1.count })
      for part in nonEmpty {
        files += part
      }
      return files
    }
    var files = parts.first ?? []
    for part in parts.dropFirst() {
      files = merged(files, part)
    }
    return files
  }

  /// The files of `left` and `right` (each in byte order, each path once) in byte order, each
  /// path once.
  private static func merged(_ left: [SentFile], _ right: [SentFile]) -> [SentFile] {
    guard let last = left.last, let first = right.first else {
      return left.isEmpty ? right : left
    }
    if ContextPath.precedes(last.path, first.path) {
      return left + right
    }
    var files: [SentFile] = []
    files.reserveCapacity(left.count + right.count)
    var (leftIndex, rightIndex) = (left.startIndex, right.startIndex)
    while leftIndex < left.endIndex, rightIndex < right.endIndex {
      if ContextPath.precedes(right[rightIndex].path, left[leftIndex].path) {
        files.append(right[rightIndex])
        rightIndex += 1
        continue
      }
      if left[leftIndex].path.utf8.elementsEqual(right[rightIndex].path.utf8) {
        rightIndex += 1
      }
      files.append(left[leftIndex])
      leftIndex += 1
    }
    files += left[leftIndex...]
    files += right[rightIndex...]
    return files
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
