import AffectedTestSupport
import Foundation
import Testing

@Suite("RepositoryBuilder", .scratchDirectory)
struct RepositoryBuilderTests {
  /// A short history with a branch, a merge and a tag, built the same way every time.
  private func buildHistory(at url: URL) throws -> [String] {
    let repository = try RepositoryBuilder(at: url, fixture: "fullstack")
    var shas = [try repository.commit("Import fixture")]
    try repository.branch("feature")
    try repository.checkout("feature")
    try repository.write("backend/src/routes/items.py", "ITEMS = []\n")
    shas.append(try repository.commit("Add items"))
    try repository.checkout("main")
    try repository.write("README.md", "# myapp\n")
    shas.append(try repository.commit("Shorten README"))
    shas.append(try repository.merge("feature"))
    try repository.tag("v1.0.0", message: "First release")
    shas.append(try repository.git("rev-parse", "v1.0.0"))
    return shas
  }

  @Test("The same script gives the same SHAs in two repositories")
  func stableSHAs() throws {
    let root = try ScratchDirectory.url
    let first = try buildHistory(at: root.appending(path: "first"))
    let second = try buildHistory(at: root.appending(path: "second"))
    #expect(first == second)
    #expect(Set(first).count == first.count)
    #expect(first.allSatisfy { $0.count == 40 })
  }

  @Test("The fixture is copied and committed whole")
  func fixtureCommittedWhole() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try repository.commit("Import fixture")

    let fixture = RepositoryBuilder.fixturesDirectory.appending(path: "fullstack")
    let enumerator = try #require(
      FileManager.default.enumerator(atPath: fixture.path(percentEncoded: false)))
    var expected: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory {
        expected.append(relative)
      }
    }
    let tracked = try repository.git("ls-files").split(separator: "\n").map(String.init)
    #expect(tracked.sorted() == expected.sorted())
    #expect(tracked.contains("compose.yml"))
    #expect(tracked.contains(".env"))
    #expect(tracked.contains("backend/.dockerignore"))
    #expect(try repository.git("status", "--porcelain").isEmpty)
    #expect(try repository.git("branch", "--show-current") == "main")
  }

  @Test("A merge commit has the old HEAD and the branch as parents")
  func mergeHasTwoParents() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    try repository.write("a.txt", "a\n")
    let base = try repository.commit("Base")
    try repository.branch("topic")
    try repository.checkout("topic")
    try repository.write("b.txt", "b\n")
    let topic = try repository.commit("Topic")
    try repository.checkout("main")
    let merge = try repository.merge("topic")

    let parents = try repository.git("rev-list", "--parents", "-n", "1", merge)
    #expect(parents == "\(merge) \(base) \(topic)")
  }

  @Test("Symbolic links are committed as links, with their target as content")
  func symlinksCommittedAsLinks() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    try repository.write("shared/dockerignore", "node_modules/\n")
    try repository.symlink("frontend/.dockerignore", to: "../shared/dockerignore")
    try repository.commit("Link ignore file")

    let entry = try repository.git("ls-files", "--stage", "frontend/.dockerignore")
    #expect(entry.hasPrefix("120000 "))
    let target = try repository.git("cat-file", "-p", "HEAD:frontend/.dockerignore")
    #expect(target == "../shared/dockerignore")
  }

  @Test("Executable bits, moves, removals and empty commits are recorded")
  func fileOperations() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    try repository.write("scripts/build.sh", "#!/bin/sh\n")
    try repository.write("old/name.txt", "x\n")
    try repository.write("gone.txt", "x\n")
    try repository.setExecutable("scripts/build.sh")
    let first = try repository.commit("Add files")
    try repository.move("old/name.txt", to: "new/name.txt")
    try repository.remove("gone.txt")
    let second = try repository.commit("Move and remove")
    let empty = try repository.commit("Nothing changed")

    #expect(try repository.git("ls-files", "--stage", "scripts/build.sh").hasPrefix("100755 "))
    let changes = try repository.git("diff", "--name-status", "--no-renames", first, second)
    #expect(changes == "D\tgone.txt\nA\tnew/name.txt\nD\told/name.txt")
    #expect(empty != second)
    #expect(try repository.git("diff", "--name-only", second, empty).isEmpty)
  }

  @Test("Commits use the fixed identity and a clock that advances a minute per commit")
  func isolatedIdentity() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    try repository.commit("One")
    try repository.commit("Two")
    let log = try repository.git("log", "--format=%an <%ae> %cn %aI %cI")
    let identity = "Affected Tests <tests@affected.invalid> Affected Tests"
    #expect(
      log == """
        \(identity) 2025-01-01T00:02:00+00:00 2025-01-01T00:02:00+00:00
        \(identity) 2025-01-01T00:01:00+00:00 2025-01-01T00:01:00+00:00
        """)
    #expect(try repository.git("config", "--list", "--global").isEmpty)
  }

  @Test("An empty first commit has the same SHA on every machine")
  func knownSHA() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    #expect(try repository.commit("Empty") == "24f7d1af37d87430c4e3d0eebdd81a1fd1df1df1")
    #expect(try repository.git("rev-parse", "--show-toplevel") == repository.path)
  }

  @Test("A failing git command throws with git's message")
  func failureCarriesStandardError() throws {
    let repository = try RepositoryBuilder(at: ScratchDirectory.url)
    let error = try #require(throws: TestSupportError.self) {
      try repository.checkout("no-such-branch")
    }
    guard case .commandFailed(let command, let status, let stderr) = error else {
      Issue.record("Expected commandFailed, got \(error)")
      return
    }
    #expect(command == "git checkout --quiet no-such-branch")
    #expect(status != 0)
    #expect(stderr.contains("no-such-branch"))
  }

  @Test("An unknown fixture is reported by name")
  func unknownFixture() throws {
    let error = try #require(throws: TestSupportError.self) {
      try RepositoryBuilder(at: ScratchDirectory.url, fixture: "no-such-fixture")
    }
    #expect(error.description.contains("'no-such-fixture'"))
  }

  @Test("runProcess drains large outputs on both pipes and returns the exit status")
  func runProcessLargeOutput() throws {
    let script = """
      head -c 1000000 /dev/zero | tr '\\0' o
      head -c 1000000 /dev/zero | tr '\\0' e >&2
      exit 3
      """
    let result = try runProcess(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script],
      in: ScratchDirectory.url, environment: ["PATH": "/usr/bin:/bin"])
    #expect(result.status == 3)
    #expect(result.stdout.count == 1_000_000)
    #expect(result.stderr.count == 1_000_000)
  }
}
