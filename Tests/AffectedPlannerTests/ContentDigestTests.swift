import AffectedGit
import AffectedModel
import AffectedPlanner
import AffectedTestSupport
import Foundation
import Testing

@Suite("Content digests of images", .scratchDirectory)
struct ContentDigestTests {
  /// The digest of every image of `builder`'s repository at `revision` (or its working tree).
  private func digests(
    _ builder: RepositoryBuilder, revision: String = "HEAD", uncommitted: Bool = false
  ) throws -> [String: String] {
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try ImageSnapshot(
      repository: repository, revision: revision, uncommitted: uncommitted)
    return try snapshot.digests(of: snapshot.catalog.images).mapValues(\.description)
  }

  @Test("The same tree in two repositories with different histories has the same digests")
  func stableAcrossHistories() throws {
    let first = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "first"))
    for (path, text) in sharedTree {
      try first.write(path, text)
    }
    _ = try first.commit("All at once")
    let second = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "second"))
    try second.write("README.md", "an older readme\n")
    try second.write("notes.txt", "gone later\n")
    _ = try second.commit("Start")
    for (path, text) in sharedTree {
      try second.write(path, text)
    }
    try second.remove("notes.txt")
    _ = try second.commit("The rest")
    let digests = try digests(first)
    #expect(digests.count == 5)
    #expect(digests == (try self.digests(second)))
  }

  @Test("A content change changes the digest of that image and its dependants only")
  func changeReachesDependants() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "repository"))
    for (path, text) in sharedTree {
      try builder.write(path, text)
    }
    _ = try builder.commit("Before")
    let before = try digests(builder)
    try builder.write("base/setup.sh", "echo changed\n")
    _ = try builder.commit("After")
    let after = try digests(builder)
    let changed = Set(before.keys.filter { before[$0] != after[$0] })
    #expect(changed == ["compose.yml:base", "compose.yml:api", "compose.yml:worker"])
    #expect(try digests(builder, revision: "HEAD~1") == before)
  }

  @Test(
    "The plan digests the affected images and those they build on, as at its head",
    arguments: ["api/src/a.txt", "base/setup.sh"])
  func planMatchesSnapshot(changed path: String) throws {
    let scenario = try ImpactScenario(files: sharedTree)
    let analysis = try scenario.analyse { try $0.write(path, "changed\n") }
    let atHead = try digests(scenario.builder)
    let expected: Set<String> =
      path.hasPrefix("api/")
      ? ["compose.yml:api", "compose.yml:base"]
      : ["compose.yml:api", "compose.yml:base", "compose.yml:worker"]
    #expect(Set(analysis.digests.keys) == expected)
    for (id, digest) in analysis.digests {
      #expect(digest.description == atHead[id], "\(id)")
    }
  }

  @Test("A working-tree edit hashes as the same edit committed")
  func uncommittedMatchesCommitted() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "repository"))
    for (path, text) in sharedTree {
      try builder.write(path, text)
    }
    _ = try builder.commit("Before")
    try builder.write("shared/lib.txt", "lib 2\n")
    let uncommitted = try digests(builder, uncommitted: true)
    #expect(uncommitted != (try digests(builder)))
    _ = try builder.commit("After")
    #expect(uncommitted == (try digests(builder)))
  }

  @Test("A digest is 64-bit FNV-1a over the text Docs/planner.md describes")
  func documentedText() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "repository"))
    for (path, text) in sharedTree {
      try builder.write(path, text)
    }
    try builder.write("shared/run.sh", "echo run\n")
    try builder.setExecutable("shared/run.sh")
    try builder.symlink("shared/latest.txt", to: "lib.txt")
    _ = try builder.commit("Kinds")
    let repository = try Repository(discoveringFrom: builder.path)
    let snapshot = try ImageSnapshot(repository: repository, revision: "HEAD", uncommitted: false)
    let digests = try snapshot.digests(of: snapshot.catalog.images)
    let bases = [
      "compose.yml:api": ["compose.yml:base"], "compose.yml:worker": ["compose.yml:base"],
    ]
    var texts: [String: String] = [:]
    for image in snapshot.catalog.images {
      let inputs = snapshot.inputs(of: image)
      var text = "affected-digest 1\ndefinition\n"
      text += inputs.definition.fingerprint.lines.map { $0 + "\n" }.joined()
      text += "content\n"
      for input in inputs.content {
        text += "\(input.context ?? ".")\t\(input.path)\t\(kindName(input.entry.kind))\t"
        text += "\(input.entry.id)\n"
      }
      for base in bases[image.id] ?? [] {
        text += "base \(base) \(try #require(digests[base]).description)\n"
      }
      texts[image.id] = text
      #expect(digests[image.id]?.value == fnv1a(text), "\(image.id)")
    }
    #expect(texts.count == 5)
    let api = try #require(texts["compose.yml:api"])
    #expect(api.contains("\tshared/run.sh\texecutable\t"))
    #expect(api.contains("\tshared/latest.txt\tsymlink\t"))
    #expect(api.contains("\tshared/lib.txt\tfile\t"))
  }

  /// 64-bit FNV-1a of the UTF-8 bytes of `text`.
  private func fnv1a(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
  }

  /// The name a content line gives `kind`.
  private func kindName(_ kind: FileEntry.Kind) -> String {
    switch kind {
    case .file: "file"
    case .executable: "executable"
    case .symlink: "symlink"
    case .submodule: "submodule"
    case .directory: "directory"
    }
  }
}
