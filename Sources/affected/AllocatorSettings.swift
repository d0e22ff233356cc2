import CMalloc

/// How the C allocator is set up for a short run that allocates much and frees little.
///
/// glibc's defaults suit long-running servers: memory freed at the top of a heap goes back to
/// the system at once, large blocks get their own mappings, and the heap grows a few pages at a
/// time. A `plan` of a large repository makes hundreds of thousands of allocations on several
/// threads and exits soon after; each return and each mapping undone costs a system call and,
/// with threads on other cores, a flush of their address translations. So the process keeps
/// what it frees, takes blocks of up to 32 MiB from its heaps (the most glibc accepts: it refuses a
/// larger threshold and keeps its own), and grows the main heap 64 MiB at a time (address space
/// only: pages cost memory once touched); and it asks for its heaps in 2 MiB pages
/// (``HugePageHeaps``). Nothing else changes.
enum AllocatorSettings {
  /// Applies the settings.
  ///
  /// Call it first thing, before other threads allocate. A no-op where the C library is not
  /// glibc.
  static func apply() {
    #if canImport(Glibc)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
      _ = mallopt(M_TOP_PAD, 64 << 20)
      HugePageHeaps.advise()
    #endif
  }
}
