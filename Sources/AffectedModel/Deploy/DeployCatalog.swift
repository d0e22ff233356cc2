/// Every deploy unit of a repository at one revision: compose services, Kubernetes workloads and
/// Helm charts, sorted by id.
public struct DeployCatalog: Hashable, Sendable {
  /// The units, sorted by id.
  public private(set) var units: [DeployUnit]
  /// Files that could not be read completely (invalid YAML, a kustomization that cannot be
  /// resolved): units they declare may be missing or incomplete, so units that list one among
  /// their `definitionFiles` count as changed.
  public var unreadableFiles: [String]
  /// Problems found in compose files, manifests, kustomizations and charts.
  public var diagnostics: [Diagnostic]

  /// Creates a catalog of `units`, which are sorted by id.
  public init(
    units: [DeployUnit], unreadableFiles: [String] = [], diagnostics: [Diagnostic] = []
  ) {
    self.units = units.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    self.unreadableFiles = unreadableFiles
    self.diagnostics = diagnostics
  }

  /// The unit with id `id`.
  public func unit(withID id: String) -> DeployUnit? {
    units.first { $0.id == id }
  }

  /// The units `name` designates: the unit with that id, or every unit with that short name
  /// (a service, workload or chart name).
  public func units(matching name: String) -> [DeployUnit] {
    if let unit = unit(withID: name) {
      return [unit]
    }
    return units.filter { $0.shortNames.contains(name) }
  }

}
