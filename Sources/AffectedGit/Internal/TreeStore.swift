import Foundation

/// The tree listings read so far, shared by the handles opened on one repository.
///
/// A tree's listing depends on its id alone, so every ``Snapshot`` of every handle on the
/// repository can use what any of them read: the start side of a comparison reads only the
/// trees the change touched, and the threads of one analysis read each tree once between them.
/// Listings are immutable values, kept behind a lock.
final class TreeStore: @unchecked Sendable {
  /// One entry of a tree: what git records, nothing computed.
  struct Entry: Sendable {
    /// The entry's name in its tree.
    var name: String
    /// The entry's mode, normalised as `git_tree_entry_filemode` does.
    var mode: FileMode
    /// The blob, tree or commit the entry points to.
    var id: ObjectID
  }

  /// How many entries the store keeps before it starts over, so memory stays bounded on
  /// repositories far larger than the trees an analysis reads (about 100 bytes an entry).
  static let entryLimit = 2_000_000

  private let lock = NSLock()
  /// Listings by tree id; read and written under `lock` only.
  private var listings: [ObjectID: [Entry]] = [:]
  /// The number of entries in `listings`; read and written under `lock` only.
  private var entryCount = 0

  /// The listing of tree `id`, if some handle read it.
  func listing(of id: ObjectID) -> [Entry]? {
    lock.lock()
    defer { lock.unlock() }
    return listings[id]
  }

  /// Keeps `entries` as the listing of tree `id`.
  func keep(_ entries: [Entry], of id: ObjectID) {
    lock.lock()
    defer { lock.unlock() }
    if entryCount + entries.count > Self.entryLimit {
      listings.removeAll()
      entryCount = 0
    }
    if listings.updateValue(entries, forKey: id) == nil {
      entryCount += entries.count
    }
  }
}
