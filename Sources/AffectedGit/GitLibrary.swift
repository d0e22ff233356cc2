import Dispatch

/// The libgit2 library as a whole, before any repository is opened.
public enum GitLibrary {
  /// Starts initialising libgit2 on another thread, so that the first ``Repository`` opened finds
  /// it ready or waits only for the rest.
  ///
  /// Initialising loads the system's CA certificates (for HTTPS fetches), about 10 ms that
  /// otherwise come after the command line is parsed; started first thing, they overlap with it.
  /// Calling it is optional and changes no answer: every handle initialises the library itself.
  public static func prepareInBackground() {
    DispatchQueue.global(qos: .userInitiated).async {
      LibGit2.initialize()
    }
  }
}
