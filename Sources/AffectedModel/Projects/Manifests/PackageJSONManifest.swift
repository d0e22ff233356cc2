import FoundationEssentials

/// Reads `package.json`: the package's name, its `workspaces` (npm and yarn: a list of globs, or
/// `{ "packages": […] }`), and the dependencies that lead to local packages.
///
/// In `dependencies`, `devDependencies`, `optionalDependencies` and `peerDependencies`:
/// `workspace:` names a member of the workspace (`workspace:../x` a path), `file:`, `link:` and
/// `portal:` name a path, and any other dependency leads to the workspace member of that name
/// if there is one (npm and yarn link such members, whatever the version range says).
enum PackageJSONManifest {
  /// The reading of the `package.json` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    let package: PackageJSONFields
    if let fields = PackageJSONFields.reading(text) {
      package = fields
    } else {
      do {
        package = try JSONDecoder().decode(PackageJSONFields.self, from: Data(text.utf8))
      } catch {
        return .unreadable(file, .javascript, problem: "invalid JSON (\(error))", line: nil)
      }
    }
    var reading = ManifestReading(file: file, ecosystem: .javascript)
    let lines = ManifestLines(text)
    reading.name = package.name
    for dependencies in package.dependencies {
      for name in dependencies.keys.sorted() {
        reading.references.append(reference(name, dependencies[name] ?? "", lines: lines))
      }
    }
    if let patterns = package.workspaces {
      reading.workspace = workspace(patterns, lines: lines)
    }
    return reading
  }

  /// The workspace that `patterns`, written in the manifest of `lines`, describe; `!` negates a
  /// pattern.
  static func workspace(_ patterns: [String], lines: ManifestLines) -> WorkspaceDeclaration {
    WorkspaceDeclaration(
      include: patterns.filter { !$0.hasPrefix("!") },
      exclude: patterns.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) },
      memberManifest: "package.json", rootIsMember: true, lines: lines)
  }

  /// Where the dependency `name` with version specification `specification` may lead; the
  /// line of a path or member is looked up in `lines`.
  private static func reference(_ name: String, _ specification: String, lines: ManifestLines)
    -> ProjectReference
  {
    if specification.hasPrefix("workspace:") {
      let line = lines.line(ofAll: [name, specification])
      let rest = String(specification.dropFirst("workspace:".count))
      if rest.hasPrefix(".") || rest.hasPrefix("/") {
        return .path(rest, line: line)
      }
      // `workspace:other-name@^1` is an alias of the member `other-name`.
      if let at = rest.lastIndex(of: "@"), at != rest.startIndex {
        return .member(String(rest[..<at]), line: line)
      }
      return .member(name, line: line)
    }
    guard let scheme = localSchemes.first(where: specification.hasPrefix) else {
      return .name(name, matchesMembers: true)
    }
    return .path(
      String(specification.dropFirst(scheme.count)),
      line: lines.line(ofAll: [name, specification]))
  }

  /// The specification prefixes that name a local path.
  private static let localSchemes = ["file:", "link:", "portal:"]
}
