import AffectedOutput
import AffectedPlanner
import ArgumentParser

/// `affected list`: the ids of the affected images, projects or libraries, for scripts.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the ids of the affected images, projects or libraries, one per line.",
    discussion: """
      Projects include libraries. With --all, every node of the kind is listed, affected or not. \
      --format json prints {"images":[…],"projects":[…],"libraries":[…]} with the kinds asked for.
      """)

  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case images, projects, libraries, all
  }

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "Which nodes to list.")
  var kind: Kind = .images

  @Option(help: "The output format.")
  var format: Format = .text

  @Flag(help: "List every node of the kind, not only the affected ones.")
  var all = false

  func run() throws {
    try planning.analyse { analysis in
      let plan = analysis.plan
      let projects = plan.projects.filter { all || $0.affected }
      var groups: [(name: String, ids: [String])] = []
      if [.images, .all].contains(kind) {
        groups.append(("images", plan.orderedImages.filter { all || $0.affected }.map(\.id)))
      }
      if [.projects, .all].contains(kind) {
        groups.append(("projects", projects.map(\.id)))
      }
      if [.libraries, .all].contains(kind) {
        groups.append(("libraries", projects.filter { $0.kind == .library }.map(\.id)))
      }
      let list = NodeList(groups: groups)
      try outputOptions.emit(format == .json ? list.json() : list.text())
    }
  }
}
