extension ImageDiscovery {
  /// Adds the images of every compose environment of `environments`, and of every file an
  /// `include` names; each environment's findings are taken over from ``earlierCompose`` when
  /// no change reaches them, and kept in ``composeRecord`` when it is set.
  mutating func addComposeImages(environments: [ComposeEnvironment]) {
    var queue = environments
    var known = Set(queue.map(\.id))
    var next = 0
    while next < queue.count {
      let environment = queue[next]
      next += 1
      let found = takenOver(environment) ?? findings(in: environment)
      composeRecord?.findings[environment] = found
      record(found.diagnostics, unreadable: found.unreadableFiles)
      for files in found.includes {
        guard let first = files.first, known.insert(first).inserted else {
          continue
        }
        queue.append(ComposeEnvironment(files: files))
      }
      for (image, chain) in zip(found.images, found.dockerfileChains) where add(image) {
        builtDockerfiles.formUnion(chain)
      }
    }
  }

  /// The findings of `environment` in ``earlierCompose``, when loading it here reads the same.
  private func takenOver(_ environment: ComposeEnvironment) -> ComposeDiscoveryRecord.Findings? {
    earlierCompose.flatMap { earlier in
      earlier.record.findings(
        for: environment, in: source, shell: self.environment, changed: earlier.changed)
    }
  }

  /// Loads `environment` and makes an image of each of its own services that has `build`,
  /// recording what the load read.
  private func findings(in environment: ComposeEnvironment) -> ComposeDiscoveryRecord.Findings {
    let reads = RecordingFileSource(source)
    let project = ComposeLoader(source: reads, environment: self.environment).load(environment)
    let broken = environment.files.filter(project.unreadableFiles.contains)
    var images: [Image] = []
    for service in project.services where environment.files.contains(service.file) {
      if let build = service.build {
        images.append(
          image(
            of: service, build: build, in: project, environment: environment, broken: broken,
            files: reads))
      }
    }
    let chains = images.map { image in
      image.dockerfile.map { reads.linkChain(from: $0) ?? [$0] } ?? []
    }
    return ComposeDiscoveryRecord.Findings(
      images: images, dockerfileChains: chains, diagnostics: project.diagnostics,
      unreadableFiles: broken,
      includes: project.includes.map(\.files), reads: reads.takeRecord())
  }

  /// The image a compose service builds, following links in `files`.
  private func image(
    of service: ComposeService, build: ComposeBuild, in project: ComposeProject,
    environment: ComposeEnvironment, broken: [String], files: some FileSource
  ) -> Image {
    let context = ImageContext(build.context)
    var reasons = broken.map {
      "the compose file \($0) cannot be read completely; the service may differ from what it says"
    }
    var dockerfile: String?
    switch (context, build.dockerfilePath) {
    case (.folder, .repository(let path)?):
      dockerfile = path
    case (.folder, let path?):
      reasons.append("the Dockerfile \(path) is outside the repository")
    case (.outside(let path), _):
      reasons.append("the build context \(path) is outside the repository; it is always affected")
    default:
      break
    }
    var arguments: [String: String] = [:]
    for argument in build.args {
      arguments[argument.key] = argument.value
    }
    let defaultName = project.name.isEmpty ? service.name : "\(project.name)-\(service.name)"
    // Files read through links are defined by their targets too.
    var specFiles: [String] = []
    for file in service.files + project.variableFiles {
      for path in files.linkChain(from: file) ?? [file] where !specFiles.contains(path) {
        specFiles.append(path)
      }
    }
    return Image(
      id: "\(environment.id):\(service.name)", kind: .compose, sourceFile: service.file,
      environment: environment.id, context: context, dockerfile: dockerfile,
      inlineDockerfile: build.dockerfileInline, target: build.target,
      name: service.image ?? defaultName, publishedName: service.image,
      profiles: service.profiles, buildArguments: arguments,
      namedContexts: build.additionalContexts.map {
        Image.NamedContext(name: $0.name, context: ImageContext($0.context))
      },
      shortNames: [service.name], specFiles: specFiles, uncertainReasons: reasons,
      diagnostics: project.diagnostics.filter { diagnostic in
        diagnostic.file.map { specFiles.contains($0) || broken.contains($0) } ?? false
      })
  }
}
