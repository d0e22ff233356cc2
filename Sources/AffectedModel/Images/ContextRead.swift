/// One source a reached stage reads from a build context, matched the way BuildKit copies it.
public struct ContextRead: Hashable, Sendable {
  /// Which entries of the context a source selects.
  public enum Selection: Hashable, Sendable {
    /// The file, link or folder at a path, everything below a folder included (`""` is the whole
    /// context). Links along the path have been followed.
    case path(String)
    /// The entries below `base` whose path relative to it matches `pattern` (Go's
    /// `filepath.Match`, element by element): a matched folder brings everything below it, a
    /// matched link is followed.
    case wildcard(base: String, pattern: String)
    /// `COPY --parents`: the entries below `base` that `pattern` (a `.dockerignore`-style
    /// pattern, `**` allowed) matches, or whose folder it matches.
    case parents(base: String, pattern: String)
  }

  /// The named context read; `nil` for the main build context.
  public var context: String?
  /// The entries selected.
  public var selection: Selection
  /// The `--exclude` patterns, applied to paths relative to each copied file or folder.
  public var excludes: [String]
  /// The symbolic links followed to reach the selection; they are read too, as links.
  public var links: [String]
  /// The instruction that reads.
  public var step: BuildStep
  /// `excludes` compiled.
  let excludeRules: DockerIgnore
  /// The `--parents` pattern compiled.
  let parentsRules: DockerIgnore

  /// Creates a read.
  init(
    context: String?, selection: Selection, excludes: [String], links: [String], step: BuildStep,
    excludeRules: DockerIgnore, parentsRules: DockerIgnore = .empty
  ) {
    self.context = context
    self.selection = selection
    self.excludes = excludes
    self.links = links
    self.step = step
    self.excludeRules = excludeRules
    self.parentsRules = parentsRules
  }

  /// Whether the read may take files anywhere in its context: a wildcard can match a symbolic
  /// link, and BuildKit then copies the link's target, wherever it lies.
  ///
  /// Always inlined, like ``covers(_:)`` and `copiedRoot(of:)`: `ImageDefinition.mayRead(path:)`
  /// asks them of every read for every changed path, and each out-of-line call would first copy
  /// the read (retaining all its references).
  @inline(__always)
  var mayFollowMatchedLinks: Bool {
    if case .wildcard = selection {
      return true
    }
    return false
  }

  /// Whether the read takes the context-relative path `path`, given that the context holds it.
  ///
  /// A link a wildcard matches is taken, but not its target (see `ImageInputs`).
  @inline(__always)
  public func covers(_ path: String) -> Bool {
    if links.contains(path) {
      return true
    }
    guard let root = copiedRoot(of: path), ContextPath.contains(root, path) else {
      return false
    }
    guard !excludeRules.isEmpty, let inside = ContextPath.relative(path, to: root) else {
      return true
    }
    return inside.isEmpty || !excludeRules.excludes(inside)
  }

  /// The copied file or folder `path` belongs to (what `--exclude` patterns are relative to), or
  /// `nil` when the selection does not take it.
  @inline(__always)
  func copiedRoot(of path: String) -> String? {
    switch selection {
    case .path(let selected):
      return ContextPath.contains(selected, path) ? selected : nil
    case .wildcard(let base, let pattern):
      guard let relative = ContextPath.relative(path, to: base), !relative.isEmpty else {
        return nil
      }
      var prefix = ""
      for element in relative.split(separator: "/") {
        prefix = prefix.isEmpty ? String(element) : prefix + "/" + element
        if GoGlob.matches(pattern, prefix) {
          return ContextPath.join(base, prefix)
        }
      }
      return nil
    case .parents(let base, _):
      guard let relative = ContextPath.relative(path, to: base), !relative.isEmpty,
        parentsRules.excludes(relative)
      else {
        return nil
      }
      return base
    }
  }
}
