/// A failure while preparing a test repository or running a process for a test.
public enum TestSupportError: Error, CustomStringConvertible, Equatable {
  /// `ScratchDirectory.url` was read outside a test that has the `.scratchDirectory` trait.
  case noScratchDirectory
  /// The named fixture is not a folder under `Fixtures/`.
  case fixtureNotFound(name: String, searched: String)
  /// No `git` executable was found on `PATH`.
  case gitNotFound
  /// A command exited with a non-zero status.
  case commandFailed(command: String, status: Int32, stderr: String)

  /// A sentence saying what failed and what to do about it.
  public var description: String {
    switch self {
    case .noScratchDirectory:
      "No scratch directory is set for this test; add `.scratchDirectory` to its @Test or @Suite."
    case .fixtureNotFound(let name, let searched):
      "Fixture '\(name)' not found at \(searched); add a folder with that name under Fixtures/."
    case .gitNotFound:
      "No git executable found on PATH; install git or add it to PATH before running the tests."
    case .commandFailed(let command, let status, let stderr):
      "`\(command)` exited with status \(status): \(stderr)"
    }
  }
}
