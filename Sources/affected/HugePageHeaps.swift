import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back the C allocator's heaps with 2 MiB pages (transparent huge pages).
///
/// A `plan` of a large repository touches some 40 MiB of heap on several threads, 4 KiB at a
/// time: about 10,000 page faults, a sixth of its CPU time, and as many pages to free at exit.
/// Where the kernel gives huge pages to memory that asks for them (`madvise` in
/// `/sys/kernel/mm/transparent_hugepage/enabled`, the usual default), each fault maps 2 MiB
/// instead. glibc does this itself under `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which only the
/// environment of a starting process can set; this does the same from inside, once, before other
/// threads allocate: it advises the main heap, then has glibc make, ahead, the arenas the
/// analysis's other threads will take, and advises each whole.
///
/// It is advice and nothing more: where the kernel has no huge pages to give, or ignores the
/// advice, memory is what it was. It relies on two facts of glibc on 64-bit Linux: an arena other
/// than the main one lives in a heap of 64 MiB aligned on 64 MiB, and a new thread takes an arena
/// whose threads have all ended before glibc makes another.
enum HugePageHeaps {
  /// How many arenas are made ahead: the threads an analysis runs at once besides the main one
  /// (the tree readers, the projects thread, a helper sharing work).
  private static let arenaCount = 4
  /// The size and alignment of the heap of an arena other than the main one.
  private static let arenaHeapSize = 64 << 20
  /// The size of a huge page on x86-64 and on arm64 with 4 KiB pages.
  private static let hugePageSize = 2 << 20
  /// `MADV_COLLAPSE` (Linux 6.1), which the C library's headers may lack: makes huge pages of
  /// memory already touched.
  private static let collapse: Int32 = 25

  /// Advises the main heap and the arenas made ahead; call it once, after the allocator's
  /// settings and before other threads allocate.
  static func advise() {
    #if canImport(Glibc) && _pointerBitWidth(_64)
      adviseMainHeap()
      adviseArenasAhead()
    #endif
  }

  #if canImport(Glibc) && _pointerBitWidth(_64)
    /// Grows the main heap by the allocator's top pad, then advises it from a block at its top.
    private static func adviseMainHeap() {
      guard let block = malloc(1 << 20) else { return }
      defer { free(block) }
      let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
      let start = UInt(bitPattern: block) & ~(page - 1)
      let end = UInt(bitPattern: sbrk(0))
      guard end > start else { return }
      _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), MADV_HUGEPAGE)
    }

    /// Starts ``arenaCount`` threads that hold a block each at the same time, so that glibc makes
    /// an arena for each; each advises its arena's heap, then all end, leaving the arenas to the
    /// threads that come next.
    private static func adviseArenasAhead() {
      let meeting = Meeting()
      let threads = (0..<arenaCount).compactMap { _ in startThread(meeting) }
      for _ in threads {
        meeting.ready.wait()
      }
      for _ in threads {
        meeting.release.signal()
      }
      for thread in threads {
        pthread_join(thread, nil)
      }
    }

    /// Starts a thread of ``adviseArenasAhead()`` that meets the others at `meeting`, which
    /// outlives it; `nil` if none could start.
    private static func startThread(_ meeting: Meeting) -> pthread_t? {
      let context = Unmanaged.passUnretained(meeting).toOpaque()
      var thread = pthread_t()
      let started = pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<Meeting>.fromOpaque(context).takeUnretainedValue().adviseOwnArena()
          return nil
        }, context)
      guard started == 0 else { return nil }
      return thread
    }

    /// Where the threads of ``adviseArenasAhead()`` say they hold their block, and wait to be
    /// let go: the main thread lets them go once all have.
    private final class Meeting: Sendable {
      let ready = DispatchSemaphore(value: 0)
      let release = DispatchSemaphore(value: 0)

      /// The body of a thread of ``adviseArenasAhead()``: allocates, advises the heap of the
      /// arena glibc gave it (unless that is the main heap), and ends once every thread has
      /// allocated.
      func adviseOwnArena() {
        let block = malloc(64)
        if let block, UInt(bitPattern: block) > UInt(bitPattern: sbrk(0)) {
          let heap = UnsafeMutableRawPointer(
            bitPattern: UInt(bitPattern: block) & ~UInt(arenaHeapSize - 1))
          _ = madvise(heap, arenaHeapSize, MADV_HUGEPAGE)
          // The heap's first pages, the arena's own records, were touched before the advice,
          // so its first 2 MiB would stay in small pages: collapse them into a huge page now.
          _ = madvise(heap, hugePageSize, collapse)
        }
        ready.signal()
        release.wait()
        free(block)
      }
    }
  #endif
}
