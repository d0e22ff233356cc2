/// Reads `go.mod`: the module path (the project's name), every `require`d module, and
/// `replace` directives whose target is a local folder.
enum GoModManifest {
  /// The reading of the `go.mod` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    var reading = ManifestReading(file: file, ecosystem: .go)
    for directive in GoModDirectives.directives(of: text) {
      switch directive.verb {
      case "module":
        reading.name = directive.arguments.first
      case "require":
        if let module = directive.arguments.first {
          reading.references.append(.name(module, matchesMembers: true))
        }
      case "replace":
        if let target = replacement(directive) {
          reading.references.append(.path(target, line: directive.line))
        }
      default:
        continue
      }
    }
    return reading
  }

  /// The local folder a `replace` directive (`old [version] => new [version]`) points at.
  static func replacement(_ directive: GoModDirectives.Directive) -> String? {
    guard let arrow = directive.arguments.firstIndex(of: "=>"),
      let target = directive.arguments.dropFirst(arrow + 1).first,
      GoModDirectives.isLocalPath(target)
    else {
      return nil
    }
    return target
  }
}
