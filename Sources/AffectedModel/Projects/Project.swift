/// A folder of the repository with its own manifest (or declared as a project), and what it depends on.
///
/// A file belongs to the innermost project whose folder contains it; see
/// ``ProjectGraph/owner(of:)``. Ids are repository-relative folder paths, `""` for the root.
public struct Project: Hashable, Sendable {
  /// Whether other projects depend on a project.
  public enum Kind: String, Hashable, Sendable {
    /// No other project depends on it.
    case project
    /// At least one other project depends on it.
    case library
  }

  /// The family of manifests that made a folder a project.
  public enum Ecosystem: String, Hashable, Sendable, Comparable, CaseIterable {
    /// `pyproject.toml` or `requirements*.txt`.
    case python
    /// `package.json` (npm, yarn or pnpm).
    case javascript
    /// `go.mod`, or a folder that `go.work` names.
    case go
    /// `Cargo.toml`.
    case rust
    /// Declared through ``ProjectDeclaration`` (from `affected.yml`), with no manifest read.
    case declared

    public static func < (lhs: Ecosystem, rhs: Ecosystem) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// The repository-relative folder, `""` for the repository root.
  public var id: String
  /// The manifests that define the project, as repository-relative paths in byte order; empty
  /// for a folder that is a project only because another manifest depends on it, or a declaration.
  public var manifests: [String]
  /// The ecosystems of its manifests, sorted; a folder with `package.json` and `pyproject.toml`
  /// has two.
  public var ecosystems: [Ecosystem]
  /// The package name each ecosystem's manifest declares (`[project].name`, `name`,
  /// `[package].name`, the `go.mod` module path), as written.
  public var names: [Ecosystem: String]
  /// The ids of the projects it depends on, sorted, never itself.
  public var dependsOn: [String]
  /// Whether every manifest of the project could be read.
  ///
  /// When `false` the project's
  /// dependencies are unknown: `dependsOn` holds only what the readable manifests name, and a
  /// cautious caller treats the project as depending on every other project.
  public var dependenciesKnown: Bool
  /// For the root of a workspace (uv, npm/yarn/pnpm, Cargo, `go.work`), the ids of its other
  /// members, sorted; empty otherwise.
  public var workspaceMembers: [String]
  /// A library when another project depends on it, else a project.
  public var kind: Kind

  /// Creates a project.
  public init(
    id: String, manifests: [String] = [], ecosystems: [Ecosystem] = [],
    names: [Ecosystem: String] = [:], dependsOn: [String] = [], dependenciesKnown: Bool = true,
    workspaceMembers: [String] = [], kind: Kind = .project
  ) {
    self.id = id
    self.manifests = manifests
    self.ecosystems = ecosystems
    self.names = names
    self.dependsOn = dependsOn
    self.dependenciesKnown = dependenciesKnown
    self.workspaceMembers = workspaceMembers
    self.kind = kind
  }
}
