/// What a lockfile resolves for each member of its workspace, read from one revision's text.
///
/// Parse the lockfile at both revisions, then compare with ``LockfileChange/init(from:to:)``:
///
/// ```swift
/// let base = LockfileResolution(file: "uv.lock", text: baseText)
/// let head = LockfileResolution(file: "uv.lock", text: headText)
/// LockfileChange(from: base, to: head)  // .members([LockfileMember(path: "services/worker", …)])
/// ```
public struct LockfileResolution: Sendable {
  /// The lockfile formats read.
  public enum Format: String, Hashable, Sendable, CaseIterable {
    /// `uv.lock` (TOML).
    case uv
    /// `pnpm-lock.yaml`, lockfile versions 5 to 9.
    case pnpm
    /// `package-lock.json` with a `packages` object (lockfile versions 2 and 3).
    case npm
    /// `Cargo.lock`.
    case cargo
    /// `go.work.sum`, which cannot tell members apart.
    case goWorkSum
  }

  /// The lockfile's repository-relative path.
  public let file: String
  /// Its format.
  public let format: Format
  /// For each member, the external packages it depends on, transitively, sorted; empty when
  /// ``limitation`` is set.
  public let dependencies: [LockfileMember: [ResolvedPackage]]
  /// Why the text cannot tell which members a change affects (the format records no members, or
  /// the text could not be parsed); `nil` when it can.
  public let limitation: String?
  /// Problems with the text, such as a syntax error.
  public let diagnostics: [Diagnostic]
  /// The text, kept only when ``limitation`` is set, so two revisions can still be compared.
  let fallbackText: String?

  /// The format of the lockfile at `path`, from its name; `nil` for any other file.
  public static func format(ofFile path: String) -> Format? {
    switch ComposePath.lastComponent(of: path) {
    case "uv.lock":
      .uv
    case "pnpm-lock.yaml":
      .pnpm
    case "package-lock.json":
      .npm
    case "Cargo.lock":
      .cargo
    case "go.work.sum":
      .goWorkSum
    default:
      nil
    }
  }

  /// Parses `text`, the content of the lockfile at repository path `file`, once; `nil` when
  /// `file` is not named like a lockfile this type reads.
  public init?(file: String, text: String) {
    guard let format = Self.format(ofFile: file) else {
      return nil
    }
    self.file = file
    self.format = format
    do {
      guard
        let graph = try Self.graph(of: text, format: format, folder: ComposePath.folder(of: file))
      else {
        dependencies = [:]
        limitation =
          "go.work.sum records checksums for the whole workspace, not which module uses them"
        diagnostics = []
        fallbackText = text
        return
      }
      dependencies = graph.resolvedDependencies()
      limitation = nil
      diagnostics = []
      fallbackText = nil
    } catch {
      let name = ComposePath.lastComponent(of: file)
      dependencies = [:]
      limitation = "\(name) could not be parsed"
      diagnostics = [
        Diagnostic(
          .warning,
          "cannot read \(name): \(error.message); fix or regenerate it (until then, a change to "
            + "it affects every member of its workspace)", file: file, line: error.line)
      ]
      fallbackText = text
    }
  }

  /// The graph of `text` in `format`, for a lockfile in repository folder `folder`; `nil` for a
  /// format that records no members.
  private static func graph(of text: String, format: Format, folder: String)
    throws(ManifestSyntaxError) -> LockfileGraph?
  {
    switch format {
    case .uv:
      try UvLockParser.graph(of: text, folder: folder)
    case .pnpm:
      try PnpmLockParser.graph(of: text, folder: folder)
    case .npm:
      try NpmLockParser.graph(of: text, folder: folder)
    case .cargo:
      try CargoLockParser.graph(of: text)
    case .goWorkSum:
      nil
    }
  }
}
