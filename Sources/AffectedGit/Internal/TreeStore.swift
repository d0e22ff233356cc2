import Dispatch
import Synchronization

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
/// The listings are spread over shards by the first byte of their id, each behind its own
/// readers-writer lock: threads walking at the same time only read, and rarely touch the same
/// lock's cache line at once; threads keeping what they read write to different shards.
final class TreeStore: @unchecked Sendable {
  /// How many entries the store keeps before it starts over, so memory stays bounded on
  /// repositories far larger than the trees an analysis reads (about 100 bytes an entry); each
  /// shard keeps its share.
  static let entryLimit = 2_000_000

  /// How many shards the listings are spread over: a power of two, by the id's leading bits.
  private static let shardCount = 16

  private let shards = (0..<TreeStore.shardCount).map { _ in Shard() }

  /// The trees read whole, each with the paths of the files each name filter applied on the way
  /// accepted, by the filter's key (see ``Snapshot/NameFilter``).
  private let wholeReads = Mutex<[ObjectID: [String: [String]]]>([:])
  /// The readings of whole trees started in the background, by the tree: each group is left
  /// when its reading ends.
  private let readingsAhead = Mutex<[ObjectID: DispatchGroup]>([:])

  /// The shard holding the listing of tree `id`.
  private func shard(of id: ObjectID) -> Shard {
    shards[Int(id.firstByte) &* Self.shardCount >> 8]
  }

  /// The listing of tree `id`, if some handle read it.
  func listing(of id: ObjectID) -> [Snapshot.Child]? {
    shard(of: id).listing(of: id)
  }

  /// The paths of the files below tree `root` that the filter called `key` accepted, in byte
  /// order, if a reading of every tree below `root` gathered them.
  func gathered(_ key: String, below root: ObjectID) -> [String]? {
    wholeReads.withLock { $0[root]?[key] }
  }

  /// Whether every tree below `root` was read, gathering the filters called `keys`.
  func hasRead(below root: ObjectID, gathering keys: [String]) -> Bool {
    wholeReads.withLock { reads in
      reads[root].map { gathered in keys.allSatisfy { gathered[$0] != nil } } ?? false
    }
  }

  /// Records that every tree below `root` was read, and what each filter (by key) accepted on
  /// the way.
  func keepWholeRead(below root: ObjectID, gathered: [String: [String]]) {
    wholeReads.withLock { $0[root, default: [:]].merge(gathered) { _, new in new } }
  }

  /// Runs `reading`, a reading of every tree below `root`, on another thread, unless one was
  /// started before.
  func startReading(below root: ObjectID, _ reading: @escaping @Sendable () -> Void) {
    let group = DispatchGroup()
    let isFirst = readingsAhead.withLock { readings in
      guard readings[root] == nil else { return false }
      readings[root] = group
      return true
    }
    guard isFirst else { return }
    DispatchQueue.global(qos: .userInitiated).async(group: group, execute: reading)
  }

  /// Waits for the reading of every tree below `root` started in the background, if any.
  func waitForReading(below root: ObjectID) {
    readingsAhead.withLock { $0[root] }?.wait()
  }

  /// Keeps `entries` as the listing of tree `id`.
  func keep(_ entries: [Snapshot.Child], of id: ObjectID) {
    shard(of: id).keep([(id, entries)])
  }

  /// Keeps each of `trees`, taking each shard's lock once and growing it once.
  func keep(_ trees: [(id: ObjectID, entries: [Snapshot.Child])]) {
    var byShard = [[(id: ObjectID, entries: [Snapshot.Child])]](
      repeating: [], count: Self.shardCount)
    for tree in trees {
      byShard[Int(tree.id.firstByte) &* Self.shardCount >> 8].append(tree)
    }
    for (shard, trees) in zip(shards, byShard) where !trees.isEmpty {
      shard.keep(trees)
    }
  }
}

extension TreeStore {
  /// One shard of the listings, behind its own lock.
  private final class Shard: @unchecked Sendable {
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

    func listing(of id: ObjectID) -> [Snapshot.Child]? {
      pthread_rwlock_rdlock(lock)
      defer { pthread_rwlock_unlock(lock) }
      return listings[id]
    }

    /// Keeps each of `trees`, growing once; starts over past the shard's share of the limit.
    func keep(_ trees: [(id: ObjectID, entries: [Snapshot.Child])]) {
      pthread_rwlock_wrlock(lock)
      defer { pthread_rwlock_unlock(lock) }
      listings.reserveCapacity(listings.count + trees.count)
      for tree in trees {
        if entryCount + tree.entries.count > TreeStore.entryLimit / TreeStore.shardCount {
          listings.removeAll()
          entryCount = 0
        }
        if listings.updateValue(tree.entries, forKey: tree.id) == nil {
          entryCount += tree.entries.count
        }
      }
    }
  }
}
