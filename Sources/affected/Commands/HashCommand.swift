import AffectedOutput
import AffectedPlanner
import ArgumentParser

/// `affected hash`: the content digest of each image's inputs at one revision.
struct HashCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hash",
    abstract: "Print the content digest of each image's inputs (usable as an image tag).",
    discussion: """
      The digest covers the image's parsed definition, the blob ids of its content inputs and the \
      digests of the in-repository images it builds on (Docs/planner.md), so it is the same in \
      every clone. It reads no file contents, except working-tree files changed, with --uncommitted.
      """)

  @OptionGroup var snapshot: SnapshotOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var diagnostics: DiagnosticOptions

  @Option(help: "The output format: id<TAB>hash lines, or JSON.")
  var format: ReportFormat = .text

  @Argument(help: "Images to hash (ids or short names); all when none is given.")
  var images: [String] = []

  func run() throws {
    let snapshot = try snapshot.imageSnapshot()
    let selected = try snapshot.images(named: images)
    if !images.isEmpty {
      StandardStreams.note("hash: matched \(selected.map(\.id).joined(separator: ", "))")
    }
    let digests = try snapshot.digests(of: selected)
    let listed = selected.map { (id: $0.id, digest: digests[$0.id]?.description ?? "") }
    switch format {
    case .text:
      try outputOptions.emit(DigestText(digests: listed).text())
    case .json:
      try outputOptions.emit(
        DigestJSON(
          revision: snapshot.revision, commit: snapshot.commit.id.description,
          algorithm: ContentDigest.version, digests: listed
        ).json())
    }
    try diagnostics.report(snapshot.catalog.diagnostics)
  }
}
