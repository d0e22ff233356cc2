/// Rewrites the relative host paths of blocks loaded from another folder so that they are relative
/// to the project directory, as compose does for `extends.file` bases and `include`d models.
///
/// The attributes rewritten are those compose resolves: `build` (or `build.context`),
/// `build.additional_contexts`, `env_file`, `label_file`, bind mount sources in `volumes`,
/// `extends.file`, and the `file` of top-level `configs` and `secrets`. A `dockerfile` is relative
/// to its context, so it moves with it. Absolute, home-relative and remote paths are left alone.
struct ComposePathRebaser {
  /// The path from the project directory to the folder the blocks were written in (`../common`).
  let prefix: String

  /// The model `model` (services, configs and secrets) with its paths rewritten. When
  /// `defaultingContext` is set, a `build` mapping without a context gets the folder it was written
  /// in, as compose sets defaults on an included model before moving its paths.
  func rebase(model: ComposeMapping, defaultingContext: Bool) -> ComposeMapping {
    var result = model
    if case .mapping(let services) = model["services"] {
      result["services"] = .mapping(
        ComposeMapping(
          services.map { entry -> (String, ComposeValue) in
            guard case .mapping(let service) = entry.value else {
              return (entry.key, entry.value)
            }
            return (
              entry.key, .mapping(rebase(service: service, defaultingContext: defaultingContext))
            )
          }))
    }
    for kind in ["configs", "secrets"] {
      guard case .mapping(let resources) = model[kind] else {
        continue
      }
      result[kind] = .mapping(
        ComposeMapping(
          resources.map { entry in
            (entry.key, updating(entry.value, key: "file") { .string(rebase($0)) })
          }))
    }
    return result
  }

  /// The service block `service` with its paths rewritten.
  private func rebase(service: ComposeMapping, defaultingContext: Bool) -> ComposeMapping {
    var result = service
    switch service["build"] {
    case .string(let context):
      result["build"] = .string(rebase(context: context))
    case .mapping(var build):
      if defaultingContext, build["context"] == nil {
        build["context"] = .string(".")
      }
      build = updating(build, key: "context") { .string(rebase(context: $0)) }
      if let contexts = build["additional_contexts"] {
        build["additional_contexts"] = rebase(keyValues: contexts)
      }
      result["build"] = .mapping(build)
    default:
      break
    }
    for key in ["env_file", "label_file"] {
      if let files = service[key] {
        result[key] = rebase(files: files)
      }
    }
    if case .sequence(let volumes) = service["volumes"] {
      result["volumes"] = .sequence(volumes.map(rebase(volume:)))
    }
    if case .mapping(let extends) = service["extends"] {
      result["extends"] = .mapping(updating(extends, key: "file") { .string(rebase($0)) })
    }
    return result
  }

  /// A relative path moved under `prefix`, normalised, starting with `./` or `../`.
  func rebase(_ path: String) -> String {
    if path.hasPrefix("/") || path.hasPrefix("~") {
      return path
    }
    let (climbs, parts) = ComposePath.components(of: prefix + "/" + path)
    if climbs > 0 {
      return (Array(repeating: "..", count: climbs) + parts).joined(separator: "/")
    }
    return (["."] + parts).joined(separator: "/")
  }

  private func rebase(context: String) -> String {
    ComposeBuild.Context.isLocal(context) ? rebase(context) : context
  }

  private func rebase(keyValues value: ComposeValue) -> ComposeValue {
    switch value {
    case .mapping(let mapping):
      return .mapping(
        ComposeMapping(
          mapping.map { entry in
            (entry.key, entry.value.string.map { .string(rebase(context: $0)) } ?? entry.value)
          }))
    case .sequence(let elements):
      return .sequence(
        elements.map { element in
          guard case .string(let text) = element, let equals = text.firstIndex(of: "=") else {
            return element
          }
          return .string(
            text[...equals] + rebase(context: String(text[text.index(after: equals)...])))
        })
    case .null, .string:
      return value
    }
  }

  private func rebase(files value: ComposeValue) -> ComposeValue {
    switch value {
    case .string(let path):
      return .string(rebase(path))
    case .sequence(let elements):
      return .sequence(elements.map(rebase(files:)))
    case .mapping(let mapping):
      return .mapping(updating(mapping, key: "path") { .string(rebase($0)) })
    case .null:
      return value
    }
  }

  private func rebase(volume: ComposeValue) -> ComposeValue {
    switch volume {
    case .string(let spec):
      guard let parsed = ComposeVolumeSpec(spec), let source = parsed.source, parsed.isBind else {
        return volume
      }
      return .string(rebase(source) + spec.dropFirst(source.count))
    case .mapping(let mapping):
      let type = mapping["type"]?.string
      guard
        type == "bind" || (type == nil && ComposeVolumeSpec.isHostPath(mapping["source"]?.string))
      else {
        return volume
      }
      return .mapping(updating(mapping, key: "source") { .string(rebase($0)) })
    case .null, .sequence:
      return volume
    }
  }

  /// `mapping` with the string under `key`, if any, replaced by `transform` of it.
  private func updating(
    _ mapping: ComposeMapping, key: String, _ transform: (String) -> ComposeValue
  ) -> ComposeMapping {
    var result = mapping
    if let text = mapping[key]?.string {
      result[key] = transform(text)
    }
    return result
  }

  private func updating(
    _ value: ComposeValue, key: String, _ transform: (String) -> ComposeValue
  ) -> ComposeValue {
    guard case .mapping(let mapping) = value else {
      return value
    }
    return .mapping(updating(mapping, key: key, transform))
  }
}
