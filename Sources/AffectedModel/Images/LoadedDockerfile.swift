/// The Dockerfile of an image, read, parsed and resolved into stages with the image's build
/// arguments, or the reason it could not be.
struct LoadedDockerfile {
  /// The Dockerfile's path and the targets of the links it was read through; empty for an inline
  /// Dockerfile.
  var files: [String] = []
  /// The repository path diagnostics and layer impacts name: the Dockerfile, or the compose file
  /// of an inline one.
  var file: String?
  /// The parsed file.
  var dockerfile: Dockerfile?
  /// Its stages.
  var stages: BuildStages?
  /// The index of the stage the image builds.
  var targetIndex: Int?
  /// Why the file cannot be used, when it cannot.
  var problem: String?
  /// What describes an unusable file in a fingerprint: its content id, so that editing a broken
  /// file still counts as a change.
  var unusableContent: String?
  /// Warnings about the file.
  var diagnostics: [Diagnostic] = []
  /// Whether the Dockerfile is written inline in a compose file (its lines are not the file's).
  private var isInline = false

  /// Loads the Dockerfile of `image` from `source`, parsing it through `cache`; `nil` when the
  /// image names none that the repository could hold (a remote context, or a Dockerfile outside
  /// the repository).
  init?(for image: Image, in source: some FileSource, cache: ParseCache) {
    let bytes: [UInt8]
    var blob: String?
    if let inline = image.inlineDockerfile {
      file = image.sourceFile
      isInline = true
      unusableContent = inline
      bytes = Array(inline.utf8)
    } else if let path = image.dockerfile {
      file = path
      // A file parsed already (same blob id, same bytes) is not read again.
      guard let (chain, entry) = source.linkedFile(from: path), let last = chain.last,
        let contents = cache.holdsDockerfile(id: entry.id)
          ? [] : try? source.contents(of: last)
      else {
        files = [path]
        fail(
          "the Dockerfile '\(path)' does not exist; fix the path in \(image.sourceFile) or add "
            + "the file", line: nil)
        return
      }
      files = chain
      blob = entry.id
      unusableContent = blob
      bytes = contents
    } else {
      return nil
    }
    do {
      let dockerfile = try cache.dockerfile(id: blob) { try Dockerfile(parsing: bytes) }
      let stages = try cache.stages(
        id: blob, buildArguments: image.buildArguments, file: file
      ) { try BuildStages(dockerfile, buildArguments: image.buildArguments, file: file) }
      self.dockerfile = dockerfile
      self.stages = stages
      try selectTarget(image.target, in: stages)
      unusableContent = nil
    } catch let error as DockerfileError {
      fail(error.message + "; BuildKit would refuse to build it", line: error.line)
    } catch {
      fail(String(describing: error), line: nil)
    }
  }

  /// The stages and target, when the file is usable.
  var usable: (dockerfile: Dockerfile, stages: BuildStages, target: Int)? {
    guard let dockerfile, let stages, let targetIndex else {
      return nil
    }
    return (dockerfile, stages, targetIndex)
  }

  /// The stage `target` names, else the last one.
  private mutating func selectTarget(_ target: String?, in stages: BuildStages) throws {
    guard let target else {
      targetIndex = stages.stages.count - 1
      return
    }
    guard let index = stages.stageIndex(named: target) else {
      let names = stages.stages.compactMap(\.name)
      let known = names.isEmpty ? "no stage has a name" : "stages: " + names.joined(separator: ", ")
      throw DockerfileError(line: nil, "target stage '\(target)' could not be found (\(known))")
    }
    targetIndex = index
  }

  /// Records why the file cannot be used.
  private mutating func fail(_ message: String, line: Int?) {
    dockerfile = nil
    stages = nil
    targetIndex = nil
    let location = line.map { (isInline ? "inline Dockerfile line " : "line ") + "\($0): " }
    let described = (location ?? "") + message
    problem = described
    diagnostics.append(
      Diagnostic(.warning, isInline ? described : message, file: file, line: isInline ? nil : line))
  }
}
