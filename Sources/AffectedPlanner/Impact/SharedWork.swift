import Dispatch
import Synchronization

/// Work shared by the calling thread and one other, for the analysis's second core.
///
/// Items are handed out one at a time, so neither thread idles while the other has items left,
/// whatever each item costs. Visible to the package's other modules, so that a renderer can use
/// the second core the analysis leaves idle.
package enum SharedWork {
  /// `items` mapped, in order: on this thread with `transform`, and on another with the
  /// transform `makeTransform` makes there (it must not share a `Repository` or a `Snapshot`
  /// with this thread: open a handle of its own).
  ///
  /// When `makeTransform` throws, this thread maps every item; a single item is mapped here
  /// without starting the other thread. Each value is built in its place in the result, by
  /// whichever thread maps its item, and never copied.
  package static func map<Item: Sendable, Value: Sendable>(
    _ items: [Item], here transform: (Item) -> Value,
    elsewhere makeTransform: @escaping @Sendable () throws -> (Item) -> Value
  ) -> [Value] {
    guard items.count > 1 else {
      return items.map(transform)
    }
    let queue = IndexQueue(count: items.count)
    return [Value](unsafeUninitializedCapacity: items.count) { buffer, initialized in
      let slots = Slots(buffer)
      // Signalled once the other thread takes no more items; the wait orders its writes to the
      // slots before the caller reads them.
      let finished = DispatchSemaphore(value: 0)
      WorkerThread.start {
        // What the other thread opened is freed there after the signal, while the caller goes
        // on: freeing a handle's caches can take longer than the last item.
        withExtendedLifetime(try? makeTransform()) { transform in
          if let transform {
            while let index = queue.next() {
              slots.initialize(index, to: transform(items[index]))
            }
          }
          finished.signal()
        }
      }
      while let index = queue.next() {
        slots.initialize(index, to: transform(items[index]))
      }
      // The other thread has stopped, with or without a transform: every index was handed out
      // once and its slot initialised.
      finished.wait()
      initialized = items.count
    }
  }

  /// The indices `0..<count`, each handed out once, to whichever thread asks first.
  private final class IndexQueue: Sendable {
    private let count: Int
    /// The next index to hand out.
    private let nextIndex = Atomic<Int>(0)

    init(count: Int) {
      self.count = count
    }

    /// The next index, or `nil` once all were handed out.
    func next() -> Int? {
      let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
      return index < count ? index : nil
    }
  }

  /// The result's uninitialised elements, each initialised once, by the thread that took its
  /// index from the queue; the other thread's writes are seen once its work has finished.
  private struct Slots<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value>

    init(_ buffer: UnsafeMutableBufferPointer<Value>) {
      self.buffer = buffer
    }

    /// Initialises the element at `index` to `value`.
    func initialize(_ index: Int, to value: consuming Value) {
      buffer.initializeElement(at: index, to: value)
    }
  }
}
