import AffectedOutput
import ArgumentParser

/// `affected graph`: every image and the build edges between them, affected images highlighted.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Draw the image graph (dot or mermaid), affected images highlighted.",
    discussion: """
      Every image discovered at head is a node; an arrow goes from an image to each image built \
      on it (FROM, COPY --from, mounts, named contexts, skaffold requires).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid
  }

  @OptionGroup var planning: PlanningOptions
  @OptionGroup var outputOptions: OutputOptions

  @Option(help: "The output format.")
  var format: Format = .dot

  func run() throws {
    try planning.analyse { analysis in
      let picture = GraphPicture(plan: analysis.plan)
      switch format {
      case .dot: try outputOptions.emit(picture.dot())
      case .mermaid: try outputOptions.emit(picture.mermaid())
      }
    }
  }
}
