import AffectedGit
import AffectedModel

extension ImpactAnalysis {
  /// The analysis as a ``BuildPlan``: every head image, the affected ones with their wave and
  /// reasons, the unaffected images they build on as `reused`, and the removed images.
  ///
  /// Default tags, for affected and reused images: `<image>:<short content digest>` and
  /// `<image>:<head short SHA>` (affected images only).
  public var plan: BuildPlan {
    var wave: [String: Int] = [:]
    for (index, ids) in waves.enumerated() {
      for id in ids {
        wave[id] = index
      }
    }
    let reused = Set(
      wave.keys.flatMap { graph.dependencies(of: $0) }.filter { wave[$0] == nil }
    ).sorted()
    // A row reads the analysis alone (no repository): the other core makes some of them.
    let row = { @Sendable [self, wave] (image: Image) in
      plannedImage(image, wave: wave[image.id], needs: graph.dependencies(of: image.id))
    }
    let images = SharedWork.map(catalog.images, here: row, elsewhere: { row })
    return BuildPlan(
      base: comparison.start == nil ? nil : comparison.base?.commit.id, head: comparison.head.id,
      mergeBase: comparison.mergeBase, changedPaths: comparison.changes.paths.count,
      images: images, reused: reused, removed: removed, projects: plannedProjects)
  }

  /// Every project as the plan shows it, sorted by id (byte order), as the graph keeps them.
  private var plannedProjects: [PlannedProject] {
    projects.graph.projects.map { (project: Project) -> PlannedProject in
      PlannedProject(
        id: project.id, kind: project.kind, ecosystems: project.ecosystems.map(\.rawValue),
        tags: projects.tags[project.id] ?? [], dependsOn: project.dependsOn.sorted(),
        reasons: projects.reasons[project.id] ?? [])
    }
  }

  /// `image` as the plan renders it.
  private func plannedImage(_ image: Image, wave: Int?, needs: [String]) -> PlannedImage {
    let definition = definitions[image.id]
    let settings = imageSettings[image.id] ?? ImageSettings()
    let repository = Self.repository(
      of: settings.name ?? image.publishedName ?? image.name, registry: settings.registry)
    let tags = digests[image.id].map {
      self.tags(of: repository, templates: settings.tags, digest: $0, isBuilt: wave != nil)
    }
    var seen: Set<String> = []
    let uncertain = (image.uncertainReasons + (definition?.uncertainReasons ?? []))
      .filter { seen.insert($0).inserted }
    return PlannedImage(
      id: image.id, name: image.shortNames.first ?? image.id, source: image.sourceFile,
      context: image.context.description, dockerfile: image.dockerfile,
      inlineDockerfile: image.inlineDockerfile, target: image.target,
      args: image.buildArguments.sorted { $0.key < $1.key }.map {
        BuildArgument(name: $0.key, value: $0.value)
      },
      image: repository, tags: tags ?? [], platforms: settings.platforms ?? [],
      cacheFrom: settings.cacheFrom ?? [], cacheTo: settings.cacheTo ?? [],
      contexts: contexts(of: image, definition: definition),
      reasons: reasons[image.id] ?? [], uncertain: uncertain, wave: wave, needs: needs)
  }

  /// The named contexts of `image`, then the names by which its Dockerfile pulls in-repository
  /// images, each name once.
  private func contexts(
    of image: Image, definition: ImageDefinition?
  ) -> [PlannedImage.NamedContext] {
    let links = definition?.links ?? []
    var contexts: [PlannedImage.NamedContext] = []
    for named in image.namedContexts {
      let source: PlannedImage.NamedContext.Source
      switch named.context {
      case .folder, .outside, .remote, .image:
        source = .location(named.context.description)
      case .service(let service):
        guard
          let link = links.first(where: {
            $0.kind == .namedContext && $0.reference == "service:" + service
          })
        else {
          continue
        }
        source = .image(id: link.target)
      }
      contexts.append(PlannedImage.NamedContext(name: named.name, source: source))
    }
    var names = Set(contexts.map(\.name))
    for link in links where [.base, .copy, .mount].contains(link.kind) {
      if names.insert(link.reference).inserted {
        contexts.append(
          PlannedImage.NamedContext(name: link.reference, source: .image(id: link.target)))
      }
    }
    return contexts
  }

  /// The tags of an image pushed as `repository`: `templates` rendered (`{hash}` the content
  /// digest, `{sha}` the head commit id, `{branch}` the branch or `detached`), or by default the
  /// short digest and the short SHA. An image the plan only reuses (`isBuilt` false) gets only the tags
  /// that depend on its content alone.
  private func tags(
    of repository: String, templates: [TagTemplate]?, digest: ContentDigest, isBuilt: Bool
  ) -> [String] {
    let sha = comparison.head.id.abbreviated()
    guard let templates else {
      return ["\(repository):\(digest.short)"] + (isBuilt ? ["\(repository):\(sha)"] : [])
    }
    let values = TagTemplate.Values(
      hash: digest.description, sha: comparison.head.id.description,
      branch: options.branch ?? "detached")
    var seen: Set<String> = []
    return templates.filter { isBuilt || $0.placeholders == [.hash] }
      .compactMap { $0.render(values).map { "\(repository):\($0)" } }
      .filter { seen.insert($0).inserted }
  }

  /// `name` without its tag or digest (`ghcr.io/org/web:1.0` → `ghcr.io/org/web`), under
  /// `registry` when given: it replaces the registry host `name` starts with, if any.
  static func repository(of name: String, registry: String? = nil) -> String {
    // Image names are ASCII, where each byte is a character: searching the bytes finds what
    // searching the characters finds, many times faster.
    let kept =
      name.utf8.allSatisfy { $0 < 0x80 }
      ? repositoryPart(of: name.utf8, registry: registry) { UInt8($0.value) }
      : repositoryPart(of: Substring(name), registry: registry, Character.init)
    let part = name[kept]
    guard let registry, !registry.isEmpty else {
      return String(part)
    }
    return registry.hasSuffix("/") ? registry + part : registry + "/" + part
  }

  /// Where in `text` (a name's characters or bytes, `element` making one of them) lies what
  /// ``repository(of:registry:)`` keeps: the name without its tag or digest, and without its
  /// registry host when `registry` replaces it.
  private static func repositoryPart<Text: BidirectionalCollection>(
    of text: Text, registry: String?, _ element: (Unicode.Scalar) -> Text.Element
  ) -> Range<String.Index> where Text.Index == String.Index, Text.Element: Equatable {
    var start = text.startIndex
    var end = text.firstIndex(of: element("@")) ?? text.endIndex
    let lastSlash = text[start..<end].lastIndex(of: element("/")) ?? start
    if let colon = text[lastSlash..<end].lastIndex(of: element(":")) {
      end = colon
    }
    guard let registry, !registry.isEmpty,
      let slash = text[start..<end].firstIndex(of: element("/"))
    else {
      return start..<end
    }
    let host = text[start..<slash]
    if host.contains(element(".")) || host.contains(element(":"))
      || host.elementsEqual("localhost".unicodeScalars.map(element))
    {
      start = text.index(after: slash)
    }
    return start..<end
  }
}
