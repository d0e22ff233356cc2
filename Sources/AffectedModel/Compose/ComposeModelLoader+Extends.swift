extension ComposeModelLoader {
  /// The services of one compose file while their `extends` are resolved.
  struct ExtendsScope {
    /// The file's document; its services are replaced by their resolved blocks.
    var layer: ComposeLayer
    /// Where each of the file's services came from.
    var origins: [String: ComposeServiceOrigin] = [:]
    /// The variables the document uses outside services.
    var projectVariables: Set<String>

    /// A scope over `layer`, whose interpolation used `use`.
    init(layer: ComposeLayer, use: ComposeLayer.VariableUse) {
      self.layer = layer
      self.projectVariables = use.project
      for name in services.keys {
        origins[name] = ComposeServiceOrigin(file: layer.file, variables: use.services[name] ?? [])
      }
    }

    /// The file's path.
    var file: String {
      layer.file
    }

    /// The file's `services` mapping.
    var services: ComposeMapping {
      get { layer.value["services"]?.mapping ?? ComposeMapping() }
      set { layer.value["services"] = .mapping(newValue) }
    }
  }

  /// A service in an `extends` chain.
  private struct Link: Equatable {
    var file: String
    var service: String
  }

  /// Replaces every service of `scope` that has `extends` by its base merged with its own block.
  mutating func resolveExtends(in scope: inout ExtendsScope) {
    for name in scope.services.keys {
      _ = resolve(name, in: &scope, chain: [])
    }
  }

  /// The block of service `name` of `scope` with its `extends` resolved (recursively).
  private mutating func resolve(_ name: String, in scope: inout ExtendsScope, chain: [Link])
    -> ComposeValue?
  {
    guard let value = scope.services[name] else {
      return nil
    }
    guard case .mapping(var service) = value, let extends = service["extends"] else {
      return value
    }
    service["extends"] = nil
    let link = Link(file: scope.file, service: name)
    guard !chain.contains(link) else {
      let names = (chain + [link]).map { "\($0.service) in \($0.file)" }.joined(separator: " → ")
      report("circular extends: \(names); break the cycle", in: scope)
      return .mapping(service)
    }
    let reference: (service: String, file: String?)
    switch extends {
    case .string(let base):
      reference = (base, nil)
    case .mapping(let mapping) where mapping["service"]?.string != nil:
      reference = (mapping["service"]?.string ?? "", mapping["file"]?.string)
    default:
      report(
        "services.\(name).extends must name a service (extends: {service: name, file: path})",
        in: scope)
      scope.services[name] = .mapping(service)
      return .mapping(service)
    }
    let found: (block: ComposeValue, origin: ComposeServiceOrigin?)?
    if let file = reference.file {
      found = resolve(reference.service, inFile: file, chain: chain + [link], from: scope)
    } else if scope.services.contains(reference.service) {
      let block = resolve(reference.service, in: &scope, chain: chain + [link])
      found = (block ?? .null, scope.origins[reference.service])
    } else {
      report(
        "cannot extend service \"\(reference.service)\" for \(name): no such service in this file",
        in: scope)
      found = nil
    }
    guard let base = found else {
      scope.services[name] = .mapping(service)
      return .mapping(service)
    }
    var baseBlock = base.block.mapping ?? ComposeMapping()
    scope.layer.clear(inService: name, base: &baseBlock)
    var merger = ComposeMerger()
    let merged = merger.merge(.mapping(baseBlock), .mapping(service), at: ["services", name])
    diagnostics += merger.problems.map { Diagnostic(.warning, $0, file: scope.file) }
    scope.services[name] = merged
    if let origin = base.origin {
      var combined = scope.origins[name] ?? ComposeServiceOrigin(file: scope.file)
      combined.absorb(origin)
      scope.origins[name] = combined
    }
    return merged
  }

  /// The resolved block of `service` in the compose file `file` (relative to the project
  /// directory).
  private mutating func resolve(
    _ service: String, inFile file: String, chain: [Link], from scope: ExtendsScope
  ) -> (block: ComposeValue, origin: ComposeServiceOrigin?)? {
    guard let path = ComposePath(resolving: file, in: directory).repositoryPath else {
      report(
        "extends file '\(file)' is outside the repository; its service is not analysed", in: scope)
      return nil
    }
    guard var other = extendedFiles[path] ?? loadExtendedFile(path) else {
      return nil
    }
    guard other.services.contains(service) else {
      report("cannot extend service \"\(service)\": no such service in \(path)", in: scope)
      return nil
    }
    let block = resolve(service, in: &other, chain: chain)
    extendedFiles[path] = other
    return (block ?? .null, other.origins[service])
  }

  /// Reads, interpolates and merges the documents of `path`, with paths rebased to the project
  /// directory as compose does for `extends.file`.
  private mutating func loadExtendedFile(_ path: String) -> ExtendsScope? {
    guard let layers = readLayers(of: path) else {
      return nil
    }
    var combined = ComposeLayer(file: path)
    var use = ComposeLayer.VariableUse()
    for var layer in layers {
      let documentUse = layer.interpolate(with: interpolator, diagnostics: &diagnostics)
      use.project.formUnion(documentUse.project)
      use.services.merge(documentUse.services) { $0.union($1) }
      layer.clear(in: &combined.value)
      var merger = ComposeMerger()
      combined.value = ComposeUnicity.enforce(merger.merge(combined.value, layer.value))
      combined.clearedPaths += layer.clearedPaths
    }
    let rebaser = ComposePathRebaser(
      prefix: ComposePath.relative(from: directory, to: ComposePath.folder(of: path)))
    combined.value = rebaser.rebase(model: combined.value, defaultingContext: false)
    return ExtendsScope(layer: combined, use: use)
  }

  private mutating func report(_ message: String, in scope: ExtendsScope) {
    diagnostics.append(Diagnostic(.warning, message, file: scope.file))
  }
}
