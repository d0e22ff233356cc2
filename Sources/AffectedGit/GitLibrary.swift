import Dispatch

/// The libgit2 library as a whole, before any repository is opened.
public enum GitLibrary {
  /// The initialisation started by ``prepareInBackground()``, left when it ends.
  private static let preparation = DispatchGroup()

  /// Starts initialising libgit2 on another thread, so that the first ``Repository`` opened finds
  /// it ready or waits only for the rest.
  ///
  /// Initialising loads the system's CA certificates (for HTTPS fetches), about 10 ms that
  /// otherwise come after the command line is parsed; started first thing, they overlap with it.
  /// Calling it is optional and changes no answer: every handle initialises the library itself.
  /// A process that calls it must call ``waitForPreparation()`` before it exits.
  public static func prepareInBackground() {
    DispatchQueue.global(qos: .userInitiated).async(group: preparation) {
      LibGit2.initialize()
    }
  }

  /// Waits for the initialisation ``prepareInBackground()`` started, if any, to end.
  ///
  /// Call it before the process exits, even after an error or `--help`: exiting runs the C
  /// libraries' exit handlers, and OpenSSL's cleanup, run while libgit2 is still initialising
  /// it on the other thread, crashes the process.
  public static func waitForPreparation() {
    preparation.wait()
  }
}
