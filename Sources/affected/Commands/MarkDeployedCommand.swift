import AffectedGit
import AffectedModel
import AffectedPlanner
import ArgumentParser

/// `affected mark-deployed`: creates or moves the last-deployed tags of deploy units.
struct MarkDeployedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark-deployed",
    abstract: "Tag the revision deployed for each named unit, and optionally push the tags.",
    discussion: """
      Each UNIT (an id or a short name, as for affected deploy) gets the lightweight tag \
      that --base-per-unit names with its short name, pointing at --head; an existing tag is \
      moved. The tags are printed, one per line. With --push REMOTE they are pushed (forced, \
      since they move), authenticated as --deepen's fetch is (the http.extraheader that \
      actions/checkout stores).
      """)

  @OptionGroup var repository: RepositoryOptions

  @Option(help: ArgumentHelp("The revision that was deployed.", valueName: "rev"))
  var head: String

  @Option(
    name: .customLong("base-per-unit"),
    help: ArgumentHelp(
      "The tag of each unit, {unit} being its name (deployed/prod/{unit}).", valueName: "pattern"))
  var basePerUnit: String

  @OptionGroup var discovery: DiscoveryOptions

  @Option(
    name: .customLong("k8s"),
    help: ArgumentHelp("A Kubernetes path deployed (repeatable).", valueName: "path"))
  var kubernetesPaths: [String] = []

  @Option(help: ArgumentHelp("Push the tags to this remote.", valueName: "remote"))
  var push: String?

  @Argument(help: ArgumentHelp("Deploy unit ids or short names.", valueName: "unit"))
  var units: [String]

  func validate() throws {
    if units.isEmpty {
      throw ValidationError("name at least one deploy unit (an id or a short name)")
    }
    if UnitTagPattern(basePerUnit) == nil {
      throw ValidationError(
        "--base-per-unit needs {unit} in its pattern, such as 'deployed/prod/{unit}'")
    }
  }

  func run() throws {
    guard let pattern = UnitTagPattern(basePerUnit) else { return }
    let repository = try Repository(discoveringFrom: repository.path)
    let commit = try repository.commit(head)
    let source = SnapshotFileSource(try repository.snapshot(of: commit))
    let configuration = try Configuration(loadingFrom: source)
    let catalog = DeploySelection(
      composeFiles: discovery.composeFiles, kubernetesPaths: kubernetesPaths,
      configuration: configuration
    ).catalog(in: source, deployDependsOn: configuration.deployDependsOn)
    let tags = Set(try catalog.units(named: units).map { pattern.tag(forUnitNamed: $0.name) })
      .sorted()
    for tag in tags {
      let previous = try repository.setTag(name: tag, target: commit.id, force: true)
      switch previous {
      case nil:
        StandardStreams.note("created \(tag) at \(commit.id.abbreviated())")
      case commit.id:
        StandardStreams.note("\(tag) is already at \(commit.id.abbreviated())")
      case let old?:
        StandardStreams.note(
          "moved \(tag) from \(old.abbreviated()) to \(commit.id.abbreviated())")
      }
    }
    if let push {
      try repository.push(remote: push, refspecs: tags.map { "+refs/tags/\($0):refs/tags/\($0)" })
      StandardStreams.note("pushed \(tags.count) \(tags.count == 1 ? "tag" : "tags") to \(push)")
    }
    StandardStreams.writeOutput(tags.map { $0 + "\n" }.joined())
  }
}
