import AffectedGit
import AffectedPlanner

/// The output of `affected changed`: the changed paths, as text or as JSON (see `Docs/formats.md`).
public struct ChangedReport: Sendable {
  /// The comparison to report.
  public var comparison: Comparison

  /// Creates a report.
  public init(comparison: Comparison) {
    self.comparison = comparison
  }

  /// Every changed path (both sides of a rename) followed by `separator` (a newline, or NUL for `-z`).
  public func text(separator: Character) -> String {
    let paths = comparison.changes.paths
    let separator = Array(separator.utf8)
    let size = paths.reduce(0) { $0 + $1.utf8.count + separator.count }
    // One allocation and a copy per path: appending to a String costs more per call.
    return String(unsafeUninitializedCapacity: size) { buffer in
      var end = 0
      for var path in paths {
        end = path.withUTF8 { buffer[end...].initialize(fromContentsOf: $0) }
        end = buffer[end...].initialize(fromContentsOf: separator)
      }
      return end
    }
  }

  /// `{"base","head","mergeBase","changes":[{"status","path","oldPath","oldId","newId","oldMode","newMode"}]}`,
  /// one change per line.
  public func json() -> String {
    let changes = comparison.changes.changes.map { change in
      JSONValue.object([
        ("status", .string(change.status.rawValue)),
        ("path", .string(change.path)),
        ("oldPath", change.oldPath.map(JSONValue.string) ?? .null),
        ("oldId", change.oldID.map { .string($0.description) } ?? .null),
        ("newId", change.newID.map { .string($0.description) } ?? .null),
        ("oldMode", change.oldMode.map { .string($0.description) } ?? .null),
        ("newMode", change.newMode.map { .string($0.description) } ?? .null),
      ])
    }
    let document = JSONValue.object([
      ("base", comparison.base.map { .string($0.commit.id.description) } ?? .null),
      ("head", .string(comparison.head.id.description)),
      ("headIsWorkingTree", .bool(comparison.headIsWorkingTree)),
      ("mergeBase", comparison.mergeBase.map { .string($0.description) } ?? .null),
      ("start", comparison.start.map { .string($0.description) } ?? .null),
      ("allChangedReason", comparison.allChangedReason.map(JSONValue.string) ?? .null),
      ("changes", .array(changes)),
    ])
    return document.rendered(itemsOnLines: true) + "\n"
  }
}
