/// Reads `pnpm-workspace.yaml`: its `packages` globs, where `!` negates a glob.
enum PnpmWorkspaceManifest {
  /// The reading of the `pnpm-workspace.yaml` at repository path `file`, whose text is `text`.
  static func read(_ text: String, file: String) -> ManifestReading {
    do {
      let root = try YAMLDocument.root(of: text)
      let patterns = root?.mapping?["packages"]?.sequence?.compactMap(\.string) ?? []
      var reading = ManifestReading(file: file, ecosystem: .javascript)
      reading.workspace = PackageJSONManifest.workspace(patterns, lines: ManifestLines(text))
      return reading
    } catch {
      return .unreadable(
        file, .javascript, problem: "invalid YAML: \(error.message)", line: error.line)
    }
  }
}
