import AffectedPlanner

/// The Markdown job summary for `GITHUB_STEP_SUMMARY`: a line on what was compared, a table of the
/// images to build, and a Mermaid graph of them.
///
/// The graph is replaced by a sentence when it would pass Mermaid's limits (by default 500 edges
/// and 50,000 characters of diagram text), and table rows are left out, with a count, when the
/// summary would pass GitHub's 1 MiB step-summary limit.
public struct GitHubStepSummary: Sendable {
  /// Mermaid's default `maxEdges`.
  public static let defaultMermaidEdges = 500
  /// Mermaid's default `maxTextSize`, in characters.
  public static let defaultMermaidCharacters = 50_000
  /// GitHub's limit on one step's summary, in bytes.
  public static let defaultSummaryBytes = 1_048_576

  /// The plan to summarise.
  public var plan: BuildPlan
  /// The most edges the graph may have.
  public var mermaidEdges: Int
  /// The most characters the graph's text may have.
  public var mermaidCharacters: Int
  /// The most bytes (UTF-8) the summary may have.
  public var summaryBytes: Int

  /// Creates a renderer with Mermaid's and GitHub's limits, or others for tests.
  public init(
    plan: BuildPlan, mermaidEdges: Int = defaultMermaidEdges,
    mermaidCharacters: Int = defaultMermaidCharacters, summaryBytes: Int = defaultSummaryBytes
  ) {
    self.plan = plan
    self.mermaidEdges = mermaidEdges
    self.mermaidCharacters = mermaidCharacters
    self.summaryBytes = summaryBytes
  }

  /// The summary, within ``summaryBytes``.
  public func markdown() -> String {
    let builds = ScheduledBuild.schedule(plan)
    let head = heading(builds) + "\n\n" + comparison(builds) + "\n"
    guard !builds.isEmpty else { return head }
    let graph = "\n" + graphSection(builds)
    let header = "\n| wave | image | name | needs | why |\n| ---: | --- | --- | --- | --- |\n"
    let rows = builds.map(row)
    let fixed = head.utf8.count + header.utf8.count + graph.utf8.count
    guard fixed + rows.reduce(0, { $0 + $1.utf8.count }) > summaryBytes else {
      return head + header + rows.joined() + graph
    }
    var budget = summaryBytes - fixed - Self.omission(rows.count).utf8.count
    var shown = 0
    while shown < rows.count, rows[shown].utf8.count <= budget {
      budget -= rows[shown].utf8.count
      shown += 1
    }
    return head + header + rows[..<shown].joined() + Self.omission(rows.count - shown) + graph
  }

  private func heading(_ builds: [ScheduledBuild]) -> String {
    guard !builds.isEmpty else { return "### affected: nothing to build" }
    return "### affected: \(Self.count(builds.count, "image")) to build in "
      + Self.count(plan.waveCount, "wave")
  }

  private func comparison(_ builds: [ScheduledBuild]) -> String {
    let base = plan.base.map { "`\(String($0.description.prefix(12)))`" } ?? "no base"
    var parts = [
      "Compared \(base) with `\(String(plan.head.description.prefix(12)))`: "
        + Self.count(plan.changedPaths, "changed path"),
      Self.count(plan.images.count - builds.count, "image") + " not rebuilt",
    ]
    if !plan.reused.isEmpty {
      parts.append("reused: " + plan.reused.sorted().map(Self.code).joined(separator: ", "))
    }
    if !plan.removed.isEmpty {
      parts.append("removed: " + plan.removed.sorted().map(Self.code).joined(separator: ", "))
    }
    return parts.joined(separator: "; ") + "."
  }

  private func row(_ build: ScheduledBuild) -> String {
    let image = build.image
    let why = (image.reasons + image.uncertain.map { "uncertain: \($0)" }).joined(separator: "; ")
    let cells = [
      String(build.wave), Self.code(image.id), Self.cell(image.name),
      build.needs.map(Self.code).joined(separator: ", "), Self.cell(why),
    ]
    return "| " + cells.joined(separator: " | ") + " |\n"
  }

  /// The Mermaid graph of the builds, or a sentence when it would pass Mermaid's limits.
  private func graphSection(_ builds: [ScheduledBuild]) -> String {
    let needs = Dictionary(
      builds.map { ($0.image.id, $0.needs) }, uniquingKeysWith: { first, _ in first })
    let graph = ImageGraph(images: builds.map(\.image)) { needs[$0.id] ?? [] }
    let text = graph.mermaid
    guard graph.edges.count <= mermaidEdges, text.count <= mermaidCharacters else {
      return "The graph of \(builds.count) images and \(graph.edges.count) dependencies is not "
        + "drawn: it passes Mermaid's limits (\(mermaidEdges) edges, \(mermaidCharacters) "
        + "characters). Run `affected graph --format dot` to see it.\n"
    }
    return "```mermaid\n" + text + "```\n"
  }

  /// `count` and `noun`, with an `s` unless `count` is 1.
  private static func count(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }

  private static func omission(_ count: Int) -> String {
    "\n\(Self.count(count, "more image")) left out: the summary would pass GitHub's "
      + "step-summary limit.\n"
  }

  /// `text` in a code span, with backticks and pipes that would end it or the cell replaced.
  private static func code(_ text: String) -> String {
    "`" + text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
      + "`"
  }

  /// `text` for a table cell: on one line, pipes escaped, HTML brackets as entities.
  private static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
  }
}
