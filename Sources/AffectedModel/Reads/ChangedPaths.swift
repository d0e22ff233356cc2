/// A set of changed repository paths, arranged to tell quickly whether a change reaches the
/// reads of a ``ReadRecord``.
public struct ChangedPaths: Hashable, Sendable {
  /// The changed paths and every folder that holds one.
  private let holders: Set<String>
  /// Every folder that holds a path added or deleted: those are the folders that may appear or
  /// vanish.
  private let listedHolders: Set<String>
  /// The paths in the order given, each once.
  public let ordered: [String]
  /// The positions in `ordered`, in the byte order of their paths.
  private let byteOrder: [Int]
  /// The position of each path in `ordered`.
  private let positions: [String: Int]

  /// The changed `paths`, of which `listed` were added or deleted (both sides of a rename); by
  /// default any of them may have been.
  public init(_ paths: some Sequence<String>, listed: [String]? = nil) {
    var seen: Set<String> = []
    ordered = paths.filter { seen.insert($0).inserted }
    holders = Self.withFolders(seen)
    listedHolders = listed.map { Self.withFolders(Set($0)) } ?? holders
    byteOrder = ordered.indices.sorted { [ordered] in
      ordered[$0].utf8.lexicographicallyPrecedes(ordered[$1].utf8)
    }
    positions = Dictionary(uniqueKeysWithValues: zip(ordered, ordered.indices))
  }

  /// The positions in ``ordered`` of the paths at `path` or inside it (all of them for `""`,
  /// the root), in no particular order; a binary search, whatever the number of changes.
  public func positions(atOrUnder path: String) -> [Int] {
    guard !path.isEmpty else {
      return Array(ordered.indices)
    }
    var found = positions[path].map { [$0] } ?? []
    let prefix = path + "/"
    var low = 0
    var high = byteOrder.count
    while low < high {
      let middle = (low + high) / 2
      if ordered[byteOrder[middle]].utf8.lexicographicallyPrecedes(prefix.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    while low < byteOrder.count, ordered[byteOrder[low]].utf8.starts(with: prefix.utf8) {
      found.append(byteOrder[low])
      low += 1
    }
    return found
  }

  /// Whether a changed path reaches a read of `record` (its root listing aside), in a revision
  /// that `isFolder` tells the folders of (when known):
  /// - a recorded path changed, lies inside a changed path (a file replaced by a folder, a
  ///   link along the way), or holds one (a listed folder); a read of the root (`""`) is
  ///   reached by any change;
  /// - a folder looked up changed itself or lies inside a changed path; one that holds a path
  ///   added or deleted is reached unless `isFolder` says it is still a folder (a folder whose
  ///   files only changed content is still there).
  ///
  /// It costs a few lookups per recorded path and per folder above it, whatever the number of
  /// changes.
  public func reach(_ record: ReadRecord, isFolder: (String) -> Bool = { _ in false }) -> Bool {
    for path in record.paths {
      if holdChange(at: path) || liesInChange(path) {
        return true
      }
    }
    return record.folderLookups.contains {
      contains($0) || liesInChange($0) || (listedHolders.contains($0) && !isFolder($0))
    }
  }

  /// Whether a path changed at `path` or inside it (`""`, the root, holds every change).
  public func holdChange(at path: String) -> Bool {
    path.isEmpty ? !ordered.isEmpty : holders.contains(path)
  }

  /// Whether `path` changed.
  private func contains(_ path: String) -> Bool {
    positions[path] != nil
  }

  /// Whether a folder above `path` changed.
  private func liesInChange(_ path: String) -> Bool {
    var folder = ComposePath.folder(of: path)
    while !folder.isEmpty {
      if contains(folder) {
        return true
      }
      folder = ComposePath.folder(of: folder)
    }
    return false
  }

  /// `paths` and every folder that holds one of them.
  private static func withFolders(_ paths: Set<String>) -> Set<String> {
    var all = paths
    for path in paths {
      var folder = ComposePath.folder(of: path)
      while !folder.isEmpty, all.insert(folder).inserted {
        folder = ComposePath.folder(of: folder)
      }
    }
    return all
  }
}
