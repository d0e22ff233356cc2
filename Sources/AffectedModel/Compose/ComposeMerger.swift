/// Merges compose models the way `docker compose -f a -f b` does (compose-spec `merge.md`).
///
/// Mappings merge recursively and the later value of a scalar wins; sequences are appended, except:
/// `command`, `entrypoint` and `healthcheck.test` are replaced; `environment`, `labels`,
/// `build.args` and similar key/value attributes are turned into `KEY=VALUE` lists and appended
/// (the unicity pass then keeps the last value of each key); `depends_on` and `networks` merge as
/// mappings whatever syntax each side uses; `build: ./dir` merges as `{context: ./dir}`; `logging`
/// merges only when both sides name the same driver. Elsewhere, a null never overrides a value.
struct ComposeMerger {
  /// Attributes that could not be merged (a mapping overridden by a scalar, …).
  private(set) var problems: [String] = []

  /// Merges `override` over `base`, both top-level models.
  mutating func merge(_ base: ComposeMapping, _ override: ComposeMapping) -> ComposeMapping {
    merge(base, override, at: [])
  }

  /// Merges `override` over `base`, the values at `path`.
  mutating func merge(_ base: ComposeValue, _ override: ComposeValue, at path: [String])
    -> ComposeValue
  {
    if let rule = Self.rules.first(where: { ComposePattern.matches(path, $0.pattern) })?.rule {
      return apply(rule, base, override, at: path)
    }
    if override.isNull {
      return base
    }
    switch (base, override) {
    case (.mapping(let base), .mapping(let override)):
      return .mapping(merge(base, override, at: path))
    case (.sequence(let base), .sequence(let override)):
      return .sequence(base + override)
    case (.mapping, _), (.sequence, _):
      problems.append(
        "cannot override \(path.joined(separator: ".")) with a value of another kind; "
          + "the later one is used")
      return override
    default:
      return override
    }
  }

  private mutating func merge(_ base: ComposeMapping, _ override: ComposeMapping, at path: [String])
    -> ComposeMapping
  {
    var result = base
    for entry in override {
      if let existing = result[entry.key] {
        result[entry.key] = merge(existing, entry.value, at: path + [entry.key])
      } else {
        result[entry.key] = entry.value
      }
    }
    return result
  }

  // MARK: - Special rules

  private enum Rule {
    case replace, build, sequence, dependencies, mappingOfNames, extraHosts, logging
  }

  private static let ruleTable: [(String, Rule)] = [
    ("services.*.command", .replace), ("services.*.entrypoint", .replace),
    ("services.*.healthcheck.test", .replace), ("services.*.ulimits.*", .replace),
    ("services.*.build", .build), ("services.*.depends_on", .dependencies),
    ("services.*.networks", .mappingOfNames), ("services.*.models", .mappingOfNames),
    ("services.*.extra_hosts", .extraHosts), ("services.*.build.extra_hosts", .extraHosts),
    ("services.*.logging", .logging),
    ("services.*.build.args", .sequence), ("services.*.build.additional_contexts", .sequence),
    ("services.*.build.labels", .sequence), ("services.*.annotations", .sequence),
    ("services.*.deploy.labels", .sequence), ("services.*.dns", .sequence),
    ("services.*.dns_opt", .sequence), ("services.*.dns_search", .sequence),
    ("services.*.env_file", .sequence), ("services.*.label_file", .sequence),
    ("services.*.environment", .sequence), ("services.*.labels", .sequence),
    ("services.*.sysctls", .sequence), ("services.*.tmpfs", .sequence),
    ("networks.*.labels", .sequence), ("volumes.*.labels", .sequence),
  ]

  private static let rules = ruleTable.map { (pattern: ComposePattern.split($0.0), rule: $0.1) }

  private mutating func apply(
    _ rule: Rule, _ base: ComposeValue, _ override: ComposeValue, at path: [String]
  )
    -> ComposeValue
  {
    switch rule {
    case .replace:
      return override
    case .build:
      return .mapping(merge(Self.buildMapping(base), Self.buildMapping(override), at: path))
    case .sequence:
      return .sequence(Self.keyValueSequence(base) + Self.keyValueSequence(override))
    case .dependencies:
      let started = ComposeValue.mapping(
        ComposeMapping([("condition", .string("service_started")), ("required", .string("true"))]))
      return .mapping(
        merge(
          Self.nameMapping(base, default: started), Self.nameMapping(override, default: started),
          at: path))
    case .mappingOfNames:
      return .mapping(
        merge(
          Self.nameMapping(base, default: .null), Self.nameMapping(override, default: .null),
          at: path))
    case .extraHosts:
      let existing = Self.keyValueSequence(base)
      return .sequence(existing + Self.keyValueSequence(override).filter { !existing.contains($0) })
    case .logging:
      guard case .mapping(let base) = base, case .mapping(let override) = override else {
        return override.isNull ? base : override
      }
      let sameDriver =
        base["driver"] == nil || override["driver"] == nil || base["driver"] == override["driver"]
      return .mapping(sameDriver ? merge(base, override, at: path) : override)
    }
  }

  private static func buildMapping(_ value: ComposeValue) -> ComposeMapping {
    switch value {
    case .string(let context):
      return ComposeMapping([("context", .string(context))])
    case .mapping(let mapping):
      return mapping
    case .null, .sequence:
      return ComposeMapping()
    }
  }

  /// A list of names (or a mapping) as a mapping from each name to `default` (or its value).
  private static func nameMapping(_ value: ComposeValue, default fill: ComposeValue)
    -> ComposeMapping
  {
    switch value {
    case .mapping(let mapping):
      return mapping
    case .sequence(let names):
      return ComposeMapping(names.map { ($0.description, fill) })
    case .null, .string:
      return ComposeMapping()
    }
  }

  /// A key/value attribute as compose's list syntax: `KEY=VALUE` (or `KEY` for a null), sorted when
  /// it was a mapping.
  private static func keyValueSequence(_ value: ComposeValue) -> [ComposeValue] {
    switch value {
    case .mapping(let mapping):
      return mapping.flatMap { entry -> [String] in
        switch entry.value {
        case .null:
          return [entry.key]
        case .sequence(let values):
          return values.map { "\(entry.key)=\($0)" }
        case .string, .mapping:
          return ["\(entry.key)=\(entry.value)"]
        }
      }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      .map(ComposeValue.string)
    case .sequence(let elements):
      return elements
    case .string:
      return [value]
    case .null:
      return []
    }
  }
}
