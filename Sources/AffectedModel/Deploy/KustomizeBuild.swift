/// What a kustomization yields, its resources followed through bases and components: the
/// workloads with `images` overrides applied, the ConfigMaps and Secrets (documents and
/// generators), and what else configures each workload (patches, settings such as `namespace`).
///
/// Nothing is rendered: patches are not applied but attributed to the resources they target
/// (every workload when the target cannot be told), and names stay as written.
struct KustomizeBuild: Hashable, Sendable {
  /// The workloads, in the order the resources list them.
  var workloads: [KubernetesResource] = []
  /// The ConfigMaps and Secrets, by `Kind/name`.
  var configurations: [String: KubernetesInputs] = [:]
  /// What else configures each workload, by `Kind/name`.
  var additions: [String: KubernetesInputs] = [:]
  /// Every file read: kustomizations, resource manifests, patch files.
  var files: [String] = []
  /// The kustomization folders followed, this one first.
  var folders: [String] = []
  /// Problems found.
  var diagnostics: [Diagnostic] = []
  /// Files that could not be read completely.
  var unreadableFiles: [String] = []

  /// Builds the kustomization in `folder`, whose file is `file`.
  init(folder: String, file: String, in source: some FileSource) {
    self.init(folder: folder, file: file, in: source, chain: [])
  }

  private init(folder: String, file: String, in source: some FileSource, chain: [String]) {
    folders = [folder]
    files = [file]
    guard let text = source.textFollowingLinks(of: file) else {
      fail(file, "cannot read kustomization '\(file)'; check that it is a file")
      return
    }
    let (layers, problems) = ComposeYAMLReader.layers(of: text, file: file, readBy: "kustomize")
    diagnostics += problems
    if !problems.isEmpty {
      unreadableFiles.append(file)
    }
    let kustomization = Kustomization(layers.first?.value ?? ComposeMapping(), file: file)
    for resource in kustomization.resources where !Self.isRemote(resource) {
      addResource(resource, of: kustomization, in: source, chain: chain + [folder])
    }
    for generator in kustomization.generators {
      let key = "\(generator.kind)/\(generator.name)"
      let part = KubernetesInputs.partName(of: key)
      configurations[key, default: KubernetesInputs()].add(generator.entry, as: part)
      for path in generator.files {
        guard let resolved = resolve(path, in: folder, for: file, what: "generator file") else {
          continue
        }
        configurations[key, default: KubernetesInputs()].reads.append(
          DeployRead(path: resolved, purpose: part))
      }
    }
    if !kustomization.images.isEmpty {
      workloads = workloads.map { workload in
        workload.mappingImages { image in
          kustomization.images.lazy.compactMap { $0.apply(to: image) }.first ?? image
        }
      }
    }
    for patch in kustomization.patches {
      addPatch(patch, in: folder, file: file, source: source)
    }
    if !kustomization.settings.isEmpty {
      for workload in workloads {
        additions[workload.key, default: KubernetesInputs()].add(
          .mapping(kustomization.settings), as: "kustomization \(file)")
      }
    }
  }

  /// Adds the resource `entry` of `kustomization`: a manifest file, or a folder with a
  /// kustomization of its own.
  private mutating func addResource(
    _ entry: String, of kustomization: Kustomization, in source: some FileSource,
    chain: [String]
  ) {
    let folder = ComposePath.folder(of: kustomization.file)
    guard let path = resolve(entry, in: folder, for: kustomization.file, what: "resource") else {
      return
    }
    if source.entry(at: path)?.kind == .directory {
      guard !chain.contains(path) else {
        fail(kustomization.file, "kustomizations include each other in a cycle through '\(path)'")
        return
      }
      guard let child = Self.file(in: path, of: source) else {
        fail(
          kustomization.file,
          "resource folder '\(path)' has no kustomization.yaml; add one or list its files")
        return
      }
      merge(KustomizeBuild(folder: path, file: child, in: source, chain: chain))
      return
    }
    let manifest = KubernetesManifest(file: path, in: source)
    files.append(path)
    diagnostics += manifest.diagnostics
    if !manifest.isReadable {
      unreadableFiles.append(path)
    }
    for resource in manifest.resources {
      if resource.isWorkload {
        workloads.append(resource)
      } else if ["ConfigMap", "Secret"].contains(resource.kind) {
        configurations[resource.key, default: KubernetesInputs()].add(
          .mapping(resource.document), as: KubernetesInputs.partName(of: resource.key))
      }
    }
  }

  /// Attributes `patch` to the workloads and configurations it targets: its target's kind and
  /// name, else the kind and name the patch itself declares; a missing one matches any.
  private mutating func addPatch(
    _ patch: Kustomization.Patch, in folder: String, file: String, source: some FileSource
  ) {
    var target = (kind: patch.kind, name: patch.name)
    var read: DeployRead?
    var inline = patch.inline
    if let path = patch.path {
      let resolved = ComposePath(resolving: path, in: folder).repositoryPath
      if let resolved, source.entry(at: resolved).map({ $0.kind != .directory }) == true {
        read = DeployRead(path: resolved, purpose: "patch")
        files.append(resolved)
        if target.kind == nil, target.name == nil {
          target = Self.declaredTarget(source.textFollowingLinks(of: resolved) ?? "", file: file)
        }
      } else if path.contains("\n") {
        inline = .string(path)
      } else {
        fail(file, "patch file '\(path)' does not exist; fix the path or remove the patch")
        return
      }
    }
    if let text = inline?.string, target.kind == nil, target.name == nil {
      target = Self.declaredTarget(text, file: file)
    }
    let matches = { (key: String) in
      let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
      return (target.kind.map { $0 == parts.first } ?? true)
        && (target.name.map { $0 == parts.last } ?? true)
    }
    for key in workloads.map(\.key) where matches(key) {
      attach(
        read: read, inline: inline, file: file, to: &additions[key, default: KubernetesInputs()])
    }
    for key in configurations.keys where matches(key) {
      attach(
        read: read, inline: inline, file: file,
        to: &configurations[key, default: KubernetesInputs()])
    }
  }

  private func attach(
    read: DeployRead?, inline: ComposeValue?, file: String, to inputs: inout KubernetesInputs
  ) {
    if let read, !inputs.reads.contains(read) {
      inputs.reads.append(read)
    }
    if let inline {
      inputs.add(inline, as: "patch \(file)")
    }
  }

  /// The `kind` and `metadata.name` of the first document of a strategic-merge patch.
  private static func declaredTarget(_ text: String, file: String) -> (kind: String?, name: String?)
  {
    let document = ComposeYAMLReader.layers(of: text, file: file, readBy: "kustomize").layers.first
    return (document?.value["kind"]?.string, document?.value["metadata"]?["name"]?.string)
  }

  /// Adds what `child` (a base or component) yields.
  private mutating func merge(_ child: KustomizeBuild) {
    workloads += child.workloads
    configurations.merge(child.configurations) { mine, theirs in
      var merged = mine
      merged.merge(theirs)
      return merged
    }
    additions.merge(child.additions) { mine, theirs in
      var merged = mine
      merged.merge(theirs)
      return merged
    }
    files += child.files.filter { !files.contains($0) }
    folders += child.folders.filter { !folders.contains($0) }
    diagnostics += child.diagnostics
    unreadableFiles += child.unreadableFiles.filter { !unreadableFiles.contains($0) }
  }

  /// `path` resolved against `folder`; `nil`, with a problem recorded, when it leaves the
  /// repository.
  private mutating func resolve(_ path: String, in folder: String, for file: String, what: String)
    -> String?
  {
    guard let resolved = ComposePath(resolving: path, in: folder).repositoryPath else {
      fail(file, "\(what) '\(path)' is outside the repository; it cannot be compared")
      return nil
    }
    return resolved
  }

  /// Records that `file` cannot be built completely, and why.
  private mutating func fail(_ file: String, _ message: String) {
    diagnostics.append(Diagnostic(.warning, message, file: file))
    if !unreadableFiles.contains(file) {
      unreadableFiles.append(file)
    }
  }

  /// The kustomization file in `folder`, as kustomize looks for it.
  static func file(in folder: String, of source: some FileSource) -> String? {
    Kustomization.fileNames.lazy.map { ComposePath.join(folder, $0) }.first {
      source.entry(at: $0).map { $0.kind != .directory } == true
    }
  }

  /// Whether a resource is fetched from elsewhere (a URL or a git repository), not read here.
  private static func isRemote(_ resource: String) -> Bool {
    resource.contains("://") || resource.hasPrefix("github.com/") || resource.hasPrefix("git@")
      || resource.contains("?ref=")
  }
}
