/// Turns a merged compose model into typed services and resources, resolving host paths against the
/// project directory.
struct ComposeProjectBuilder {
  /// The project directory, repository-relative.
  let directory: String
  /// Attributes of an unexpected shape.
  private(set) var diagnostics: [Diagnostic] = []
  /// Each build context met so far, by its text: services of one project mostly share a few.
  private var contexts: [String: ComposeBuild.Context] = [:]

  /// Creates a builder for the project directory `directory`.
  init(directory: String) {
    self.directory = directory
  }

  /// The services of `model`, sorted by name; `origins` says where each came from, and blocks
  /// without a known origin are attributed to `defaultFile`.
  mutating func services(
    of model: ComposeMapping, origins: [String: ComposeServiceOrigin], defaultFile: String
  ) -> [ComposeService] {
    guard let services = mapping(model["services"], named: "services", in: defaultFile) else {
      return []
    }
    return services.map { entry in
      service(
        entry.key, entry.value,
        origin: origins[entry.key] ?? ComposeServiceOrigin(file: defaultFile))
    }
    .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// The top-level `kind` (`networks`, `volumes`, `configs`, `secrets`) of `model`, sorted by name.
  mutating func resources(_ kind: String, of model: ComposeMapping, file: String)
    -> [ComposeResource]
  {
    guard let resources = mapping(model[kind], named: kind, in: file) else {
      return []
    }
    return resources.map { entry in
      ComposeResource(
        name: entry.key,
        file: entry.value["file"]?.string.map { ComposePath(resolving: $0, in: directory) },
        definition: entry.value)
    }
    .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  private mutating func service(_ name: String, _ block: ComposeValue, origin: ComposeServiceOrigin)
    -> ComposeService
  {
    let file = origin.file
    let definition = mapping(block, named: "services.\(name)", in: file) ?? ComposeMapping()
    return ComposeService(
      name: name,
      build: build(definition["build"], of: name, in: file),
      image: definition["image"]?.string,
      dependsOn: dependencies(definition["depends_on"]),
      profiles: (definition["profiles"]?.sequence ?? []).compactMap(\.string),
      envFiles: envFiles(definition["env_file"]),
      volumes: volumes(definition["volumes"], of: name, in: file),
      configs: references(definition["configs"]),
      secrets: references(definition["secrets"]),
      definition: definition,
      file: file,
      files: origin.files,
      variables: origin.variables.sorted())
  }

  private mutating func build(_ value: ComposeValue?, of service: String, in file: String)
    -> ComposeBuild?
  {
    let build: ComposeMapping
    switch value {
    case nil, .null:
      return nil
    case .string(let context):
      build = ComposeMapping([("context", .string(context))])
    case .mapping(let mapping):
      build = mapping
    case .sequence:
      diagnostics.append(
        Diagnostic(.warning, "services.\(service).build must be a path or a mapping", file: file))
      return nil
    }
    let contextText = build["context"]?.string ?? "."
    let context = contexts[contextText] ?? ComposeBuild.Context(contextText, in: directory)
    contexts[contextText] = context
    let inline = build["dockerfile_inline"]?.string
    let dockerfile = build["dockerfile"]?.string ?? (inline == nil ? "Dockerfile" : nil)
    var dockerfilePath: ComposePath?
    if let dockerfile, case .local(let folder) = context {
      dockerfilePath = ComposePath(resolving: dockerfile, against: folder)
    }
    return ComposeBuild(
      context: context, contextText: contextText, dockerfile: dockerfile,
      dockerfilePath: dockerfilePath,
      dockerfileInline: inline, target: build["target"]?.string, args: keyValues(build["args"]),
      additionalContexts: keyValues(build["additional_contexts"]).compactMap { entry in
        entry.value.map {
          ComposeBuild.NamedContext(name: entry.key, context: .init($0, in: directory))
        }
      },
      ssh: keyValues(build["ssh"]), secrets: references(build["secrets"]))
  }

  private func dependencies(_ value: ComposeValue?) -> [ComposeDependency] {
    switch value {
    case .sequence(let names):
      return names.compactMap(\.string).map { ComposeDependency(service: $0) }.sorted(
        by: Self.byService)
    case .mapping(let mapping):
      return mapping.map { entry in
        ComposeDependency(
          service: entry.key, condition: entry.value["condition"]?.string ?? "service_started",
          required: Self.bool(entry.value["required"]) ?? true,
          restart: Self.bool(entry.value["restart"]) ?? false)
      }
      .sorted(by: Self.byService)
    default:
      return []
    }
  }

  private func envFiles(_ value: ComposeValue?) -> [ComposeEnvFile] {
    switch value {
    case .string(let path):
      return [ComposeEnvFile(text: path, path: ComposePath(resolving: path, in: directory))]
    case .sequence(let entries):
      return entries.compactMap { entry in
        guard let path = entry.string ?? entry["path"]?.string else {
          return nil
        }
        return ComposeEnvFile(
          text: path, path: ComposePath(resolving: path, in: directory),
          required: Self.bool(entry["required"]) ?? true)
      }
    default:
      return []
    }
  }

  private mutating func volumes(_ value: ComposeValue?, of service: String, in file: String)
    -> [ComposeVolumeMount]
  {
    (value?.sequence ?? []).compactMap { entry in
      switch entry {
      case .string(let text):
        guard let spec = ComposeVolumeSpec(text) else {
          diagnostics.append(
            Diagnostic(
              .warning, "services.\(service).volumes has an invalid entry '\(text)'", file: file))
          return nil
        }
        let options = spec.mode?.split(separator: ",") ?? []
        return mount(
          type: spec.isBind ? "bind" : "volume", source: spec.source, target: spec.target,
          readOnly: options.contains("ro"))
      case .mapping(let mapping):
        let source = mapping["source"]?.string
        let type =
          mapping["type"]?.string ?? (ComposeVolumeSpec.isHostPath(source) ? "bind" : "volume")
        return mount(
          type: type, source: source, target: mapping["target"]?.string ?? "",
          readOnly: Self.bool(mapping["read_only"]) ?? false)
      case .null, .sequence:
        diagnostics.append(
          Diagnostic(
            .warning, "services.\(service).volumes has an entry of the wrong kind", file: file))
        return nil
      }
    }
  }

  private func mount(type: String, source: String?, target: String, readOnly: Bool)
    -> ComposeVolumeMount
  {
    let hostPath = type == "bind" ? source.map { ComposePath(resolving: $0, in: directory) } : nil
    return ComposeVolumeMount(
      type: type, source: source, hostPath: hostPath, target: target, readOnly: readOnly)
  }

  private func references(_ value: ComposeValue?) -> [ComposeResourceReference] {
    (value?.sequence ?? []).compactMap { entry in
      if let name = entry.string {
        return ComposeResourceReference(source: name)
      }
      return entry["source"]?.string.map {
        ComposeResourceReference(source: $0, target: entry["target"]?.string)
      }
    }
  }

  /// Key/value attributes in list (`KEY=VALUE`, `KEY`) or mapping syntax, in order.
  private func keyValues(_ value: ComposeValue?) -> [ComposeKeyValue] {
    switch value {
    case .mapping(let mapping):
      return mapping.map {
        ComposeKeyValue(key: $0.key, value: $0.value.isNull ? nil : $0.value.description)
      }
    case .sequence(let entries):
      return entries.map { ComposeKeyValue(listItem: $0.description) }
    case .string(let entry):
      return [ComposeKeyValue(listItem: entry)]
    case nil, .null:
      return []
    }
  }

  /// The mapping `value`, empty for a null, `nil` (and a diagnostic) for anything else.
  private mutating func mapping(
    _ value: ComposeValue?, named name: @autoclosure () -> String, in file: String
  ) -> ComposeMapping? {
    switch value {
    case .mapping(let mapping):
      return mapping
    case nil, .null:
      return ComposeMapping()
    case .string, .sequence:
      diagnostics.append(
        Diagnostic(.warning, "\(name()) must be a mapping; it is ignored", file: file))
      return nil
    }
  }

  private static func bool(_ value: ComposeValue?) -> Bool? {
    switch value?.string?.lowercased() {
    case "true":
      return true
    case "false":
      return false
    default:
      return nil
    }
  }

  private static func byService(_ lhs: ComposeDependency, _ rhs: ComposeDependency) -> Bool {
    lhs.service.utf8.lexicographicallyPrecedes(rhs.service.utf8)
  }
}
