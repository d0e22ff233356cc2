import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// A thread of its own for one piece of the analysis's work.
///
/// The analysis hands work to its second core about ten times a run. libdispatch's global queue
/// on Linux wakes a parked worker late (2 to 4 ms on the benchmark's two cores, sometimes only
/// once the other worker is done), while the calling thread works alone. A new thread starts in
/// tens of microseconds, so the work starts at once.
enum WorkerThread {
  /// Runs `body` on a new detached thread; on libdispatch's global queue where threads cannot
  /// be created.
  static func start(_ body: @escaping @Sendable () -> Void) {
    #if canImport(Glibc)
      let box = Unmanaged.passRetained(Body(body))
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
      var thread = pthread_t()
      let started = pthread_create(
        &thread, &attributes,
        { context in
          guard let context else { return nil }
          Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
          return nil
        }, box.toOpaque())
      guard started != 0 else { return }
      box.release()
    #endif
    DispatchQueue.global(qos: .userInitiated).async(execute: body)
  }

  /// The closure a new thread runs, passed to it as a pointer.
  private final class Body {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) {
      self.run = run
    }
  }
}
