/// A glob over folder paths, as workspace members are written (`packages/*`, `apps/**`,
/// `crates/core`).
///
/// The pattern is split into path elements: `**` matches any number of elements (none
/// included), and every other element matches one element with Go's `filepath.Match` rules
/// (`*`, `?`, `[a-z]`, `\` escapes), which the glob libraries of uv, Cargo and pnpm agree with
/// for folder names.
struct FolderGlob: Hashable, Sendable {
  /// The pattern's elements, repository-relative, without `.` or empty elements.
  let elements: [String]

  /// The glob for `pattern`, relative to the repository folder `folder`; `nil` when it climbs
  /// out of the repository.
  init?(_ pattern: String, in folder: String) {
    var elements = ComposePath.components(of: folder).parts
    for part in pattern.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".":
        continue
      case "..":
        guard elements.popLast() != nil else {
          return nil
        }
      default:
        elements.append(String(part))
      }
    }
    self.elements = elements
  }

  /// The repository-relative folder the glob names when it has no wildcard, else `nil`.
  var literalPath: String? {
    elements.contains(where: GoGlob.hasWildcards) ? nil : elements.joined(separator: "/")
  }

  /// Whether the repository folder `folder` matches the whole glob.
  func matches(_ folder: String) -> Bool {
    let names = folder.split(separator: "/").map(String.init)
    return Self.matches(elements[...], names[...])
  }

  /// Whether `folder` matches the glob or lies inside a folder that does.
  func covers(_ folder: String) -> Bool {
    let names = folder.split(separator: "/").map(String.init)
    return (0...names.count).contains { Self.matches(elements[...], names[..<$0]) }
  }

  private static func matches(_ pattern: ArraySlice<String>, _ names: ArraySlice<String>) -> Bool {
    guard let first = pattern.first else {
      return names.isEmpty
    }
    if first == "**" {
      let rest = pattern.dropFirst()
      return (names.startIndex...names.endIndex).contains { matches(rest, names[$0...]) }
    }
    guard let name = names.first, GoGlob.matches(first, name) else {
      return false
    }
    return matches(pattern.dropFirst(), names.dropFirst())
  }
}
