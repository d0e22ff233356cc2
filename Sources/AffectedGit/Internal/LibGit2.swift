import CLibGit2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that initialises libgit2 and reads its return codes.
enum LibGit2 {
  /// Runs `git_libgit2_init()` exactly once per process; every handle constructor touches it.
  ///
  /// Shutdown is never called: the library lives as long as the process. Two options are set to
  /// behave as git itself does, which makes diffing large trees much cheaper:
  /// - no re-hashing of every object read (`GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION`), which git
  ///   does only in `fsck` and transfers; it took a sixth of the time;
  /// - no object cache (`GIT_OPT_ENABLE_CACHING`): the tree walk reads each tree once and
  ///   ``Snapshot`` keeps its own folders, so the cache only cost time and memory (a fifth or
  ///   more of each).
  static let initialized: Void = initialize()

  /// Initialises libgit2 (which counts initialisations, so calling this again is harmless) and
  /// sets its options.
  ///
  /// ``GitLibrary/prepareInBackground()`` calls it directly, not through ``initialized``: Swift
  /// runs lazy initialisers under a lock that other threads' first uses of lazy globals wait on,
  /// and libgit2's initialisation (which loads the CA certificates) takes milliseconds.
  static func initialize() {
    git_libgit2_init()
    _ = affected_git_libgit2_opts_int(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0)
    _ = affected_git_libgit2_opts_int(GIT_OPT_ENABLE_CACHING, 0)
  }

  /// Throws a ``GitError`` built from `git_error_last()` when `result` is negative.
  ///
  /// The message is copied at once, on the calling thread: libgit2 keeps it thread-local.
  static func check(_ result: Int32, _ operation: String) throws(GitError) {
    guard result < 0 else { return }
    throw lastError(code: result, operation)
  }

  /// The error libgit2 recorded for the failed `operation` that returned `code`.
  static func lastError(code: Int32, _ operation: String) -> GitError {
    var message = "unknown error"
    if let last = git_error_last(), let text = last.pointee.message {
      message = String(cString: text)
      if last.pointee.klass == Int32(GIT_ERROR_OS.rawValue), message.isEmpty {
        message = String(cString: strerror(errno))
      }
    }
    return GitError(code: GitError.Code(libgit2: code), message: message, operation: operation)
  }
}
