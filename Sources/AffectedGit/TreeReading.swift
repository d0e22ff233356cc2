import Foundation

/// Every tree below a root, read ahead by the threads that share the work, each tree once.
///
/// Threads call ``read(with:)`` with their own handles opened from one ``RepositoryLocation``:
/// each takes the next tree to read, and hands the folders it lists to whichever thread is free,
/// so none idles while another has trees left. Afterwards the snapshots of those handles walk
/// the trees without reading them. Reading ahead never changes an answer, only when trees are
/// read; a tree that cannot be read is left to the walk that needs it, which reports it.
public final class TreeReading: @unchecked Sendable {
  private let condition = NSCondition()
  /// The trees no thread has taken yet; read and written under `condition` only.
  private var pending: [ObjectID]
  /// How many threads are reading a tree now; read and written under `condition` only.
  private var reading = 0

  /// Prepares reading the tree `root` and every tree below it.
  public init(below root: ObjectID) {
    pending = [root]
  }

  /// Reads trees with `repository` until every tree below the root is read.
  public func read(with repository: Repository) {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let tree = pending.popLast() {
        reading += 1
        condition.unlock()
        let entries = (try? repository.treeEntries(tree)) ?? []
        condition.lock()
        reading -= 1
        pending += entries.lazy.filter { $0.mode == .tree }.map(\.id)
        condition.broadcast()
      } else if reading == 0 {
        return
      } else {
        condition.wait()
      }
    }
  }
}
