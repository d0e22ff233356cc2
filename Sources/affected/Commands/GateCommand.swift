import AffectedPlanner
import ArgumentParser

/// `affected gate`: whether any of the named images is affected, as an exit status.
struct GateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gate",
    abstract: "Exit 0 when any named image is affected, 1 when none is (2 or more on errors).",
    discussion: """
      An image is named by its id or a short name, which means every image it matches. An \
      uncertain image counts as affected. With --print, print true or false and exit 0 for both, \
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
      var matched: [String] = []
      for name in images {
        let found = analysis.catalog.images(matching: name).map(\.id)
        guard !found.isEmpty else {
          throw UnknownImageName(name: name, known: analysis.catalog.images.map(\.id))
        }
        matched += found
      }
      let hits = matched.filter { id in
        analysis.isAffected(id) || !(analysis.definitions[id]?.uncertainReasons.isEmpty ?? true)
      }
      StandardStreams.note("gate: matched \(matched.joined(separator: ", "))")
      if !hits.isEmpty {
        StandardStreams.note("gate: affected or uncertain: \(hits.joined(separator: ", "))")
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
