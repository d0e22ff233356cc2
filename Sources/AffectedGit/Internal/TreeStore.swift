#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The tree listings read so far, shared by the handles opened on one repository.
///
/// A tree's listing depends on its id alone, so every ``Snapshot`` of every handle on the
/// repository can use what any of them read: the start side of a comparison reads only the
/// trees the change touched, and the threads of one analysis read each tree once between them.
/// Listings are immutable values; their entries come from the object database and have no built
/// ``Snapshot/Folder``, so nothing in them is shared mutable state.
///
/// The lock is a readers-writer lock: once the trees are read, threads walking them at the same
/// time only read, and a plain mutex would put them to sleep in turn at every folder.
final class TreeStore: @unchecked Sendable {
  /// How many entries the store keeps before it starts over, so memory stays bounded on
  /// repositories far larger than the trees an analysis reads (about 100 bytes an entry).
  static let entryLimit = 2_000_000

  private let lock: UnsafeMutablePointer<pthread_rwlock_t>
  /// Listings by tree id; read under `lock`, written under it exclusively.
  private var listings: [ObjectID: [Snapshot.Child]] = [:]
  /// The number of entries in `listings`; guarded as `listings` is.
  private var entryCount = 0

  init() {
    lock = .allocate(capacity: 1)
    pthread_rwlock_init(lock, nil)
  }

  deinit {
    pthread_rwlock_destroy(lock)
    lock.deallocate()
  }

  /// The listing of tree `id`, if some handle read it.
  func listing(of id: ObjectID) -> [Snapshot.Child]? {
    pthread_rwlock_rdlock(lock)
    defer { pthread_rwlock_unlock(lock) }
    return listings[id]
  }

  /// Keeps `entries` as the listing of tree `id`.
  func keep(_ entries: [Snapshot.Child], of id: ObjectID) {
    pthread_rwlock_wrlock(lock)
    defer { pthread_rwlock_unlock(lock) }
    keepLocked(entries, of: id)
  }

  /// Keeps each of `trees`, taking the lock once and growing the store once.
  func keep(_ trees: [(id: ObjectID, entries: [Snapshot.Child])]) {
    pthread_rwlock_wrlock(lock)
    defer { pthread_rwlock_unlock(lock) }
    listings.reserveCapacity(listings.count + trees.count)
    for tree in trees {
      keepLocked(tree.entries, of: tree.id)
    }
  }

  /// Keeps `entries` as the listing of tree `id`; the caller holds the write lock.
  private func keepLocked(_ entries: [Snapshot.Child], of id: ObjectID) {
    if entryCount + entries.count > Self.entryLimit {
      listings.removeAll()
      entryCount = 0
    }
    if listings.updateValue(entries, forKey: id) == nil {
      entryCount += entries.count
    }
  }
}
