#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pack files of one repository, mapped once for all the handles opened from its location.
///
/// Each mapping of a pack is paid for again: its pages are faulted in per mapping as they are
/// touched, and unmapping a large pack takes milliseconds. So the first handle to need the packs
/// maps them, and the others (one per thread) read the same ``PackFiles``, which never change.
final class SharedPackFiles: @unchecked Sendable {
  private let lock: UnsafeMutablePointer<pthread_mutex_t>
  /// The packs once mapped (`.some(nil)` when the repository has none); guarded by `lock`.
  private var mapped: PackFiles??

  init() {
    lock = .allocate(capacity: 1)
    pthread_mutex_init(lock, nil)
  }

  deinit {
    pthread_mutex_destroy(lock)
    lock.deallocate()
  }

  /// The packs in `folder` (a repository's `objects/pack/`), mapped the first time they are asked
  /// for; `nil` when it has none.
  func packs(in folder: String) -> PackFiles? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    if let mapped {
      return mapped
    }
    let packs = PackFiles(folder: folder)
    mapped = .some(packs)
    return packs
  }
}
