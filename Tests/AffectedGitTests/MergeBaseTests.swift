import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Merge bases", .scratchDirectory)
struct MergeBaseTests {
  /// How the two sides of a criss-cross history get their first commits.
  enum CrissCross: String, CaseIterable, Sendable {
    /// The left side commits first, so its commit is the older one.
    case leftFirst
    /// The right side commits first.
    case rightFirst
    /// Both first commits have the same date.
    case sameDate
  }

  /// Asserts that `mergeBases(of:and:)` returns the bases `git merge-base --all` prints, the one
  /// `git merge-base` prints first.
  private func expectGitBases(
    _ first: String, _ second: String, in builder: RepositoryBuilder,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [ObjectID] {
    let repository = try Repository(discoveringFrom: builder.path)
    let bases = try repository.mergeBases(
      of: builder.objectID(first), and: builder.objectID(second))
    let all = try builder.gitResult(["merge-base", "--all", first, second])
    let best = try builder.gitResult(["merge-base", first, second])
    let expected = Set(all.stdout.split(separator: "\n").map(String.init))
    #expect(Set(bases.map(\.description)) == expected, sourceLocation: sourceLocation)
    #expect(bases.count == expected.count, sourceLocation: sourceLocation)
    #expect(
      bases.first?.description == best.stdout.split(separator: "\n").first.map(String.init),
      sourceLocation: sourceLocation)
    return bases
  }

  @Test("In a linear history the older commit is the merge base")
  func linear() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    for index in 1...4 {
      try builder.write("file.txt", "\(index)\n")
      try builder.commit("Commit \(index)")
    }
    let older = try builder.objectID("HEAD~3")
    #expect(try expectGitBases("HEAD~3", "HEAD", in: builder) == [older])
    #expect(try expectGitBases("HEAD", "HEAD~3", in: builder) == [older])
  }

  @Test("Two branches that fork meet at the fork point")
  func fork() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("a.txt", "a\n")
    try builder.commit("Base")
    try builder.write("a.txt", "b\n")
    let fork = try builder.commit("Fork point")
    try builder.branch("topic")
    try builder.write("main.txt", "main\n")
    try builder.commit("Main")
    try builder.checkout("topic")
    try builder.write("topic.txt", "topic\n")
    try builder.commit("Topic 1")
    try builder.commit("Topic 2")

    #expect(try expectGitBases("main", "topic", in: builder).map(\.description) == [fork])
    #expect(try expectGitBases("topic", "main", in: builder).map(\.description) == [fork])
  }

  @Test("When head is an ancestor of base, head itself is the merge base")
  func baseIsHead() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("a.txt", "a\n")
    let head = try builder.commit("Head")
    try builder.write("a.txt", "b\n")
    try builder.commit("Ahead")

    #expect(try expectGitBases("main", head, in: builder).map(\.description) == [head])
    #expect(try expectGitBases(head, head, in: builder).map(\.description) == [head])
  }

  @Test("Histories that share nothing have no merge base")
  func unrelated() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("a.txt", "a\n")
    try builder.commit("Main root")
    _ = try builder.gitOutput(["checkout", "--quiet", "--orphan", "other"])
    try builder.write("b.txt", "b\n")
    try builder.commit("Other root")

    #expect(try builder.gitResult(["merge-base", "main", "other"]).status == 1)
    #expect(try expectGitBases("main", "other", in: builder).isEmpty)
  }

  @Test("A merge commit reaches the bases through both parents")
  func mergeCommit() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("a.txt", "a\n")
    let base = try builder.commit("Base")
    try builder.branch("topic")
    try builder.write("main.txt", "main\n")
    let mainSide = try builder.commit("Main")
    try builder.checkout("topic")
    try builder.write("topic.txt", "topic\n")
    let topicSide = try builder.commit("Topic")
    try builder.checkout("main")
    let merge = try builder.merge("topic")
    try builder.checkout("topic")
    try builder.write("topic.txt", "more\n")
    try builder.commit("Topic after the merge")
    try builder.checkout("main")
    try builder.branch("old-main", at: mainSide)

    let repository = try Repository(discoveringFrom: builder.path)
    #expect(try repository.commit(id: builder.objectID(merge)).parents.count == 2)
    #expect(try expectGitBases(merge, topicSide, in: builder).map(\.description) == [topicSide])
    #expect(try expectGitBases("main", "topic", in: builder).map(\.description) == [topicSide])
    #expect(try expectGitBases(merge, "old-main", in: builder).map(\.description) == [mainSide])
    #expect(try expectGitBases(mainSide, topicSide, in: builder).map(\.description) == [base])
  }

  @Test(
    "A criss-cross history has two merge bases, git's choice first",
    arguments: CrissCross.allCases, [false, true])
  func crissCross(order: CrissCross, swapped: Bool) throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.write("base.txt", "base\n")
    try builder.commit("Base")
    try builder.branch("left")
    try builder.branch("right")

    var sides = ["left", "right"]
    if order == .rightFirst {
      sides.reverse()
    }
    var firsts: [String: String] = [:]
    for side in sides {
      try builder.checkout(side)
      try builder.write("\(side).txt", "\(side)\n")
      if order == .sameDate {
        // Bypasses the builder's clock, so both commits share the base's date.
        _ = try builder.gitOutput(["add", "--all"])
        _ = try builder.gitOutput(["commit", "--quiet", "--message", "\(side) 1"])
        firsts[side] = try builder.objectID("HEAD").description
      } else {
        firsts[side] = try builder.commit("\(side) 1")
      }
    }
    let left = try #require(firsts["left"])
    let right = try #require(firsts["right"])
    try builder.checkout("left")
    try builder.merge(right)
    try builder.checkout("right")
    try builder.merge(left)
    for side in ["left", "right"] {
      try builder.checkout(side)
      try builder.write("\(side).txt", "\(side) 2\n")
      try builder.commit("\(side) 2")
    }

    let pair = swapped ? ("right", "left") : ("left", "right")
    let bases = try expectGitBases(pair.0, pair.1, in: builder)
    #expect(Set(bases.map(\.description)) == [left, right])
  }
}
