/// A host path named by a compose file, resolved against the repository.
///
/// Compose resolves relative paths against a folder (the project directory, or a build context for
/// `dockerfile`); the result here is either a normalised repository-relative path or a note that
/// the path leaves the repository.
public enum ComposePath: Hashable, Sendable, CustomStringConvertible {
  /// A normalised repository-relative path; the empty string is the repository root.
  case repository(String)
  /// A relative path that climbs above the repository root, normalised (for example `../shared`).
  case outside(String)
  /// An absolute (`/…`) or home-relative (`~…`) host path, as written.
  case absolute(String)

  /// Resolves `path` as written in a compose file against the repository folder `folder`.
  public init(resolving path: String, in folder: String) {
    self.init(resolving: path, against: .repository(folder))
  }

  /// Resolves `path` against `base`, which may itself lie outside the repository.
  public init(resolving path: String, against base: ComposePath) {
    if path.hasPrefix("/") || path.hasPrefix("~") {
      self = .absolute(path)
      return
    }
    switch base {
    case .absolute(let folder):
      self = .absolute(folder.hasSuffix("/") ? folder + path : folder + "/" + path)
    case .repository(let folder), .outside(let folder):
      self = Self.normalised(folder.isEmpty ? path : folder + "/" + path)
    }
  }

  /// The repository-relative path, or `nil` when the path is outside the repository.
  public var repositoryPath: String? {
    if case .repository(let path) = self {
      return path
    }
    return nil
  }

  /// The path as text; the repository root is `.`.
  public var description: String {
    switch self {
    case .repository(let path):
      return path.isEmpty ? "." : path
    case .outside(let path), .absolute(let path):
      return path
    }
  }

  /// Lexically normalises a relative path: drops `.` and empty parts, folds `..` into its parent.
  static func normalised(_ path: String) -> ComposePath {
    if RelativePath.isNormal(path) {
      return .repository(path)
    }
    let (climbs, parts) = folded(path)
    if climbs > 0 {
      return .outside(
        (Array(repeating: Substring(".."), count: climbs) + parts).joined(separator: "/"))
    }
    return .repository(parts.joined(separator: "/"))
  }

  /// How many leading `..` remain after normalising `path`, and the parts after them.
  static func components(of path: String) -> (climbs: Int, parts: [String]) {
    let (climbs, parts) = folded(path)
    return (climbs, parts.map(String.init))
  }

  /// How many leading `..` remain after normalising `path`, and the parts after them, as slices
  /// of `path`: its parts between `/`, without empty and `.` parts, each `..` folded into the
  /// part before it.
  private static func folded(_ path: String) -> (climbs: Int, parts: [Substring]) {
    var climbs = 0
    var parts: [Substring] = []
    func take(_ part: Substring) {
      switch part {
      case ".":
        return
      case "..":
        if parts.isEmpty {
          climbs += 1
        } else {
          parts.removeLast()
        }
      default:
        parts.append(part)
      }
    }
    let bytes = path.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      path.split(separator: "/").forEach(take)
      return (climbs, parts)
    }
    // An ASCII path's characters are its bytes, so splitting its bytes gives the same parts,
    // without the grapheme breaking that splitting by characters costs.
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if bytes[index] == UInt8(ascii: "/") {
        if index != start {
          take(path[start..<index])
        }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start != bytes.endIndex {
      take(path[start...])
    }
    return (climbs, parts)
  }

  /// The relative path that leads from repository folder `from` to repository folder `to`
  /// (`"."` when they are the same).
  static func relative(from: String, to: String) -> String {
    let source = components(of: from).parts
    let target = components(of: to).parts
    var shared = 0
    while shared < source.count, shared < target.count, source[shared] == target[shared] {
      shared += 1
    }
    let steps = Array(repeating: "..", count: source.count - shared) + target[shared...]
    return steps.isEmpty ? "." : steps.joined(separator: "/")
  }

  /// The folder holding the repository file `path` (`""` for a file at the root).
  static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
      return ""
    }
    return String(path[..<slash])
  }

  /// The repository path of `name` in the repository folder `folder`.
  static func join(_ folder: String, _ name: String) -> String {
    folder.isEmpty ? name : folder + "/" + name
  }

  /// The last component of `path`.
  static func lastComponent(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
      return path
    }
    return String(path[path.utf8.index(after: slash)...])
  }
}
