/// The members a workspace root names: `[tool.uv.workspace]`, `workspaces`, `pnpm-workspace.yaml`,
/// `[workspace]` of Cargo, or `go.work`'s `use`.
struct WorkspaceDeclaration: Hashable, Sendable {
  /// Globs (or plain paths) of member folders, relative to the root's folder.
  var include: [String]
  /// Globs of folders left out, relative to the root's folder; a folder inside one is left out too.
  var exclude: [String]
  /// The file every member folder holds (`pyproject.toml`, `package.json`, `Cargo.toml`, `go.mod`).
  var memberManifest: String
  /// Whether the root's own folder is a member when it holds `memberManifest`.
  var rootIsMember: Bool
  /// The 1-based line each `include` pattern is written on, when found.
  var lines: [String: Int]

  /// A declaration read from a manifest whose `lines` are searched for the patterns.
  init(
    include: [String], exclude: [String], memberManifest: String, rootIsMember: Bool,
    lines manifest: ManifestLines
  ) {
    self.include = include
    self.exclude = exclude
    self.memberManifest = memberManifest
    self.rootIsMember = rootIsMember
    var lines: [String: Int] = [:]
    for pattern in include {
      lines[pattern] = manifest.line(of: pattern)
    }
    self.lines = lines
  }
}
