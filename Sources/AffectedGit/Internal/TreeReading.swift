import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads every tree below one into a ``TreeStore`` from the pack files, on several threads, and
/// gathers on the way the files whose names some filters accept.
///
/// The first folders are read on the calling thread, breadth first, until there are enough
/// subtrees to share; then up to four threads (one per core) take them one at a time, each
/// walking the trees below with its own ``PackReader``. Trees the packs cannot give are left out,
/// and ``read(below:)`` says so: the caller reads what is missing through libgit2.
struct TreeReading: Sendable {
  let packs: PackFiles
  let store: TreeStore
  /// The filters whose accepted files the reading gathers.
  var filters: [Snapshot.NameFilter] = []

  /// How many subtrees the calling thread gathers before sharing the walk.
  private static let shares = 256

  /// A tree read, with its id.
  typealias Tree = (id: ObjectID, entries: [Snapshot.Child])

  /// Reads tree `root` and every tree below it that the store lacks; for each filter, the paths
  /// of the files below `root` it accepts, in byte order, or `nil` when some tree could not be
  /// read.
  func read(below root: ObjectID) -> [[String]]? {
    let reader = PackReader(packs)
    var found: [Tree] = []
    var gathering = Gathering(filters)
    var complete = true
    // Folders to read, each with its path and a `/` (nothing for the root) when gathering.
    var frontier: [(id: ObjectID, prefix: [UInt8])] = [(root, [])]
    var next = 0
    while next < frontier.count, frontier.count - next < Self.shares {
      let (id, prefix) = frontier[next]
      next += 1
      guard let entries = listing(of: id, with: reader, into: &found) else {
        complete = false
        continue
      }
      gathering.look(at: entries, in: prefix)
      for entry in entries where entry.mode == .tree {
        var below = prefix
        gathering.extend(&below, with: entry.name)
        frontier.append((entry.id, below))
      }
    }
    store.keep(found)
    let shared = Array(frontier[next...])
    guard !shared.isEmpty else { return complete ? gathering.sortedPaths() : nil }
    let queue = WorkQueue(count: shared.count)
    let gathered = Mutex(gathering)
    let threads = min(4, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))), shared.count)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      let reader = PackReader(packs)
      var found: [Tree] = []
      var gathering = Gathering(filters)
      while let index = queue.next() {
        var prefix = shared[index].prefix
        if !walk(below: shared[index].id, at: &prefix, with: reader, into: &found, &gathering) {
          queue.markIncomplete()
        }
      }
      // Kept at once: each shard of the store grows once, and the threads keep theirs together.
      store.keep(found)
      gathered.withLock { $0.add(gathering) }
    }
    guard complete, queue.isComplete else { return nil }
    return gathered.withLock { $0.sortedPaths() }
  }

  /// Reads tree `id`, at `prefix`, and the trees below it, depth first; whether all could be
  /// read.
  private func walk(
    below id: ObjectID, at prefix: inout [UInt8], with reader: PackReader,
    into found: inout [Tree], _ gathering: inout Gathering
  ) -> Bool {
    guard let entries = listing(of: id, with: reader, into: &found) else { return false }
    gathering.look(at: entries, in: prefix)
    var complete = true
    for entry in entries where entry.mode == .tree {
      let length = prefix.count
      gathering.extend(&prefix, with: entry.name)
      complete =
        walk(below: entry.id, at: &prefix, with: reader, into: &found, &gathering) && complete
      prefix.removeLast(prefix.count - length)
    }
    return complete
  }

  /// Reads tree `root` and every tree below it, as ``read(below:)`` does; when all could be
  /// read, records in the store that `root` was read whole, with what each filter gathered.
  /// Whether all could be read.
  func readWhole(below root: ObjectID) -> Bool {
    guard let gathered = read(below: root) else { return false }
    store.keepWholeRead(
      below: root,
      gathered: Dictionary(
        zip(filters.map(\.key), gathered), uniquingKeysWith: { first, _ in first }))
    return true
  }

  /// The entries of tree `id`: from the store, or read and added to `found`.
  private func listing(of id: ObjectID, with reader: PackReader, into found: inout [Tree])
    -> [Snapshot.Child]?
  {
    if let known = store.listing(of: id) {
      return known
    }
    guard let bytes = reader.contents(of: id, as: .tree), let entries = TreeBytes.entries(bytes)
    else { return nil }
    found.append((id, entries))
    return entries
  }
}

extension TreeReading {
  /// The indices `0..<count`, each handed out once, to whichever thread asks first, and whether
  /// any walk missed a tree.
  private final class WorkQueue: Sendable {
    private let count: Int
    /// The next index to hand out.
    private let nextIndex = Atomic<Int>(0)
    /// Whether a walk missed a tree.
    private let missed = Atomic<Bool>(false)

    /// A queue of `count` indices.
    init(count: Int) {
      self.count = count
    }

    /// The next index, or `nil` once all were handed out.
    func next() -> Int? {
      let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
      return index < count ? index : nil
    }

    /// Records that a walk missed a tree.
    func markIncomplete() {
      missed.store(true, ordering: .relaxed)
    }

    /// Whether no walk missed a tree; read once the walks are over (their end orders the stores).
    var isComplete: Bool {
      !missed.load(ordering: .relaxed)
    }
  }
}
