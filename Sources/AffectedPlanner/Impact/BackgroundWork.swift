import Dispatch

/// Work started on a thread of its own while the caller goes on; ``result()`` waits for it.
///
/// The analysis runs on two cores this way. The work must not share a `Repository` or a
/// `Snapshot` with the caller: it opens its own.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  /// Signalled once `outcome` is set; the wait orders the write before the read.
  private let finished = DispatchSemaphore(value: 0)
  /// What the work returned or threw; written once, on the work's thread.
  private var outcome: Result<Value, any Error> = .failure(CancellationError())

  /// Starts `work` on another thread.
  init(_ work: @escaping @Sendable () throws -> Value) {
    WorkerThread.start {
      self.outcome = Result(catching: work)
      self.finished.signal()
    }
  }

  /// What the work returned, once it has finished.
  ///
  /// - Throws: what the work threw.
  func result() throws -> Value {
    finished.wait()
    finished.signal()
    return try outcome.get()
  }
}
