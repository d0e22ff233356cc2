extension TreeReading {
  /// What one reading thread gathers on its way: for each filter, the paths of the files it
  /// walked past whose names the filter accepts.
  ///
  /// Without filters, nothing is gathered and no path is built.
  struct Gathering {
    /// The filters applied.
    let filters: [Snapshot.NameFilter]
    /// For each filter, the paths gathered, in the order walked.
    private var paths: [[String]]

    /// Gathers nothing yet, for `filters`.
    init(_ filters: [Snapshot.NameFilter]) {
      self.filters = filters
      paths = Array(repeating: [], count: filters.count)
    }

    /// Gathers the files among `entries`, the listing of the folder whose path and `/` are
    /// `prefix` (nothing for the root), whose names a filter accepts.
    mutating func look(at entries: [Snapshot.Child], in prefix: [UInt8]) {
      guard !filters.isEmpty else { return }
      // Indices, not a loop over copies: each copy would retain the entry's name.
      for index in entries.indices where entries[index].mode != .tree {
        for filter in filters.indices where filters[filter].accepts(entries[index].name) {
          paths[filter].append(Snapshot.path(entries[index].name, after: prefix))
        }
      }
    }

    /// Appends the folder `name` and a `/` to `prefix`, when a filter needs paths.
    func extend(_ prefix: inout [UInt8], with name: String) {
      guard !filters.isEmpty else { return }
      prefix.append(contentsOf: name.utf8)
      prefix.append(UInt8(ascii: "/"))
    }

    /// Adds the paths `other`, a gathering with the same filters, found.
    mutating func add(_ other: Gathering) {
      for filter in paths.indices {
        paths[filter] += other.paths[filter]
      }
    }

    /// For each filter, the paths gathered, in byte order: the order of a depth-first walk of
    /// the folders in git's tree order.
    func sortedPaths() -> [[String]] {
      paths.map { $0.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
    }
  }
}
