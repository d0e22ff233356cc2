import AffectedGit
import AffectedPlanner
import ArgumentParser
import Foundation

/// The flags that choose one state of the repository to look inside: a revision, or the working tree.
struct SnapshotOptions: ParsableArguments {
  @OptionGroup var repository: RepositoryOptions
  @OptionGroup var discovery: DiscoveryOptions

  @Option(help: ArgumentHelp("The revision to look at.", valueName: "rev"))
  var rev: String = "HEAD"

  @Flag(
    help:
      "Look at the working tree (with staged, unstaged and untracked files) instead of a commit.")
  var uncommitted = false

  @Flag(
    help: """
      Let compose files interpolate variables from this process's environment too (by default only the \
      .env files count, so results do not depend on the shell).
      """)
  var envFromProcess = false

  /// The variables compose interpolation may use beyond the `.env` files.
  var interpolationEnvironment: [String: String] {
    envFromProcess ? ProcessInfo.processInfo.environment : [:]
  }

  /// Opens the repository and discovers the images at the chosen revision.
  func imageSnapshot() throws -> ImageSnapshot {
    let repository = try Repository(discoveringFrom: repository.path)
    return try ImageSnapshot(
      repository: repository, revision: rev, uncommitted: uncommitted,
      environment: interpolationEnvironment, composeFiles: discovery.composeFiles)
  }

  func validate() throws {
    if uncommitted, rev != "HEAD" {
      throw ValidationError("--uncommitted looks at the working tree; drop --rev")
    }
  }
}
