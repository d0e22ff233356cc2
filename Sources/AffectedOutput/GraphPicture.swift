import AffectedPlanner

/// The whole image graph as a picture (`affected graph --format dot|mermaid`): every image, an
/// arrow from each image to the images built on it, affected images highlighted.
public struct GraphPicture: Sendable {
  /// The plan to draw.
  public var plan: BuildPlan

  /// Creates a renderer.
  public init(plan: BuildPlan) {
    self.plan = plan
  }

  /// A Graphviz `digraph`.
  public func dot() -> String {
    graph.dot
  }

  /// A Mermaid `flowchart`.
  public func mermaid() -> String {
    graph.mermaid
  }

  private var graph: ImageGraph {
    ImageGraph(images: plan.orderedImages, needs: \.needs)
  }
}
