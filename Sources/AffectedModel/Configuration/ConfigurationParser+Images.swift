extension ConfigurationParser {
  /// The keys of an `images` entry.
  static let imageKeys = [
    "name", "registry", "tags", "platforms", "cacheFrom", "cacheTo", "inputs", "dependsOn",
  ]

  /// The `images` section: settings by image id or short name.
  func images(_ node: ConfigurationNode) throws(ConfigurationError) -> [String: ImageSettings] {
    var images: [String: ImageSettings] = [:]
    var dependencies: [String: [Dependency]] = [:]
    for (key, value) in try node.entries(expected: "a mapping of image ids or short names") {
      let fields = try value.fields(Self.imageKeys, expected: "a mapping (name:, tags:, …)")
      var settings = ImageSettings()
      if let name = fields["name"] {
        settings.name = try checked(name, by: Self.isRepositoryPath, or: Self.nameAdvice)
      }
      if let registry = fields["registry"] {
        settings.registry = try checked(registry, by: Self.isRegistry, or: Self.registryAdvice)
      }
      settings.tags = try tags(fields["tags"])
      settings.platforms = try platforms(fields["platforms"])
      settings.cacheFrom = try fields["cacheFrom"]?.names(expected: "a list of cache sources")
      settings.cacheTo = try fields["cacheTo"]?.names(expected: "a list of cache destinations")
      settings.inputs = try globs(fields["inputs"])
      if let items = try fields["dependsOn"]?.nameItems(expected: "a list of images") {
        settings.dependsOn = items.map(\.text)
        dependencies[key] = items.map { Dependency(target: $0.text, node: $0.node) }
      }
      images[key] = settings
    }
    try checkCycles(dependencies)
    return images
  }

  private func tags(_ node: ConfigurationNode?) throws(ConfigurationError) -> [TagTemplate]? {
    guard let items = try node?.items(expected: "a list of tag templates") else {
      return nil
    }
    var templates: [TagTemplate] = []
    for item in items {
      do {
        templates.append(try TagTemplate(item.text))
      } catch {
        throw item.node.error(.invalidTagTemplate(error))
      }
    }
    return templates
  }

  private func platforms(_ node: ConfigurationNode?) throws(ConfigurationError) -> [String]? {
    guard let items = try node?.items(expected: "a list of platforms") else {
      return nil
    }
    for item in items where !Self.isPlatform(item.text) {
      throw item.node.error(
        .invalidValue(
          "'\(item.text)' is not a platform; write os/arch or os/arch/variant, as 'linux/amd64'"
            + " or 'linux/arm64/v8'"))
    }
    return items.map(\.text)
  }

  /// The node's text, when `isValid` accepts it.
  private func checked(
    _ node: ConfigurationNode, by isValid: (String) -> Bool, or advice: (String) -> String
  ) throws(ConfigurationError) -> String? {
    guard let text = try node.name() else {
      return nil
    }
    guard isValid(text) else {
      throw node.error(.invalidValue(advice(text)))
    }
    return text
  }

  // MARK: - Image names

  private static func nameAdvice(_ text: String) -> String {
    "'\(text)' is not an image name: write path parts of lowercase letters and digits, joined by"
      + " '.', '_' or '-' and separated by '/', as 'acme/backend'; put the registry under"
      + " registry: and tags under tags:"
  }

  private static func registryAdvice(_ text: String) -> String {
    "'\(text)' is not a registry: write a host with an optional port and path and no scheme,"
      + " as 'ghcr.io/acme' or 'localhost:5000'"
  }

  /// Whether `text` is a Docker repository path: `/`-separated parts of lowercase letters and
  /// digits, with single `.`, `_`, `__` or runs of `-` between them.
  static func isRepositoryPath(_ text: String) -> Bool {
    text.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
      guard let first = part.first, let last = part.last, isLowerAlphanumeric(first),
        isLowerAlphanumeric(last)
      else {
        return false
      }
      let separators = part.split(whereSeparator: isLowerAlphanumeric)
      return separators.allSatisfy { run in
        run == "." || run == "_" || run == "__" || run.allSatisfy { $0 == "-" }
      }
    }
  }

  /// Whether `text` is a registry host, with an optional `:port` and `/path`, and no scheme.
  static func isRegistry(_ text: String) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard let host = parts.first, !host.isEmpty, !text.contains("://"),
      host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.:[]".contains($0)) })
    else {
      return false
    }
    return parts.count == 1 || isRepositoryPath(parts.dropFirst().joined(separator: "/"))
  }

  /// Whether `text` is `os/arch` or `os/arch/variant`.
  static func isPlatform(_ text: String) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    return (2...3).contains(parts.count)
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { isLowerAlphanumeric($0) || $0 == "_" || $0 == "." }
      }
  }

  private static func isLowerAlphanumeric(_ character: Character) -> Bool {
    character.isASCII && (character.isLowercase || character.isNumber)
  }
}
