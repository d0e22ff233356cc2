import Dispatch

/// Work shared by the calling thread and one other, for the analysis's second core.
///
/// Items are handed out one at a time, so neither thread idles while the other has items left,
/// whatever each item costs.
enum SharedWork {
  /// `items` mapped, in order: on this thread with `transform`, and on another with the
  /// transform `makeTransform` makes there (it must not share a `Repository` or a `Snapshot`
  /// with this thread: open a handle of its own).
  ///
  /// When `makeTransform` throws, this thread maps every item; a single item is mapped here
  /// without starting the other thread.
  static func map<Item: Sendable, Value: Sendable>(
    _ items: [Item], here transform: (Item) -> Value,
    elsewhere makeTransform: @escaping @Sendable () throws -> (Item) -> Value
  ) -> [Value] {
    guard items.count > 1 else {
      return items.map(transform)
    }
    let queue = IndexQueue(count: items.count)
    let other = BackgroundWork { () -> [(Int, Value)] in
      let transform = try makeTransform()
      var mapped: [(Int, Value)] = []
      while let index = queue.next() {
        mapped.append((index, transform(items[index])))
      }
      return mapped
    }
    var values = [Value?](repeating: nil, count: items.count)
    while let index = queue.next() {
      values[index] = transform(items[index])
    }
    for (index, value) in (try? other.result()) ?? [] {
      values[index] = value
    }
    return values.compactMap { $0 }
  }

  /// The indices `0..<count`, each handed out once, to whichever thread asks first.
  private final class IndexQueue: @unchecked Sendable {
    private let count: Int
    /// The next index to hand out; read and written on `lock` only.
    private var nextIndex = 0
    private let lock = DispatchQueue(label: "affected.shared-work")

    init(count: Int) {
      self.count = count
    }

    /// The next index, or `nil` once all were handed out.
    func next() -> Int? {
      lock.sync {
        guard nextIndex < count else {
          return nil
        }
        defer { nextIndex += 1 }
        return nextIndex
      }
    }
  }
}
