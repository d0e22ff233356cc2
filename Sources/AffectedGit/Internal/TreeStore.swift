import Foundation

/// The tree listings read so far, shared by the handles opened on one repository.
///
/// A tree's listing depends on its id alone, so every ``Snapshot`` of every handle on the
/// repository can use what any of them read: the start side of a comparison reads only the
/// trees the change touched, and the threads of one analysis read each tree once between them.
/// Listings are immutable values, kept behind a lock; their entries come from the object
/// database and have no built ``Snapshot/Folder``, so nothing in them is shared mutable state.
final class TreeStore: @unchecked Sendable {

  /// How many entries the store keeps before it starts over, so memory stays bounded on
  /// repositories far larger than the trees an analysis reads (about 100 bytes an entry).
  static let entryLimit = 2_000_000

  private let lock = NSLock()
  /// Listings by tree id; read and written under `lock` only.
  private var listings: [ObjectID: [Snapshot.Child]] = [:]
  /// The number of entries in `listings`; read and written under `lock` only.
  private var entryCount = 0

  /// The listing of tree `id`, if some handle read it.
  func listing(of id: ObjectID) -> [Snapshot.Child]? {
    lock.lock()
    defer { lock.unlock() }
    return listings[id]
  }

  /// Keeps `entries` as the listing of tree `id`.
  func keep(_ entries: [Snapshot.Child], of id: ObjectID) {
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
