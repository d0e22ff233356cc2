import AffectedTestSupport
import CLibGit2
import Foundation
import Testing

@testable import AffectedGit

@Suite("Trees read from pack files without libgit2", .scratchDirectory)
struct PackReaderTests {
  /// A 30-commit history of edits to folders of 30 files each (trees of about a kilobyte, which
  /// git stores as deltas of one another, many in chains), packed by `git repack` with
  /// `repackOptions` after `configuration` (`key=value` pairs) is set.
  private func packedHistory(
    _ name: String, _ repackOptions: [String] = ["-f"], configuration: [String] = []
  ) throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: name))
    let folders = ["a", "a/b", "a/b/c", "d", "é/f"]
    for folder in folders {
      for file in 0..<30 {
        try builder.write("\(folder)/file-\(file).txt", "\(folder) \(file)\n")
      }
    }
    try builder.commit("Start")
    var random = SeededGenerator(seed: 99)
    for round in 0..<30 {
      for _ in 0..<3 {
        let folder = folders.randomElement(using: &random) ?? "a"
        let file = Int.random(in: 0..<34, using: &random)
        try builder.write("\(folder)/file-\(file).txt", "round \(round)\n")
      }
      if round % 5 == 0 {
        try builder.setExecutable("d/file-\(round % 30).txt", round % 10 == 0)
        try builder.symlink("a/b/link-\(round)", to: "c/file-1.txt")
        try builder.remove("a/b/c/file-\(round + 1).txt")
      }
      try builder.commit("Round \(round)")
    }
    for setting in configuration {
      let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
      _ = try builder.gitOutput(["config"] + parts)
    }
    _ = try builder.gitOutput(["repack", "-a", "-d", "-q"] + repackOptions)
    return builder
  }

  /// Every object of `kind` in the repository, as git lists them.
  private func objects(_ kind: String, in builder: RepositoryBuilder) throws -> [ObjectID] {
    try builder.git(
      "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)"
    )
    .split(separator: "\n").filter { $0.hasSuffix(" " + kind) }
    .compactMap { ObjectID(hex: String($0.prefix(40))) }
  }

  /// The repository's pack files, which must exist.
  private func packs(_ builder: RepositoryBuilder) throws -> PackFiles {
    try #require(PackFiles(folder: builder.path + "/.git/objects/pack/"))
  }

  /// The paths of the repository's pack indexes.
  private func packIndexes(_ builder: RepositoryBuilder) throws -> [String] {
    let folder = builder.path + "/.git/objects/pack/"
    return try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".idx") }.sorted().map { folder + $0 }
  }

  /// The kinds of the entries `git verify-pack` lists as trees stored as deltas, in the first pack.
  private func treeDeltaKinds(_ builder: RepositoryBuilder) throws -> [PackFiles.Kind] {
    let index = try #require(try packIndexes(builder).first)
    let packs = try packs(builder)
    // Each delta is listed as: id, type, size, size in the pack, offset, depth, base id.
    return try builder.git("verify-pack", "-v", index).split(separator: "\n")
      .map { $0.split(separator: " ").map(String.init) }
      .filter { $0.count > 5 && $0[1] == "tree" }
      .map { fields in
        let offset = try #require(Int(fields[4]))
        return try #require(packs.entry(at: PackFiles.Location(pack: 0, offset: offset))).kind
      }
  }

  /// Expects every tree of `builder` to read from the packs exactly as libgit2 lists it.
  private func expectEveryTreeAsLibgit2Lists(_ builder: RepositoryBuilder) throws {
    let trees = try objects("tree", in: builder)
    #expect(trees.count > 100)
    let reader = PackReader(try packs(builder))
    let repository = try Repository(discoveringFrom: builder.path)
    for id in trees {
      let bytes = try #require(
        reader.contents(of: id, as: .tree), "tree \(id) was not read from the packs")
      let listing = try #require(TreeBytes.entries(bytes), "tree \(id) did not parse")
      let expected = try repository.treeEntries(id)
      #expect(listing.map(\.name) == expected.map(\.name), "\(id)")
      #expect(listing.map(\.mode) == expected.map(\.mode), "\(id)")
      #expect(listing.map(\.id) == expected.map(\.id), "\(id)")
    }
  }

  @Test(
    "Every tree of a history reads as libgit2 lists it, through offset and reference deltas",
    arguments: [
      (PackFiles.Kind.offsetDelta, ["-f", "--depth=250", "--window=250"], []),
      (PackFiles.Kind.referenceDelta, ["-f"], ["repack.useDeltaBaseOffset=false"]),
    ])
  func everyTreeMatchesLibgit2(
    deltas: PackFiles.Kind, options: [String], configuration: [String]
  ) throws {
    let builder = try packedHistory("\(deltas)", options, configuration: configuration)
    let kinds = try treeDeltaKinds(builder)
    #expect(kinds.count > 60 && kinds.allSatisfy { $0 == deltas }, "\(kinds)")
    try expectEveryTreeAsLibgit2Lists(builder)
  }

  @Test("Every blob reads from the packs as libgit2 reads it, and trees are not blobs")
  func everyBlobMatchesLibgit2() throws {
    let builder = try packedHistory("blobs")
    let reader = PackReader(try packs(builder))
    let repository = try Repository(discoveringFrom: builder.path)
    let blobs = try objects("blob", in: builder)
    #expect(blobs.count > 100)
    for id in blobs {
      var oid = id.raw
      var blob: OpaquePointer?
      try #require(git_blob_lookup(&blob, repository.pointer, &oid) == 0)
      defer { git_blob_free(blob) }
      let expected = [UInt8](
        UnsafeRawBufferPointer(start: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
      )
      #expect(reader.contents(of: id, as: .blob) == expected, "\(id)")
      #expect(reader.contents(of: id, as: .tree) == nil)
    }
  }

  @Test("Objects spread over several packs are each found in theirs")
  func severalPacks() throws {
    let builder = try packedHistory("several")
    try builder.write("later/a/b.txt", "after the first pack\n")
    try builder.write("later/c.txt", "also\n")
    try builder.commit("Later")
    // An incremental repack puts the new objects in a second pack.
    _ = try builder.gitOutput(["repack", "-d", "-q"])
    #expect(try packIndexes(builder).count == 2)
    try expectEveryTreeAsLibgit2Lists(builder)
  }

  @Test("The index finds every object at the offset git records, also in the 64-bit table")
  func indexOffsets() throws {
    let builder = try packedHistory("index")
    let pack = try #require(try packIndexes(builder).first)
    // Rewrite the index so that every object past offset 4,096 uses the 64-bit table.
    let packFile = String(pack.dropLast(4)) + ".pack"
    _ = try builder.gitOutput([
      "index-pack", "--index-version=2,4096", "-o", pack + ".new", packFile,
    ])
    try FileManager.default.removeItem(atPath: pack)
    try FileManager.default.moveItem(atPath: pack + ".new", toPath: pack)
    let index = try #require(PackIndex(path: pack))
    // verify-pack lists each object as: id, type, size, size in the pack, offset, ...
    let listed = try builder.git("verify-pack", "-v", pack).split(separator: "\n")
      .map { $0.split(separator: " ").map(String.init) }
      .filter { $0.count >= 5 && $0[0].count == 40 }
    #expect(listed.count == index.count)
    #expect(listed.contains { Int($0[4]) ?? 0 > 4096 }, "no object uses the 64-bit table")
    let ids = Set(listed.compactMap { ObjectID(hex: $0[0]) })
    for fields in listed {
      let id = try #require(ObjectID(hex: fields[0]))
      #expect(index.offset(of: id) == Int(fields[4]), "\(id)")
      // The same id with its last digit changed is, in all likelihood, not in the pack.
      let last: Character = fields[0].last == "0" ? "1" : "0"
      let neighbour = try #require(ObjectID(hex: fields[0].dropLast() + String(last)))
      if !ids.contains(neighbour) {
        #expect(index.offset(of: neighbour) == nil, "\(neighbour)")
      }
    }
  }

  @Test("Reading ahead stores every tree below the head from the packs")
  func readingAheadUsesThePacks() throws {
    let builder = try packedHistory("ahead")
    let repository = try Repository(discoveringFrom: builder.path)
    let root = try repository.commit("HEAD").tree
    let store = TreeStore()
    #expect(TreeReading(packs: try packs(builder), store: store).read(below: root) != nil)
    let below = try builder.git("ls-tree", "-r", "-d", "--format=%(objectname)", "HEAD")
      .split(separator: "\n").compactMap { ObjectID(hex: String($0)) }
    #expect(below.count > 5)
    for id in [root] + below {
      #expect(store.listing(of: id) != nil, "tree \(id) was not stored")
    }
  }

  @Test(
    "Handles opened from one location read one mapping of the packs; other handles map their own")
  func handlesShareTheirPacks() throws {
    let builder = try packedHistory("shared")
    let repository = try Repository(discoveringFrom: builder.path)
    let packs = try #require(repository.packs)
    let other = try repository.location.open()
    #expect(other.packs === packs)
    let unrelated = try Repository(discoveringFrom: builder.path)
    #expect(try #require(unrelated.packs) !== packs)
  }

  @Test("Objects outside the packs, blobs and unknown ids are not given, and libgit2 reads them")
  func missingObjectsAreNil() throws {
    let builder = try packedHistory("missing")
    let reader = PackReader(try packs(builder))
    // A tree written after the pack is a loose object.
    try builder.write("new/file", "new\n")
    _ = try builder.git("add", "new/file")
    let loose = try #require(ObjectID(hex: builder.git("write-tree")))
    #expect(reader.contents(of: loose, as: .tree) == nil)
    let blob = try #require(try objects("blob", in: builder).first)
    #expect(reader.contents(of: blob, as: .tree) == nil)
    let unknown = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
    #expect(reader.contents(of: unknown, as: .tree) == nil)
    #expect(reader.contents(of: unknown, as: .blob) == nil)
    // Reading ahead still stores every tree: those the packs lack through libgit2.
    let repository = try Repository(discoveringFrom: builder.path)
    try repository.readTrees(below: loose)
    #expect(repository.trees.listing(of: loose) != nil)
    let newFolder = try #require(try repository.treeEntries(loose).first { $0.name == "new" })
    #expect(repository.trees.listing(of: newFolder.id) != nil)
  }

  @Test("A damaged pack gives fewer trees, never wrong ones")
  func damagedPackGivesNothingWrong() throws {
    let builder = try packedHistory("damaged")
    let trees = try objects("tree", in: builder)
    let repository = try Repository(discoveringFrom: builder.path)
    let expected = try trees.map { try repository.treeEntries($0).map(\.id) }
    let packPath = String(try #require(try packIndexes(builder).first).dropLast(4)) + ".pack"
    var bytes = try [UInt8](Data(contentsOf: URL(filePath: packPath)))
    // Flip bits all through the objects (not the header or the checksum), every 97th byte.
    for position in stride(from: 64, to: bytes.count - 20, by: 97) {
      bytes[position] ^= 0x5a
    }
    try Data(bytes).write(to: URL(filePath: packPath))
    let reader = PackReader(try packs(builder))
    var given = 0
    for (id, ids) in zip(trees, expected) {
      guard let read = reader.contents(of: id, as: .tree) else { continue }
      given += 1
      #expect(TreeBytes.entries(read)?.map(\.id) == ids, "tree \(id) was read wrong")
    }
    #expect(given < trees.count)
  }

  @Test("Tree bytes in unusual shapes are left to libgit2")
  func unusualTreesAreNil() {
    let id = [UInt8](repeating: 7, count: 20)
    func tree(_ mode: String, _ name: String) -> [UInt8] {
      Array("\(mode) \(name)".utf8) + [0] + id
    }
    #expect(TreeBytes.entries(tree("100644", "a"))?.map(\.name) == ["a"])
    #expect(TreeBytes.entries(tree("40000", "dir"))?.map(\.mode) == [.tree])
    #expect(TreeBytes.entries(tree("100644", "a") + tree("120000", "b"))?.count == 2)
    #expect(TreeBytes.entries(tree("100664", "old")) == nil)
    #expect(TreeBytes.entries(tree("100644", "")) == nil)
    #expect(TreeBytes.entries(tree("10x644", "a")) == nil)
    #expect(TreeBytes.entries(tree("", "a")) == nil)
    #expect(TreeBytes.entries(tree("100644", String(repeating: "n", count: 65_536))) == nil)
    #expect(TreeBytes.entries(Array(tree("100644", "a").dropLast())) == nil)
    #expect(TreeBytes.entries(Array("100644".utf8)) == nil)
    #expect(TreeBytes.entries([])?.isEmpty == true)
  }

  @Test("Deltas copy and insert as git's format says, and malformed ones are refused")
  func deltas() {
    let base = Array("hello, world".utf8)
    func apply(_ delta: [UInt8], to base: [UInt8] = base, limit: Int = 100) -> String? {
      Delta.apply(delta, to: base, limit: limit).map { String(decoding: $0, as: UTF8.self) }
    }
    // Base size 12, result size 9: copy offset 7 size 5 ("world"), insert "!!!!".
    let delta: [UInt8] = [12, 9, 0x80 | 0x01 | 0x10, 7, 5, 4] + Array("!!!!".utf8)
    #expect(apply(delta) == "world!!!!")
    #expect(apply(delta, limit: 8) == nil)
    #expect(apply(delta, to: Array(base.dropLast())) == nil)
    #expect(apply([12, 9, 0x80 | 0x01 | 0x10, 10, 5]) == nil)
    #expect(apply([12, 9, 0]) == nil)
    #expect(apply([12, 9, 4] + Array("ab".utf8)) == nil)
    #expect(apply([12, 2, 3] + Array("abc".utf8)) == nil)
    #expect(apply([12, 3, 3] + Array("abc".utf8)) == "abc")
    // No offset or size bytes: offset 0, size 65,536, more than the base holds.
    #expect(apply([12, 12, 0x80]) == nil)
  }
}
