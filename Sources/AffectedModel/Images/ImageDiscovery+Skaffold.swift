extension ImageDiscovery {
  /// Adds the Dockerfile artifacts of every skaffold file of `paths`.
  mutating func addSkaffoldImages(paths: [String]) {
    let files = paths.map { SkaffoldFile(at: $0, in: source) }
    var filesNaming: [String: Set<String>] = [:]
    for file in files {
      for artifact in file.artifacts {
        filesNaming[artifact.image, default: []].insert(file.path)
      }
    }
    for file in files {
      record(file.diagnostics, unreadable: file.isReadable ? [] : [file.path])
      for artifact in file.artifacts {
        let shared = (filesNaming[artifact.image]?.count ?? 0) > 1
        add(image(of: artifact, in: file, idSuffix: shared ? "#" + file.path : ""))
      }
    }
  }

  /// The image a skaffold artifact builds.
  private func image(of artifact: SkaffoldArtifact, in file: SkaffoldFile, idSuffix: String)
    -> Image
  {
    let contextPath = ComposePath(
      resolving: artifact.context, in: ComposePath.folder(of: file.path))
    let context = ImageContext(.local(contextPath))
    var reasons: [String] = []
    if !file.isReadable {
      reasons.append("the skaffold file \(file.path) cannot be read completely")
    }
    var dockerfile: String?
    switch (context, ComposePath(resolving: artifact.dockerfile, against: contextPath)) {
    case (.folder, .repository(let path)):
      dockerfile = path
    case (.folder, let path):
      reasons.append("the Dockerfile \(path) is outside the repository")
    case (.outside(let path), _):
      reasons.append("the build context \(path) is outside the repository; it is always affected")
    default:
      break
    }
    var arguments = artifact.buildArguments
    for requirement in artifact.requirements {
      if let alias = requirement.alias {
        // Skaffold passes the required image's full name; its repository is what links.
        arguments[alias] = requirement.image
      }
    }
    return Image(
      id: "skaffold:" + artifact.image + idSuffix, kind: .skaffold, sourceFile: file.path,
      environment: file.path, context: context, dockerfile: dockerfile, target: artifact.target,
      name: artifact.image, publishedName: artifact.image, matchesAnyTag: true,
      buildArguments: arguments, requiredImages: artifact.requirements.map(\.image),
      shortNames: [ComposePath.lastComponent(of: artifact.image)], specFiles: file.files,
      uncertainReasons: reasons, diagnostics: file.diagnostics)
  }
}
