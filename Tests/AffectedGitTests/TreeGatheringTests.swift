import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Files gathered by name while trees are read", .scratchDirectory)
struct TreeGatheringTests {
  /// Folders and files whose names sort around `/` and differ only in Unicode form, a symbolic
  /// link and a few hundred folders (enough for the reading to be shared between threads),
  /// committed; packed when `packed`, loose otherwise.
  private func buildRepository(packed: Bool) throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: packed ? "packed" : "loose"), fixture: "fullstack")
    let names = [
      "a-b/Dockerfile", "a.b/Dockerfile", "a/Dockerfile", "a/c/Dockerfile", "a0/Dockerfile",
      "caf\u{E9}/Dockerfile", "cafe\u{301}/Dockerfile", "x/caf\u{E9}.yml", "x/cafe\u{301}.yml",
    ]
    for name in names {
      try builder.write("order/\(name)", "\(name)\n")
    }
    for service in 0..<300 {
      let folder = "services/s\(service % 17)/\(service)"
      try builder.write("\(folder)/Dockerfile", "FROM scratch\n")
      try builder.write("\(folder)/app/main.py", "print(\(service))\n")
    }
    try builder.symlink("links/Dockerfile", to: "../order/a/Dockerfile")
    try builder.commit("Import fixture")
    if packed {
      _ = try builder.git("repack", "-a", "-d", "-q")
    }
    return builder
  }

  private static let filters = [
    Snapshot.NameFilter(key: "dockerfiles") { $0 == "Dockerfile" },
    Snapshot.NameFilter(key: "yaml") { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") },
    Snapshot.NameFilter(key: "all") { _ in true },
  ]

  /// The repository read below HEAD's tree with ``filters``, and a snapshot of that tree on
  /// another handle opened from the reader's location (which may answer from the gathering).
  private func readWithFilters(packed: Bool) throws -> (
    builder: RepositoryBuilder, root: ObjectID, shared: Snapshot
  ) {
    let builder = try buildRepository(packed: packed)
    let reader = try Repository(discoveringFrom: builder.path)
    let root = try reader.commit("HEAD").tree
    try reader.readTrees(below: root, gathering: Self.filters)
    return (builder, root, try reader.location.open().snapshot(ofTree: root))
  }

  @Test(
    "Gathered files are those a walk by name finds, in the same order", arguments: [true, false])
  func gatheredMatchWalk(packed: Bool) throws {
    let (builder, root, shared) = try readWithFilters(packed: packed)
    // A handle opened apart walks; one opened from the reader's location may use the gathering.
    let walked = try Repository(discoveringFrom: builder.path).snapshot(ofTree: root)
    for filter in Self.filters {
      let expected = walked.files(under: "", named: filter.accepts)
      #expect(!expected.isEmpty)
      #expect(shared.files(named: filter) == expected, "filter \(filter.key)")
      #expect(walked.files(named: filter) == expected, "filter \(filter.key)")
    }
    #expect(
      shared.files(named: Self.filters[0]).filter { $0.hasPrefix("order/caf") }
        == ["order/caf\u{E9}/Dockerfile", "order/cafe\u{301}/Dockerfile"].sorted {
          $0.utf8.lexicographicallyPrecedes($1.utf8)
        })
    #expect(shared.problems.isEmpty)
  }

  @Test("A snapshot of a tree read ahead answers with what was gathered, not by walking")
  func answersFromGathering() throws {
    // Filters are told apart by key: one that accepts nothing, under a gathered key, answers
    // with what the gathering kept.
    let snapshot = try readWithFilters(packed: true).shared
    let gathered = snapshot.files(named: Snapshot.NameFilter(key: "dockerfiles") { _ in false })
    #expect(gathered == snapshot.files(under: "") { $0 == "Dockerfile" })
    #expect(gathered.count >= 300 + 8)
    // Under a key nothing gathered, the filter's own test answers.
    #expect(snapshot.files(named: Snapshot.NameFilter(key: "other") { _ in false }).isEmpty)
  }

  @Test("A tree the packs cannot give leaves nothing gathered, and listing by name walks")
  func looseObjectsGatherNothing() throws {
    let snapshot = try readWithFilters(packed: false).shared
    #expect(snapshot.files(named: Snapshot.NameFilter(key: "dockerfiles") { _ in false }).isEmpty)
  }

  @Test("Gathering belongs to the tree read: another commit's snapshot walks")
  func otherTreesWalk() throws {
    let builder = try buildRepository(packed: true)
    try builder.write("services/s1/new/Dockerfile", "FROM scratch\n")
    try builder.commit("Add a service")
    let reader = try Repository(discoveringFrom: builder.path)
    let first = try reader.commit("HEAD~1").tree
    try reader.readTrees(below: first, gathering: Self.filters)

    let head = try reader.snapshot(of: reader.commit("HEAD"))
    let dockerfiles = head.files(named: Self.filters[0])
    #expect(dockerfiles.contains("services/s1/new/Dockerfile"))
    #expect(dockerfiles == head.files(under: "") { $0 == "Dockerfile" })
  }

  @Test(
    "A reading started ahead is waited for, and its gathering answers", arguments: [true, false])
  func readingAhead(packed: Bool) throws {
    let builder = try buildRepository(packed: packed)
    let reader = try Repository(discoveringFrom: builder.path)
    let root = try reader.commit("HEAD").tree
    reader.startReadingTrees(below: root, gathering: Self.filters)
    // Started twice, it reads once; another handle's reading waits for it.
    reader.startReadingTrees(below: root, gathering: Self.filters)
    let other = try reader.location.open()
    try other.readTrees(below: root, gathering: Self.filters)

    let walked = try Repository(discoveringFrom: builder.path).snapshot(ofTree: root)
    let snapshot = try other.snapshot(ofTree: root)
    for filter in Self.filters {
      #expect(snapshot.files(named: filter) == walked.files(under: "", named: filter.accepts))
    }
    // Loose objects are left to libgit2: nothing was gathered ahead, and the listing walks.
    let gathered = snapshot.files(named: Snapshot.NameFilter(key: "dockerfiles") { _ in false })
    #expect(gathered.isEmpty == !packed)
  }

  @Test("Filters a reading ahead did not apply are gathered by the reading that asks for them")
  func laterFilters() throws {
    let builder = try buildRepository(packed: true)
    let reader = try Repository(discoveringFrom: builder.path)
    let root = try reader.commit("HEAD").tree
    reader.startReadingTrees(below: root, gathering: [Self.filters[0]])
    try reader.readTrees(below: root, gathering: [Self.filters[1]])

    let snapshot = try reader.snapshot(ofTree: root)
    let walked = try Repository(discoveringFrom: builder.path).snapshot(ofTree: root)
    let yaml = Snapshot.NameFilter(key: "yaml") { _ in false }
    #expect(snapshot.files(named: yaml) == walked.files(under: "", named: Self.filters[1].accepts))
    #expect(!snapshot.files(named: yaml).isEmpty)
  }
}
