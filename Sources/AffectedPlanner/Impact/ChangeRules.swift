import AffectedModel

/// Which changed paths count, and whether a change makes everything affected: the comparison's
/// paths seen through `affected.yml` `ignore` and `global`.
struct ChangeRules: Sendable {
  /// The changed paths that count (those no `ignore` glob matches), in the comparison's order.
  let paths: [String]
  /// `paths` as a set, to ask whether a change reaches reads or folders.
  let changedPaths: ChangedPaths
  /// The `ignore` globs: content inputs at matching paths never count as changed either.
  let ignore: GlobSet
  /// Why every image is affected, when one is: no base (`--if-no-base all`), or a `global` match.
  let everythingReason: String?

  /// The rules of `configuration` applied to `comparison`.
  init(comparison: Comparison, configuration: Configuration) {
    ignore = configuration.ignore
    let all = comparison.changes.paths
    paths = ignore.isEmpty ? all : all.filter { !configuration.ignore.matches($0) }
    changedPaths = ChangedPaths(paths)
    if let reason = comparison.allChangedReason {
      everythingReason = "every file counts as changed: \(reason)"
    } else if !configuration.global.isEmpty,
      let path = paths.first(where: configuration.global.matches)
    {
      everythingReason = "\(path) changed, which affected.yml lists under global"
    } else {
      everythingReason = nil
    }
  }

  /// Whether a change at the repository path `path` counts.
  func counts(_ path: String) -> Bool {
    ignore.isEmpty || !ignore.matches(path)
  }
}
