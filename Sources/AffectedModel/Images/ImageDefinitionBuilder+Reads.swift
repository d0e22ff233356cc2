extension ImageDefinitionBuilder {
  /// `request` matched against its context: cleaned like BuildKit cleans sources, with the links
  /// along its literal part followed; `nil` when its context is not a repository folder.
  ///
  /// A literal source that the context does not hold makes the image uncertain.
  mutating func resolve(_ request: ReadRequest) -> ContextRead? {
    guard let context = contexts.first(where: { $0.name == request.context }) else {
      return nil
    }
    let excludeRules = rules(request.excludes, step: request.step, flag: "--exclude")
    if request.parents {
      return resolveParents(request, in: context, excludeRules: excludeRules)
    }
    let cleaned = ContextPath.clean(request.source)
    let (literal, pattern) = Self.splitWildcards(cleaned)
    let resolution = follow(literal, in: context, step: request.step)
    let selection: ContextRead.Selection
    if let pattern {
      selection = .wildcard(base: resolution.path, pattern: pattern)
    } else {
      selection = .path(resolution.path)
      requireExisting(resolution, written: request.source, in: context, step: request.step)
    }
    return ContextRead(
      context: request.context, selection: selection, excludes: request.excludes,
      links: resolution.links, step: request.step, excludeRules: excludeRules)
  }

  /// A `COPY --parents` source: `base/./pattern`, or `pattern` from the context's root.
  private mutating func resolveParents(
    _ request: ReadRequest, in context: LocalContext, excludeRules: DockerIgnore
  ) -> ContextRead {
    var base = ""
    var pattern = request.source
    if let pivot = request.source.range(of: "/./") {
      base = String(request.source[..<pivot.lowerBound])
      pattern = String(request.source[pivot.upperBound...])
    }
    pattern = ContextPath.clean(pattern)
    let resolution = follow(ContextPath.clean(base), in: context, step: request.step)
    let selection: ContextRead.Selection
    if pattern.isEmpty {
      selection = .path(resolution.path)
    } else {
      selection = .parents(base: resolution.path, pattern: pattern)
    }
    if !GoGlob.hasWildcards(base) && !GoGlob.hasWildcards(pattern) {
      let required = follow(
        ContextPath.join(resolution.path, pattern), in: context, step: request.step)
      requireExisting(required, written: request.source, in: context, step: request.step)
    }
    return ContextRead(
      context: request.context, selection: selection, excludes: request.excludes,
      links: resolution.links, step: request.step, excludeRules: excludeRules,
      parentsRules: rules([pattern], step: request.step, flag: "--parents"))
  }

  /// Splits a cleaned source at its first element with a wildcard (fsutil's `splitWildcards`).
  static func splitWildcards(_ path: String) -> (literal: String, pattern: String?) {
    // An element with a wildcard has it in the whole path too (a `/` ends any escape).
    guard GoGlob.hasWildcards(path) else {
      return (path, nil)
    }
    let elements = path.split(separator: "/").map(String.init)
    guard let first = elements.firstIndex(where: GoGlob.hasWildcards) else {
      return (path, nil)
    }
    return (
      elements[..<first].joined(separator: "/"), elements[first...].joined(separator: "/")
    )
  }

  /// `path` with the links along it followed; unchanged (and the image uncertain) when they loop.
  private mutating func follow(_ path: String, in context: LocalContext, step: BuildStep)
    -> ContextPath.Resolution
  {
    guard let resolution = ContextPath.resolve(path, root: context.root, in: source) else {
      uncertainReasons.append(
        "\(Self.location(of: step)): the symbolic links along '\(path)' loop")
      return ContextPath.Resolution(path: path, links: [])
    }
    return resolution
  }

  /// Makes the image uncertain when the context does not hold the path `resolution` reaches
  /// (or BuildKit does not receive it), as the build would then fail.
  private mutating func requireExisting(
    _ resolution: ContextPath.Resolution, written: String, in context: LocalContext,
    step: BuildStep
  ) {
    let path = resolution.path
    guard !path.isEmpty else {
      return
    }
    let exists: Bool
    // The entry the resolution looked up last is the one at its path: no second lookup.
    switch (resolution.entry ?? source.entry(at: ContextPath.join(context.root, path)))?.kind {
    case nil:
      exists = false
    case .directory:
      exists = context.ignore.couldInclude(folder: path)
    case .file, .executable, .symlink, .submodule:
      exists = !context.ignore.excludes(path)
    }
    guard !exists else {
      return
    }
    let place =
      context.name.map { "the named context '\($0)'" }
      ?? "the build context '\(context.root.isEmpty ? "." : context.root)'"
    uncertainReasons.append(
      "\(Self.location(of: step)): '\(written)' is not in \(place) (missing, or excluded by "
        + ".dockerignore); the build would fail, or it is made before the build")
  }

  /// `patterns` compiled as `.dockerignore` lines; the image is uncertain when they are invalid.
  private mutating func rules(_ patterns: [String], step: BuildStep, flag: String)
    -> DockerIgnore
  {
    guard !patterns.isEmpty else {
      return .empty
    }
    do {
      return try DockerIgnore(text: patterns.joined(separator: "\n"))
    } catch {
      uncertainReasons.append("\(Self.location(of: step)): invalid \(flag) pattern: \(error)")
      return .empty
    }
  }

  /// `file:line` of a step.
  static func location(of step: BuildStep) -> String {
    "\(step.file ?? "Dockerfile"):\(step.line)"
  }
}
