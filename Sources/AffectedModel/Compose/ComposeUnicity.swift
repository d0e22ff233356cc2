/// Removes redefinitions from the sequences compose keeps unique, after a merge.
///
/// When two elements share a key the later one replaces the earlier, in the earlier one's position:
/// `environment`, `labels`, `build.args`… by variable name; `volumes` by container path; `ports` by
/// host address, published port, container port and protocol; `secrets` and `configs` by mount
/// path; `env_file` by path.
enum ComposeUnicity {
  /// `model` with every unique sequence deduplicated.
  static func enforce(_ model: ComposeMapping) -> ComposeMapping {
    var path: [String] = []
    return enforced(model, at: &path) ?? model
  }

  /// `mapping`, found at `path`, deduplicated; `nil` when nothing in it was redefined.
  private static func enforced(_ mapping: ComposeMapping, at path: inout [String])
    -> ComposeMapping?
  {
    mapping.rewritten { key, value in
      path.append(key)
      defer { path.removeLast() }
      return enforced(value, at: &path)
    }
  }

  /// `value`, found at `path`, deduplicated; `nil` when nothing in it was redefined.
  private static func enforced(_ value: ComposeValue, at path: inout [String]) -> ComposeValue? {
    switch value {
    case .mapping(let mapping):
      return enforced(mapping, at: &path).map(ComposeValue.mapping)
    case .sequence(let elements):
      guard let key = indexers.first(where: { ComposePattern.matches(path, $0.pattern) })?.key
      else {
        return nil
      }
      var unique: [ComposeValue] = []
      var positions: [String: Int] = [:]
      for element in elements {
        let name = key(element)
        if let position = positions[name] {
          unique[position] = element
        } else {
          positions[name] = unique.count
          unique.append(element)
        }
      }
      // Without a redefinition, `unique` holds the elements in their order.
      return unique.count < elements.count ? .sequence(unique) : nil
    case .null, .string:
      return nil
    }
  }

  private static let keyedByName = [
    "networks.*.labels", "networks.*.ipam.options", "services.*.annotations",
    "services.*.build.args",
    "services.*.build.additional_contexts", "services.*.build.tags", "services.*.build.labels",
    "services.*.cap_add", "services.*.cap_drop", "services.*.deploy.labels", "services.*.dns",
    "services.*.dns_opt", "services.*.dns_search", "services.*.environment", "services.*.labels",
    "services.*.links", "services.*.networks.*.aliases", "services.*.networks.*.link_local_ips",
    "services.*.profiles", "services.*.sysctls", "services.*.tmpfs", "services.*.expose",
  ]

  private static let keyedOtherwise: [(String, @Sendable (ComposeValue) -> String)] = [
    ("services.*.volumes", volumeTarget), ("services.*.devices", deviceTarget),
    ("services.*.ports", portKey), ("services.*.env_file", envFilePath),
    ("services.*.secrets", mountPath(under: "/run/secrets")),
    ("services.*.configs", mountPath(under: "")),
  ]

  private static let indexers: [(pattern: [String], key: @Sendable (ComposeValue) -> String)] =
    keyedByName.map { (ComposePattern.split($0), variableName) }
    + keyedOtherwise.map { (ComposePattern.split($0.0), $0.1) }

  /// `KEY` of `KEY=VALUE`.
  private static func variableName(_ value: ComposeValue) -> String {
    let text = value.description
    return text.firstIndex(of: "=").map { String(text[..<$0]) } ?? text
  }

  private static func volumeTarget(_ value: ComposeValue) -> String {
    if case .string(let spec) = value {
      return ComposeVolumeSpec(spec)?.target ?? spec
    }
    return value["target"]?.description ?? value.description
  }

  private static func deviceTarget(_ value: ComposeValue) -> String {
    if case .string(let spec) = value {
      let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
      return String(parts.count > 1 ? parts[1] : parts[0])
    }
    return value["target"]?.description ?? value.description
  }

  private static func envFilePath(_ value: ComposeValue) -> String {
    value["path"]?.description ?? value.description
  }

  private static func mountPath(under folder: String) -> @Sendable (ComposeValue) -> String {
    { value in
      if let target = value["target"]?.string {
        return target
      }
      return "\(folder)/\(value["source"]?.description ?? value.description)"
    }
  }

  /// `host:published:target/protocol`, the same for the short and the long syntax.
  private static func portKey(_ value: ComposeValue) -> String {
    var host = value["host_ip"]?.description
    var published = value["published"]?.description
    var target = value["target"]?.description ?? ""
    var proto = value["protocol"]?.description
    if case .string(var spec) = value {
      if let slash = spec.lastIndex(of: "/") {
        proto = String(spec[spec.index(after: slash)...])
        spec = String(spec[..<slash])
      }
      if spec.hasPrefix("["), let close = spec.firstIndex(of: "]") {
        host = String(spec[...close])
        spec = String(spec[spec.index(after: close)...].drop { $0 == ":" })
      }
      var parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      target = parts.removeLast()
      published = parts.popLast()
      if !parts.isEmpty {
        host = parts.joined(separator: ":")
      }
    }
    return "\(host ?? "0.0.0.0"):\(published ?? ""):\(target)/\(proto ?? "tcp")"
  }
}
