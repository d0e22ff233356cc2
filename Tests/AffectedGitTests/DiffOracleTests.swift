import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

/// The "done when": on a long generated history, the changed paths agree with
/// `git diff --name-only --no-renames` for many commit pairs, both `A...B` and `A B`.
@Suite("Diff oracle", .scratchDirectory)
struct DiffOracleTests {
  /// A pair of commits to compare, by index in the generated history.
  struct Pair: Hashable {
    var base: Int
    var head: Int
  }

  /// 200 pairs: random ones, ancestor and descendant, ones with a merge, branch tips, and pairs
  /// whose histories are unrelated (one side from the second root).
  private func pairs(in history: RandomHistory, using random: inout SeededGenerator) -> [Pair] {
    let indices = Array(history.commits.indices)
    let orphanRoot = history.commits.firstIndex { $0.parents.isEmpty && $0.branch != "main" } ?? 0
    let mainOnly = indices.filter { !history.reachable[$0].contains(orphanRoot) }
    let orphanOnly = indices.filter {
      history.reachable[$0].contains(orphanRoot) && !history.reachable[$0].contains(0)
    }
    var pairs: [Pair] = []
    func add(_ first: Int?, _ second: Int?, swapped: Bool = false) {
      if let first, let second {
        pairs.append(swapped ? Pair(base: second, head: first) : Pair(base: first, head: second))
      }
    }
    for _ in 0..<70 {
      add(indices.randomElement(using: &random), indices.randomElement(using: &random))
    }
    for _ in 0..<40 {
      let head = indices.randomElement(using: &random) ?? 0
      add(history.reachable[head].sorted().randomElement(using: &random), head)
    }
    for _ in 0..<40 {
      add(
        history.merges.randomElement(using: &random), indices.randomElement(using: &random),
        swapped: Bool.random(using: &random))
    }
    let tips = history.tips.values.sorted()
    for base in tips {
      for head in tips where base != head {
        add(base, head)
      }
    }
    while pairs.count < 200, !orphanOnly.isEmpty {
      add(
        mainOnly.randomElement(using: &random), orphanOnly.randomElement(using: &random),
        swapped: Bool.random(using: &random))
    }
    return Array(pairs.prefix(200))
  }

  @Test("Changed paths match git diff for 200 commit pairs of a 150-commit history")
  func oracle() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    let history = RandomHistory(seed: 2025, count: 150)
    let ids = try history.write(to: builder)
    let repository = try Repository(discoveringFrom: builder.path)
    var random = SeededGenerator(seed: 7)
    let pairs = pairs(in: history, using: &random)
    try #require(pairs.count == 200)

    var coverage = Coverage()
    for pair in pairs {
      let (a, b) = (ids[pair.base], ids[pair.head])
      let base = try repository.commit(id: #require(ObjectID(hex: a)))
      let head = try repository.commit(id: #require(ObjectID(hex: b)))
      coverage.mergeCommits += base.parents.count > 1 || head.parents.count > 1 ? 1 : 0

      let twoDot = try repository.changes(from: base.tree, to: head.tree)
      #expect(twoDot.paths == (try builder.changedPaths([a, b])).sortedByBytes(), "\(a) \(b)")
      #expect(twoDot.changes == (try builder.rawChanges([a, b])), "\(a) \(b)")
      coverage.record(twoDot)

      let bases = try repository.mergeBases(of: base.id, and: head.id)
      let symmetric = try builder.gitResult([
        "diff", "--name-only", "-z", "--no-renames", "\(a)...\(b)",
      ])
      guard let mergeBase = bases.first else {
        coverage.unrelated += 1
        #expect(symmetric.status != 0, "\(a)...\(b) has a merge base for git")
        #expect(symmetric.stderr.contains("no merge base"), "\(symmetric.stderr)")
        continue
      }
      try #require(symmetric.status == 0, "\(a)...\(b): \(symmetric.stderr)")
      // With several merge bases git warns and names the one it uses.
      #expect(symmetric.stderr.contains("multiple merge bases") == (bases.count > 1), "\(a)...\(b)")
      if bases.count > 1 {
        coverage.multipleBases += 1
        #expect(
          symmetric.stderr.contains("multiple merge bases, using \(mergeBase)"), "\(a)...\(b)")
      }
      let threeDot = try repository.changes(
        from: repository.commit(id: mergeBase).tree, to: head.tree)
      let expected = RepositoryBuilder.fields(of: symmetric.stdout)
      #expect(Set(threeDot.paths) == Set(expected), "\(a)...\(b)")
      #expect(threeDot.paths == expected.sortedByBytes(), "\(a)...\(b)")
      coverage.record(threeDot)
    }
    #expect(coverage.mergeCommits >= 40)
    #expect(coverage.multipleBases >= 5)
    #expect(coverage.unrelated >= 10)
    #expect(coverage.statuses == [.added, .deleted, .modified, .typechange])
    #expect(coverage.modeChanges > 0)
    #expect(coverage.fileFolderSwaps > 0)
    #expect(coverage.nonASCIIPaths > 0)
  }
}

/// What the compared pairs exercised, so that the oracle test fails if the history stops covering it.
private struct Coverage {
  var mergeCommits = 0
  var multipleBases = 0
  var unrelated = 0
  var statuses: Set<Change.Status> = []
  var modeChanges = 0
  /// Change sets where a file and a folder of the same name swap.
  var fileFolderSwaps = 0
  var nonASCIIPaths = 0

  mutating func record(_ changes: ChangeSet) {
    statuses.formUnion(changes.changes.map(\.status))
    modeChanges +=
      changes.changes.filter { $0.status == .modified && $0.oldMode != $0.newMode }.count
    let paths = Set(changes.paths)
    fileFolderSwaps +=
      paths.contains { path in paths.contains { $0.hasPrefix(path + "/") } } ? 1 : 0
    nonASCIIPaths += paths.contains { !$0.allSatisfy(\.isASCII) } ? 1 : 0
  }
}
