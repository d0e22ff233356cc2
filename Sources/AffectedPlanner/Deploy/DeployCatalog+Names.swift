import AffectedModel

extension DeployCatalog {
  /// The units that `names` select, in catalog order: each name is an id or a short name, and a
  /// short name selects every unit it matches.
  ///
  /// - Throws: ``UnknownName`` for a name that matches nothing.
  public func units(named names: [String]) throws(UnknownName) -> [DeployUnit] {
    var selected: Set<String> = []
    for name in names {
      let matches = units(matching: name)
      guard !matches.isEmpty else {
        throw UnknownName(.deployUnit, name: name, known: units.map(\.id))
      }
      selected.formUnion(matches.map(\.id))
    }
    return units.filter { selected.contains($0.id) }
  }
}
