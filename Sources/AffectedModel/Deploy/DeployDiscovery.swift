/// Collects the deploy units of a repository, source by source.
struct DeployDiscovery<Source: FileSource> {
  /// Where files are read.
  let source: Source
  /// Every file of the source that is not excluded, in byte order.
  let paths: [String]
  private(set) var units: [DeployUnit] = []
  private(set) var unreadableFiles: [String] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var ids: Set<String> = []

  init(source: Source, excluded: GlobSet) {
    self.source = source
    paths = source.discoverableFiles(excluding: excluded)
  }

  /// Adds `unit`; a second unit with a known id is reported and left out.
  mutating func add(_ unit: DeployUnit) {
    guard ids.insert(unit.id).inserted else {
      diagnostics.append(
        Diagnostic(
          .warning,
          "\(unit.id) is found twice (through overlapping Kubernetes paths, or two documents "
            + "with the same kind and name); only the first is compared",
          file: unit.definitionFiles.first))
      return
    }
    units.append(unit)
  }

  /// Records problems of files, and the files that could not be read completely.
  mutating func record(_ problems: [Diagnostic], unreadable: [String] = []) {
    diagnostics += problems
    unreadableFiles += unreadable.filter { !unreadableFiles.contains($0) }
  }

  /// Replaces each unit's `dependsOn` by the ids it names that exist, plus what `extra` adds:
  /// for each key (a unit id or short name), the units its values name, in the dependent unit's
  /// environment when that has any, else anywhere.
  mutating func resolveDependencies(adding extra: [String: [String]]) {
    let catalog = DeployCatalog(units: units)
    let known = Set(units.map(\.id))
    for name in Set(extra.keys).union(extra.values.joined()).sorted()
    where catalog.units(matching: name).isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning,
          "deployDependsOn names '\(name)', which is no deploy unit's id or short name; "
            + "check the spelling"))
    }
    for index in units.indices {
      let unit = units[index]
      var dependencies = Set(unit.dependsOn.filter(known.contains))
      for (key, names) in extra where unit.isNamed(key) {
        for name in names {
          let matches = catalog.units(matching: name)
          let local = matches.filter { $0.environment == unit.environment }
          dependencies.formUnion((local.isEmpty ? matches : local).map(\.id))
        }
      }
      dependencies.remove(unit.id)
      units[index].dependsOn = dependencies.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
  }
}
