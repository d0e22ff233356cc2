/// A set of compose files that `docker compose` would load together: an ordered list merged like
/// `-f first -f second`.
public struct ComposeEnvironment: Hashable, Sendable, Identifiable {
  /// The files, repository-relative, in merge order.
  public var files: [String]
  /// What names the environment in image and unit ids: the first file's path, unless given.
  public var id: String

  /// Creates an environment of `files`, which must not be empty to be loadable, named `id` (the
  /// first file's path when `nil`).
  public init(files: [String], id: String? = nil) {
    self.files = files
    self.id = id ?? files.first ?? ""
  }

  /// The compose environments in a repository whose files are `paths`, sorted by id.
  ///
  /// In each folder, the base file is the first that exists of `compose.yaml`, `compose.yml`,
  /// `docker-compose.yml`, `docker-compose.yaml`, merged with the first override that exists of
  /// `compose.override.yml`, `compose.override.yaml`, `docker-compose.override.yml`,
  /// `docker-compose.override.yaml`, as `docker compose` picks them. Every other compose file of
  /// the folder (`docker-compose*.y(a)ml`, `compose.*.y(a)ml`, `*.compose.y(a)ml`, and an override
  /// without a base) is an environment of its own.
  public static func discover(in paths: [String]) -> [ComposeEnvironment] {
    var folders: [String: Set<String>] = [:]
    for path in paths where isComposeFileName(ComposePath.lastComponent(of: path)) {
      folders[ComposePath.folder(of: path), default: []].insert(ComposePath.lastComponent(of: path))
    }
    var environments: [ComposeEnvironment] = []
    for (folder, names) in folders {
      var remaining = names
      if let base = baseNames.first(where: names.contains) {
        var files = [base]
        if let override = overrideNames.first(where: names.contains) {
          files.append(override)
        }
        remaining.subtract(files)
        environments.append(ComposeEnvironment(files: files.map { ComposePath.join(folder, $0) }))
      }
      environments += remaining.map { ComposeEnvironment(files: [ComposePath.join(folder, $0)]) }
    }
    return environments.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  }

  private static let baseNames = [
    "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml",
  ]

  private static let overrideNames = [
    "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml",
    "docker-compose.override.yaml",
  ]

  /// Whether `name` is a compose file name: a YAML file named `docker-compose…`, `compose.…` or
  /// `….compose.…`.
  static func isComposeFileName(_ name: String) -> Bool {
    let bytes = name.utf8
    // Most names a repository holds end otherwise than `.yml`/`.yaml`, both ending in `l`.
    guard bytes.last == UInt8(ascii: "l"), let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
      case let suffix = bytes[bytes.index(after: dot)...],
      suffix.elementsEqual("yml".utf8) || suffix.elementsEqual("yaml".utf8)
    else {
      return false
    }
    let stem = name[..<dot]
    guard stem.utf8.allSatisfy({ $0 < 0x80 }) else {
      // Other names compare by characters, as strings do.
      return stem.hasPrefix("docker-compose") || stem == "compose" || stem.hasPrefix("compose.")
        || stem.hasSuffix(".compose")
    }
    // An ASCII name has one character a byte (a CR and LF pair aside, which none of these
    // sides touch), so its bytes give the same answers.
    let stemBytes = stem.utf8
    return stemBytes.starts(with: "docker-compose".utf8) || stemBytes.elementsEqual("compose".utf8)
      || stemBytes.starts(with: "compose.".utf8)
      || stemBytes.reversed().starts(with: ".compose".utf8.reversed())
  }
}
