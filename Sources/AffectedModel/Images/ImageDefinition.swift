/// What an image's definition says at one revision: the stages its target reaches, what they
/// read from build contexts, the images they use, and the files that define it.
///
/// Computing it reads only the Dockerfile, the `.dockerignore` files and the entries along
/// literal source paths; it never lists a context. `mayRead(path:)` then rules most changed
/// paths out cheaply, and `ImageInputs` lists the files actually read.
public struct ImageDefinition: Hashable, Sendable {
  /// The properties, shared by the copies of this definition (see ``Fields``).
  private var shared: SharedFields<Fields>

  /// The image.
  public var image: Image {
    get { shared.fields.image }
    _modify { yield &shared.fields.image }
  }

  /// The stages the target reaches, in the order the walk from the target meets them (the
  /// target first).
  public var reachedStages: [Stage] {
    get { shared.fields.reachedStages }
    _modify { yield &shared.fields.reachedStages }
  }

  /// The files that define the image: its spec files, the Dockerfile, the `.dockerignore` files
  /// in effect, the Dockerfiles of in-repository base images whose `ONBUILD` triggers run, and
  /// the targets of the links they are read through.
  public var definitionFiles: [String] {
    get { shared.fields.definitionFiles }
    _modify { yield &shared.fields.definitionFiles }
  }

  /// The canonical definition: equal when the build would run the same instructions.
  public var fingerprint: DefinitionFingerprint {
    get { shared.fields.fingerprint }
    _modify { yield &shared.fields.fingerprint }
  }

  /// The build contexts in the repository that the reached stages read.
  public var contexts: [LocalContext] {
    get { shared.fields.contexts }
    _modify { yield &shared.fields.contexts }
  }

  /// What the reached stages read from those contexts.
  public var reads: [ContextRead] {
    get { shared.fields.reads }
    _modify { yield &shared.fields.reads }
  }

  /// The other images of the repository this one uses, ordered by line.
  public var links: [ImageLink] {
    get { shared.fields.links }
    _modify { yield &shared.fields.links }
  }

  /// The names the definition looked up with ``ImageCatalog/images(pulledBy:)`` (`FROM`,
  /// `--from`, mounts, `docker-image://` named contexts), sorted: besides compose services
  /// named as contexts and skaffold `requires`, the catalog's answers for these names are all
  /// the definition took from the catalog.
  public var pulledNames: [String] {
    get { shared.fields.pulledNames }
    _modify { yield &shared.fields.pulledNames }
  }

  /// Why the files the image reads cannot be told exactly; when not empty, the image reads its
  /// whole contexts.
  public var uncertainReasons: [String] {
    get { shared.fields.uncertainReasons }
    _modify { yield &shared.fields.uncertainReasons }
  }

  /// Problems found in the files that define the image.
  public var diagnostics: [Diagnostic] {
    get { shared.fields.diagnostics }
    _modify { yield &shared.fields.diagnostics }
  }

  /// The named contexts the reached stages use (all of them when the stages are unknown).
  public var usedContexts: [String] {
    get { shared.fields.usedContexts }
    _modify { yield &shared.fields.usedContexts }
  }

  /// Whether the image reads the whole of its contexts, because what it reads is uncertain.
  public var readsWholeContext: Bool {
    !uncertainReasons.isEmpty
  }

  /// Whether the image reads a folder outside the repository (its context, or a named context
  /// a reached stage uses): no change set can clear it, so it is always affected.
  public var readsOutsideRepository: Bool {
    ([image.context] + image.namedContexts.filter { usedContexts.contains($0.name) }.map(\.context))
      .contains {
        if case .outside = $0 {
          return true
        }
        return false
      }
  }

  /// Reads the definition of `image` from `source`; `catalog` resolves the images it uses.
  ///
  /// Dockerfiles and `.dockerignore` files are parsed through `cache`: pass one cache to every
  /// definition of a run (both sides of a comparison) so each distinct file is parsed once.
  ///
  /// This never fails: what cannot be read or parsed makes the image uncertain, with a
  /// diagnostic naming the file and line.
  public init(
    of image: Image, in source: some FileSource, catalog: ImageCatalog,
    cache: ParseCache = ParseCache()
  ) {
    var builder = ImageDefinitionBuilder(
      image: image, source: source, catalog: catalog, cache: cache)
    builder.build()
    var seen: Set<String> = []
    shared = SharedFields(
      Fields(
        image: image, reachedStages: builder.reachedStages,
        definitionFiles: builder.definitionFiles,
        fingerprint: DefinitionFingerprint(lines: builder.lines), contexts: builder.contexts,
        reads: builder.reads, links: builder.links, pulledNames: builder.pulledNames.sorted(),
        uncertainReasons: builder.uncertainReasons.filter { seen.insert($0).inserted },
        diagnostics: builder.diagnostics, usedContexts: builder.usedContexts))
  }

  /// Whether a change to the repository path `path` may change the image: `false` only when
  /// the image certainly neither reads nor is defined by it.
  ///
  /// The test uses the contexts' folders and `.dockerignore` rules and the sources' literal
  /// prefixes and patterns, without listing any folder. A wildcard source may read any file its
  /// context sends: it can match a symbolic link, whose target BuildKit copies wherever it lies
  /// (`ImageInputs` lists what it really takes).
  public func mayRead(path: String) -> Bool {
    if definitionFiles.contains(path) {
      return true
    }
    // This runs for every changed path and image. Contexts and reads are reached through
    // buffers, whose elements are used in place: through the arrays, each one would be copied
    // (and its many references retained) for the test.
    return contexts.withUnsafeBufferPointer { contexts in
      reads.withUnsafeBufferPointer { reads in
        if contexts.indices.contains(where: { contexts[$0].ignoreCandidates.contains(path) }) {
          return true
        }
        return contexts.indices.contains { index in
          guard let relative = contexts[index].containedPath(of: path) else {
            return false
          }
          let read =
            readsWholeContext
            || reads.indices.contains(where: {
              reads[$0].context == contexts[index].name
                && (reads[$0].mayFollowMatchedLinks || reads[$0].covers(relative))
            })
          return read && !contexts[index].ignore.excludes(relative)
        }
      }
    }
  }

  /// The repository paths at or below which lies every path that ``mayRead(path:)`` lets
  /// through, so that only the changed paths there need asking (see
  /// ``ChangedPaths/positions(atOrUnder:)``): the definition files, the `.dockerignore` candidates, and in each context the path
  /// or base a read takes from and the links followed to it; the whole context for a wildcard
  /// (it may follow a link anywhere) or an uncertain image.
  public var readScopes: [String] {
    var scopes = definitionFiles + contexts.flatMap(\.ignoreCandidates)
    for context in contexts {
      guard !readsWholeContext else {
        scopes.append(context.root)
        continue
      }
      for read in reads where read.context == context.name {
        switch read.selection {
        case .path(let path), .parents(let path, _):
          scopes.append(ContextPath.join(context.root, path))
        case .wildcard:
          scopes.append(context.root)
        }
        scopes += read.links.map { ContextPath.join(context.root, $0) }
      }
    }
    return scopes
  }

  /// Whether `other` reads the same entries as this definition wherever both revisions hold the
  /// same files: same contexts and `.dockerignore` rules, same reads, and no wildcard that could
  /// follow a link elsewhere. Then the content inputs of the two can differ only at paths that
  /// changed, and ``takesContent(at:)`` says which.
  public func readsLike(_ other: ImageDefinition) -> Bool {
    contexts == other.contexts && reads == other.reads
      && readsWholeContext == other.readsWholeContext
      && !reads.contains(where: \.mayFollowMatchedLinks)
  }

  /// Whether the entry at the repository path `path`, if there is one, is a content input: a
  /// context sends it and a read takes it (links a wildcard matches aside).
  public func takesContent(at path: String) -> Bool {
    contexts.contains { context in
      guard let relative = context.sentPath(of: path) else {
        return false
      }
      return readsWholeContext
        || reads.contains { $0.context == context.name && $0.covers(relative) }
    }
  }

  /// For a change to the repository path `path`, the first instruction of each reached stage
  /// whose build cache it invalidates, ordered by line; empty when no instruction reads it.
  public func layerImpacts(of path: String) -> [BuildStep] {
    var first: [Int: BuildStep] = [:]
    for context in contexts {
      guard let relative = context.sentPath(of: path) else {
        continue
      }
      for read in reads where read.context == context.name && read.covers(relative) {
        let step = read.step
        if let known = first[step.stageIndex], known.line <= step.line {
          continue
        }
        first[step.stageIndex] = step
      }
    }
    return first.values.sorted { ($0.line, $0.stageIndex) < ($1.line, $1.stageIndex) }
  }
}
