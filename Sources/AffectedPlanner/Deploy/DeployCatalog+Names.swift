import AffectedModel

extension DeployCatalog {
  /// The units that `names` select, in catalog order: each name is an id or a short name, and a
  /// short name selects every unit it matches.
  ///
  /// - Throws: ``UnknownUnitName`` for a name that matches nothing.
  public func units(named names: [String]) throws(UnknownUnitName) -> [DeployUnit] {
    var selected: Set<String> = []
    for name in names {
      let matches = units(matching: name)
      guard !matches.isEmpty else {
        throw UnknownUnitName(name: name, known: units.map(\.id))
      }
      selected.formUnion(matches.map(\.id))
    }
    return units.filter { selected.contains($0.id) }
  }
}
