import ArgumentParser

/// The `-C` flag that names the repository to analyse, shared by every command.
struct RepositoryOptions: ParsableArguments {
  @Option(
    name: [.customShort("C"), .customLong("repository")],
    help: ArgumentHelp(
      "A folder inside the repository to analyse.", valueName: "dir"))
  var path: String = "."
}
