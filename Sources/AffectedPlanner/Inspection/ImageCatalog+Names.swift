import AffectedModel

extension ImageCatalog {
  /// The images that `names` select, in catalog order: each name is an id or a short name, and a short
  /// name selects every image it matches.
  ///
  /// - Throws: ``UnknownName`` for a name that matches nothing.
  public func images(named names: [String]) throws(UnknownName) -> [Image] {
    var selected: Set<String> = []
    for name in names {
      let matches = images(matching: name)
      guard !matches.isEmpty else {
        throw UnknownName(.image, name: name, known: images.map(\.id))
      }
      selected.formUnion(matches.map(\.id))
    }
    return images.filter { selected.contains($0.id) }
  }
}
