/// Reads `go.work`: its `use` folders (the workspace members) and the `replace` directives with
/// a local target, which every member that requires the module inherits.
enum GoWorkManifest {
  /// The reading of the `go.work` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    var reading = ManifestReading(file: file, ecosystem: .go)
    var uses: [String] = []
    for directive in GoModDirectives.directives(of: text) {
      switch directive.verb {
      case "use":
        uses += directive.arguments.prefix(1)
      case "replace":
        if let module = directive.arguments.first,
          let target = GoModManifest.replacement(directive)
        {
          reading.sharedSources[module] = .path(target, line: directive.line)
        }
      default:
        continue
      }
    }
    reading.workspace = WorkspaceDeclaration(
      include: uses, exclude: [], memberManifest: "go.mod", rootIsMember: false,
      lines: ManifestLines(text))
    return reading
  }
}
