/// Builds an `ImageDefinition`: loads the Dockerfile, walks the reached stages, and matches
/// what they read against the build contexts.
struct ImageDefinitionBuilder<Source: FileSource> {
  let image: Image
  let source: Source
  let catalog: ImageCatalog
  let cache: ParseCache
  var reachedStages: [Stage] = []
  var definitionFiles: [String]
  var lines: [String] = []
  var contexts: [LocalContext] = []
  var reads: [ContextRead] = []
  var links: [ImageLink] = []
  var pulledNames: Set<String> = []
  /// The catalog's answers to `images(pulledBy:)` so far, by name: the walk asks for each base
  /// image, and the links ask again for every name the walk met.
  var pulledImages: [String: [Image]] = [:]
  var uncertainReasons: [String]
  var diagnostics: [Diagnostic]
  var usedContexts: [String]

  init(image: Image, source: Source, catalog: ImageCatalog, cache: ParseCache) {
    self.image = image
    self.source = source
    self.catalog = catalog
    self.cache = cache
    definitionFiles = image.specFiles
    uncertainReasons = image.uncertainReasons
    diagnostics = image.diagnostics
    usedContexts = image.namedContexts.map(\.name)
  }

  /// Loads the Dockerfile, walks the stages its target reaches, and matches their reads, the
  /// spec and the links.
  mutating func build() {
    var walk: StageWalk?
    if let loaded = LoadedDockerfile(for: image, in: source, cache: cache) {
      addFiles(loaded.files)
      diagnostics += loaded.diagnostics
      if let problem = loaded.problem {
        uncertainReasons.append(problem)
        lines.append("unusable Dockerfile " + (loaded.unusableContent ?? "(missing)"))
      }
      if let usable = loaded.usable {
        let finished = walkStages(usable, file: loaded.file)
        walk = finished
        usedContexts = finished.usedContexts
      }
    } else {
      lines.append("context \(image.context)")
    }
    makeContexts(usedContexts)
    if let walk {
      for request in walk.requests {
        if let read = resolve(request) {
          reads.append(read)
        }
      }
      uncertainReasons += walk.uncertainReasons
      addSpecLines(arguments: walk.declaredArguments, contexts: usedContexts)
    } else {
      addSpecLines(arguments: nil, contexts: usedContexts)
    }
    makeLinks(walk?.references ?? [])
  }

  /// Walks the stages from the target, with the `ONBUILD` triggers of in-repository base images.
  private mutating func walkStages(
    _ usable: (dockerfile: Dockerfile, stages: BuildStages, target: Int), file: String?
  ) -> StageWalk {
    var baseFiles: [String] = []
    var pulled = pulledImages
    let (catalog, source, cache, id) = (self.catalog, self.source, self.cache, image.id)
    var walk = StageWalk(
      stages: usable.stages, expander: WordExpander(for: usable.dockerfile), file: file,
      namedContexts: Dictionary(
        image.namedContexts.map { ($0.name, $0.context) }, uniquingKeysWith: { $1 }),
      imageTriggers: { name in
        Self.images(pulledBy: name, in: catalog, cache: cache, known: &pulled)
          .filter { $0.id != id }
          .compactMap { base in
            guard let loaded = LoadedDockerfile(for: base, in: source, cache: cache),
              let usable = loaded.usable
            else {
              return nil
            }
            let inherited = InheritedTriggers(
              stage: usable.stages.stages[usable.target],
              expander: WordExpander(for: usable.dockerfile), file: loaded.file, isImage: true)
            guard !inherited.triggers.isEmpty else {
              return nil
            }
            baseFiles += loaded.files
            return inherited
          }
      })
    for name in ["syntax", "escape"] {
      if let value = usable.dockerfile.directive(name) {
        lines.append("\(name)=\(value)")
      }
    }
    walk.visit(usable.target)
    pulledImages = pulled
    addFiles(baseFiles)
    reachedStages = walk.order.map { usable.stages.stages[$0] }
    lines += walk.lines
    for name in walk.declaredArguments.sorted() {
      if let value = usable.stages.globalArguments[name] {
        lines.append("global-arg \(name)=\(value)")
      }
    }
    return walk
  }

  /// The build arguments (those the reached stages declare, or all when unknown), the named
  /// contexts used, and the target when the stages are unknown.
  private mutating func addSpecLines(arguments declared: Set<String>?, contexts used: [String]) {
    if declared == nil, let target = image.target {
      lines.append("target \(target)")
    }
    for (key, value) in image.buildArguments.sorted(by: { $0.key < $1.key })
    where declared?.contains(key) ?? true {
      lines.append("build-arg \(key)=\(value)")
    }
    for named in image.namedContexts where used.contains(named.name) {
      // A folder's place does not matter, only what it holds (compared as content).
      let kind = named.context.folder != nil ? "folder" : named.context.description
      lines.append("context \(named.name)=\(kind)")
    }
  }

  /// The main context and the named contexts in `used`, when they are repository folders.
  private mutating func makeContexts(_ used: [String]) {
    if let root = image.context.folder {
      let candidates =
        (image.dockerfile.map { [$0 + ".dockerignore"] } ?? [])
        + [ContextPath.join(root, ".dockerignore")]
      contexts.append(context(name: nil, root: root, candidates: candidates))
    }
    for named in image.namedContexts where used.contains(named.name) {
      switch named.context {
      case .folder(let root):
        let candidates = [ContextPath.join(root, ".dockerignore")]
        contexts.append(context(name: named.name, root: root, candidates: candidates))
      case .outside(let path):
        uncertainReasons.append(
          "the named context '\(named.name)' (\(path)) is outside the repository; it is always "
            + "affected")
      case .remote, .image, .service:
        break
      }
    }
  }

  private mutating func context(name: String?, root: String, candidates: [String])
    -> LocalContext
  {
    let context = LocalContext(
      name: name, root: root, candidates: candidates, in: source, cache: cache,
      diagnostics: &diagnostics, uncertainReasons: &uncertainReasons)
    addFiles(context.ignoreFiles)
    return context
  }

  /// The links to the images of the catalog that the image uses.
  private mutating func makeLinks(_ references: [StageWalk.Reference]) {
    var found: [ImageLink] = []
    for reference in references {
      pulledNames.insert(reference.name)
      for target in Self.images(
        pulledBy: reference.name, in: catalog, cache: cache, known: &pulledImages)
      {
        found.append(
          ImageLink(
            kind: reference.kind, target: target.id, reference: reference.name,
            line: reference.line))
      }
    }
    for named in image.namedContexts {
      switch named.context {
      case .service(let service):
        for target in catalog.images
        where target.kind == .compose && target.environment == image.environment
          && target.shortNames.contains(service)
        {
          found.append(
            ImageLink(kind: .namedContext, target: target.id, reference: "service:" + service))
        }
      case .image(let reference):
        pulledNames.insert(reference)
        for target in Self.images(
          pulledBy: reference, in: catalog, cache: cache, known: &pulledImages)
        {
          found.append(ImageLink(kind: .namedContext, target: target.id, reference: reference))
        }
      case .folder, .outside, .remote:
        break
      }
    }
    for required in image.requiredImages {
      for target in catalog.images
      where target.kind == .skaffold && target.publishedName == required {
        found.append(ImageLink(kind: .requires, target: target.id, reference: required))
      }
    }
    var seen: Set<ImageLink> = []
    links = found.filter { $0.target != image.id && seen.insert($0).inserted }.sorted {
      ($0.line ?? .max, $0.kind.rawValue, $0.target) < (
        $1.line ?? .max, $1.kind.rawValue, $1.target
      )
    }
  }

  /// The images of `catalog` that `reference` pulls: the answer in `known`, else the catalog's
  /// (the name parsed through `cache`), added to `known`.
  private static func images(
    pulledBy reference: String, in catalog: ImageCatalog, cache: ParseCache,
    known: inout [String: [Image]]
  ) -> [Image] {
    if let found = known[reference] {
      return found
    }
    let found = cache.reference(reference).map(catalog.images(pulledBy:)) ?? []
    known[reference] = found
    return found
  }

  /// Adds `files` to the definition files, each once.
  private mutating func addFiles(_ files: [String]) {
    for file in files where !definitionFiles.contains(file) {
      definitionFiles.append(file)
    }
  }
}
