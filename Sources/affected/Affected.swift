import AffectedGit
import ArgumentParser

/// The `affected` command line: which images to rebuild and which services to redeploy.
@main
struct Affected: ParsableCommand {
  /// This tool's version.
  static let toolVersion = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "affected",
    abstract: """
      Find which images to rebuild, projects to test and services to redeploy after a change, \
      from the monorepo's git history.
      """,
    version: "affected \(toolVersion) (libgit2 \(LibGit2Version.current))",
    subcommands: [
      PlanCommand.self, MatrixCommand.self, GateCommand.self, ChangedCommand.self,
      ImagesCommand.self, InputsCommand.self, ExplainCommand.self, GraphCommand.self,
      HashCommand.self, ListCommand.self, DeployCommand.self, MarkDeployedCommand.self,
    ],
    defaultSubcommand: PlanCommand.self)

  /// Parses, checks libgit2, runs, and maps every error to the documented exit status.
  static func main() {
    AllocatorSettings.apply()
    GitLibrary.prepareInBackground()
    do {
      var command = try parseAsRoot()
      let version = LibGit2Version.current
      guard version >= LibGit2Version.minimum else {
        throw LibGit2TooOld(found: version)
      }
      try command.run()
      GitLibrary.waitForPreparation()
    } catch {
      GitLibrary.waitForPreparation()
      guard let status = ExitStatus(for: error) else {
        exit(withError: error)
      }
      StandardStreams.error("\(error)")
      exit(withError: ExitCode(status.rawValue))
    }
  }
}
