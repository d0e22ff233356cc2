import ArgumentParser

/// The flags that choose one state of the repository to look inside: a revision, or the working tree.
struct SnapshotOptions: ParsableArguments {
  @OptionGroup var repository: RepositoryOptions

  @Option(help: ArgumentHelp("The revision to look at.", valueName: "rev"))
  var rev: String = "HEAD"

  @Flag(help: "Look at the working tree (with staged, unstaged and untracked files) instead of a commit.")
  var uncommitted = false

  func validate() throws {
    if uncommitted, rev != "HEAD" {
      throw ValidationError("--uncommitted looks at the working tree; drop --rev")
    }
  }
}
