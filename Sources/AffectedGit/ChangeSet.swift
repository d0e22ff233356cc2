#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The changed paths between two states of a repository, in git's path order.
public struct ChangeSet: Hashable, Sendable {
  /// Every change, ordered by path as git orders them.
  public var changes: [Change]

  /// Creates a change set.
  public init(changes: [Change]) {
    self.changes = changes
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { changes.isEmpty }

  /// Every changed path (both sides of a rename), ordered by the bytes of the path.
  public var paths: [String] {
    var paths: [String] = []
    paths.reserveCapacity(changes.count)
    for change in changes {
      if let oldPath = change.oldPath, oldPath != change.path {
        paths.append(oldPath)
      }
      paths.append(change.path)
    }
    // Without renames the changes already come in this order, so checking is enough.
    if zip(paths, paths.dropFirst()).contains(where: { Self.precedes($1, $0) }) {
      paths.sort(by: Self.precedes)
    }
    return paths
  }

  /// Whether the UTF-8 bytes of `left` sort before those of `right`.
  private static func precedes(_ left: String, _ right: String) -> Bool {
    var left = left
    var right = right
    return left.withUTF8 { left in
      right.withUTF8 { right in
        let common = min(left.count, right.count)
        if common > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress {
          let order = memcmp(leftStart, rightStart, common)
          if order != 0 { return order < 0 }
        }
        return left.count < right.count
      }
    }
  }
}
