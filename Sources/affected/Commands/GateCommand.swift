import AffectedPlanner
import ArgumentParser

/// `affected gate`: whether any of the named images is affected, as an exit status.
struct GateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gate",
    abstract: "Exit 0 when any named image is affected, 1 when none is (2 or more on errors).",
    discussion: """
      An image is named by its id or a short name, which means every image it matches. An \
      image counts as affected exactly when the plan rebuilds it; an uncertain image is affected when \
      anything in its context or definition changed. With --print, print true or false and exit 0 for both, \
      so `set -e` scripts can tell an error from a no.
      """)

  @OptionGroup var planning: PlanningOptions

  @Flag(help: "Print true or false and exit 0 for both (2 or more on errors).")
  var print = false

  @Argument(help: ArgumentHelp("Image ids or short names.", valueName: "image"))
  var images: [String]

  func validate() throws {
    if images.isEmpty {
      throw ValidationError("name at least one image (an id or a short name)")
    }
  }

  func run() throws {
    var answer = false
    try planning.analyse { analysis in
      let matched = try analysis.catalog.images(named: images).map(\.id)
      let hits = matched.filter(analysis.isAffected)
      StandardStreams.note("gate: matched \(matched.joined(separator: ", "))")
      if !hits.isEmpty {
        StandardStreams.note("gate: affected: \(hits.joined(separator: ", "))")
      }
      answer = !hits.isEmpty
      if print {
        StandardStreams.writeOutput(answer ? "true\n" : "false\n")
      }
    }
    if !answer, !print {
      throw ExitCode(ExitStatus.negative.rawValue)
    }
  }
}
