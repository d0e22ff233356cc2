/// One dependency a manifest names that may lead to another project of the repository.
enum ProjectReference: Hashable, Sendable {
  /// A local path (`path = "../x"`, `file:../x`, `-e ../x`, `replace … => ../x`), relative to the
  /// folder of the manifest that writes it (for a workspace root's shared sources: the root).
  case path(String, line: Int?)
  /// A package that must be a member of the same workspace (`workspace:*`, uv's
  /// `{ workspace = true }`), by package name.
  case member(String, line: Int?)
  /// A dependency by package name. It leads to the workspace root's shared source of that name
  /// (uv's root `[tool.uv.sources]`, Cargo's `[workspace.dependencies]`, `go.work`'s `replace`),
  /// and, when `matchesMembers`, to the workspace member with that name.
  case name(String, matchesMembers: Bool)
}
