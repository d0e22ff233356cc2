extension ImageDiscovery {
  /// Adds the images of every compose environment of `environments`, and of every file an
  /// `include` names.
  mutating func addComposeImages(environments: [ComposeEnvironment]) {
    let loader = ComposeLoader(source: source, environment: environment)
    var queue = environments
    var known = Set(queue.map(\.id))
    var next = 0
    while next < queue.count {
      let environment = queue[next]
      next += 1
      let project = loader.load(environment)
      let broken = environment.files.filter(project.unreadableFiles.contains)
      record(project.diagnostics, unreadable: broken)
      for include in project.includes {
        guard let first = include.files.first, known.insert(first).inserted else {
          continue
        }
        queue.append(ComposeEnvironment(files: include.files))
      }
      for service in project.services where environment.files.contains(service.file) {
        if let build = service.build {
          add(
            image(of: service, build: build, in: project, environment: environment, broken: broken))
        }
      }
    }
  }

  /// The image a compose service builds.
  private func image(
    of service: ComposeService, build: ComposeBuild, in project: ComposeProject,
    environment: ComposeEnvironment, broken: [String]
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
      for path in source.linkChain(from: file) ?? [file] where !specFiles.contains(path) {
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
