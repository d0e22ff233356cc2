import AffectedGit
import AffectedPlanner
import AffectedTestSupport
import Foundation
import Testing

@Suite("Comparison", .scratchDirectory)
struct ComparisonTests {
  /// An environment with no CI variables, so that only the options choose the base.
  private static let noCI = BaseSelector(environment: [:])

  /// A fixture repository where `feature` and `main` each have commits since they forked.
  ///
  /// `main`: import → "main edits compose.yml"; `feature` (from the import): "feature edits the
  /// backend" → "feature adds docs". The working tree is left on `feature`.
  private func divergedRepository(at url: URL) throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: url, fixture: "fullstack")
    try builder.commit("Import fixture")
    try builder.branch("feature")
    try builder.write("compose.yml", "services: {}\n")
    try builder.commit("main edits compose.yml")
    try builder.checkout("feature")
    try builder.write("backend/src/main.py", "print('feature')\n")
    try builder.remove("backend/src/config.py")
    try builder.commit("feature edits the backend")
    try builder.write("docs/new page.md", "# New\n")
    try builder.commit("feature adds docs")
    return builder
  }

  private func compare(
    _ builder: RepositoryBuilder, _ options: ComparisonOptions, selector: BaseSelector = noCI
  ) throws -> Comparison {
    try Comparison.compute(
      in: Repository(discoveringFrom: builder.path), options: options, selector: selector)
  }

  /// Runs `compare` and returns the ``ComparisonError`` it throws; fails the test if it throws
  /// nothing or another error.
  private func comparisonError(
    _ builder: RepositoryBuilder, _ options: ComparisonOptions, selector: BaseSelector = noCI
  ) throws -> ComparisonError {
    try #require(throws: ComparisonError.self) {
      try compare(builder, options, selector: selector)
    }
  }

  // MARK: - Merge base

  @Test("By default the comparison starts at the merge base, as git diff base...head does")
  func mergeBase() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let comparison = try compare(builder, ComparisonOptions(base: "main"))

    let mergeBase = try ObjectID(hex: builder.git("merge-base", "main", "feature"))
    #expect(comparison.mergeBase == mergeBase)
    #expect(comparison.start == mergeBase)
    #expect(comparison.base?.commit.id == ObjectID(hex: try builder.git("rev-parse", "main")))
    #expect(comparison.head.id == ObjectID(hex: try builder.git("rev-parse", "feature")))
    #expect(comparison.changes.paths == (try builder.changedPaths("main...feature")))
    #expect(
      comparison.changes.paths == [
        "backend/src/config.py", "backend/src/main.py", "docs/new page.md",
      ])
    #expect(comparison.allChangedReason == nil)
    #expect(!comparison.headIsWorkingTree)
    #expect(comparison.notes.first?.hasPrefix("base: main (") == true)
    #expect(comparison.notes.contains { $0.hasSuffix("from --base: given on the command line") })
    #expect(comparison.notes.contains("merge base: \(try #require(mergeBase).abbreviated())"))
  }

  @Test("--no-merge-base compares the two trees directly, as git diff base head does")
  func noMergeBase() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let comparison = try compare(builder, ComparisonOptions(base: "main", useMergeBase: false))

    #expect(comparison.mergeBase == nil)
    #expect(comparison.start == comparison.base?.commit.id)
    #expect(comparison.changes.paths == (try builder.changedPaths("main", "feature")))
    #expect(comparison.changes.paths.contains("compose.yml"))
    #expect(comparison.notes.contains("comparing with base itself (--no-merge-base)"))
  }

  @Test("--head chooses the head commit")
  func explicitHead() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.checkout("main")
    let comparison = try compare(builder, ComparisonOptions(base: "main", head: "feature~1"))
    #expect(comparison.head.id == ObjectID(hex: try builder.git("rev-parse", "feature~1")))
    #expect(comparison.changes.paths == (try builder.changedPaths("main...feature~1")))
  }

  @Test("When the merge base is head itself, head's first parent is the start, and a note says so")
  func mergeBaseIsHead() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.checkout("main")
    let merge = try builder.merge("feature")
    try builder.write("README.md", "# pushed\n")
    let head = try builder.commit("Push to main")

    let comparison = try compare(builder, ComparisonOptions(base: "main"))

    #expect(comparison.mergeBase == ObjectID(hex: head))
    #expect(comparison.start == ObjectID(hex: merge))
    #expect(comparison.changes.paths == ["README.md"])
    #expect(
      comparison.notes.contains {
        $0.hasPrefix("merge base is head itself") && $0.contains(String(merge.prefix(7)))
      })
  }

  @Test("A merge commit pushed to main is compared with its first parent, not the merged branch")
  func mergeCommitPushedToMain() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.checkout("main")
    let merge = try builder.merge("feature")
    let comparison = try compare(builder, ComparisonOptions(base: "main"))
    #expect(comparison.start == ObjectID(hex: try builder.git("rev-parse", "\(merge)^1")))
    #expect(comparison.changes.paths == (try builder.changedPaths("\(merge)^1", merge)))
    #expect(comparison.changes.paths.contains("docs/new page.md"))
    #expect(!comparison.changes.paths.contains("compose.yml"))
  }

  @Test("A root commit whose merge base is itself has no base to compare with")
  func mergeBaseIsRootCommit() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.commit("Import fixture")
    let error = try comparisonError(builder, ComparisonOptions(base: "main"))
    guard case .noBase(let message, let fetchMayHelp) = error else {
      Issue.record("expected noBase, got \(error)")
      return
    }
    #expect(message.contains("head has no parent"))
    #expect(message.contains("--if-no-base all"))
    #expect(!fetchMayHelp)
  }

  @Test("A criss-cross history uses the merge base git picks and warns that there are several")
  func crissCross() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url, fixture: "fullstack")
    try builder.commit("Import fixture")
    try builder.branch("side")
    try builder.write("compose.yml", "services: {}\n")
    let mainFork = try builder.commit("main edits compose.yml")
    try builder.checkout("side")
    try builder.write("backend/src/main.py", "print('side')\n")
    let sideFork = try builder.commit("side edits the backend")
    try builder.checkout("main")
    try builder.merge(sideFork)
    try builder.write("README.md", "# main\n")
    try builder.commit("main edits the README")
    try builder.checkout("side")
    try builder.merge(mainFork)
    try builder.write("frontend/index.html", "<p>side</p>\n")
    try builder.commit("side edits the frontend")

    let bases = try builder.git("merge-base", "--all", "main", "side").split(separator: "\n")
    try #require(bases.count == 2, "the history should have two merge bases")
    let chosen = try #require(ObjectID(hex: builder.git("merge-base", "main", "side")))

    let comparison = try compare(builder, ComparisonOptions(base: "main", head: "side"))
    #expect(comparison.mergeBase == chosen)
    #expect(comparison.changes.paths == (try builder.changedPaths("\(chosen)", "side")))
    let warning = try #require(comparison.notes.first { $0.hasPrefix("warning:") })
    #expect(warning.contains("multiple merge bases, using \(chosen)"))
  }

  @Test("Histories without a common commit have no merge base: code 3 advice, not a fetch")
  func unrelatedHistories() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.git("checkout", "--quiet", "--orphan", "other")
    try builder.write("other.txt", "other\n")
    try builder.commit("Unrelated root")
    let error = try comparisonError(builder, ComparisonOptions(base: "main"))
    guard case .noBase(let message, let fetchMayHelp) = error else {
      Issue.record("expected noBase, got \(error)")
      return
    }
    #expect(message.contains("share no history"))
    #expect(message.contains("--no-merge-base"))
    #expect(!fetchMayHelp)
    let direct = try compare(builder, ComparisonOptions(base: "main", useMergeBase: false))
    #expect(direct.changes.paths == (try builder.changedPaths("main", "other")))
  }

  // MARK: - Missing bases

  @Test("A full commit id that is not in the clone is no usable base, and more history may help")
  func missingCommitID() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let missing = "0123456789abcdef0123456789abcdef01234567"
    let error = try comparisonError(builder, ComparisonOptions(base: missing))
    guard case .noBase(let message, let fetchMayHelp) = error else {
      Issue.record("expected noBase, got \(error)")
      return
    }
    #expect(message.contains("the base commit \(missing) (from --base) is not in this clone"))
    #expect(message.contains("fetch-depth: 0"))
    #expect(message.contains("--deepen"))
    #expect(fetchMayHelp)
  }

  @Test("A pull request's base.sha that is not in the clone is no usable base")
  func missingPullRequestBase() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let missing = "89abcdef0123456789abcdef0123456789abcdef"
    let event = builder.url.appending(path: ".git/event.json")
    try Data(#"{"pull_request":{"base":{"sha":"\#(missing)"}}}"#.utf8).write(to: event)
    let selector = BaseSelector(environment: [
      "GITHUB_EVENT_PATH": event.path(percentEncoded: false)
    ])
    let error = try comparisonError(builder, ComparisonOptions(), selector: selector)
    guard case .noBase(let message, true) = error else {
      Issue.record("expected noBase that a fetch may fix, got \(error)")
      return
    }
    #expect(message.contains("(from GitHub pull_request.base.sha) is not in this clone"))
  }

  @Test("A name that does not resolve in a complete clone is an unknown revision")
  func unknownRevision() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let error = try comparisonError(builder, ComparisonOptions(base: "no-such-branch"))
    guard case .unknownRevision(let message) = error else {
      Issue.record("expected unknownRevision, got \(error)")
      return
    }
    #expect(
      message
        == "unknown revision 'no-such-branch': no branch, tag or commit has that name "
        + "(from --base); check the spelling, or fetch it first")
  }

  @Test("An unknown head is a repository error naming the revision")
  func unknownHead() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let error = try #require(throws: GitError.self) {
      try compare(builder, ComparisonOptions(base: "main", head: "no-such-head"))
    }
    #expect(error.code == .notFound)
    #expect(error.message.contains("'no-such-head'"))
  }

  @Test("A push whose before is all zeros has no base; --if-no-base all lists every file instead")
  func allZeroBefore() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let selector = BaseSelector(environment: [
      "CI_COMMIT_BEFORE_SHA": String(repeating: "0", count: 40)
    ])
    let error = try comparisonError(builder, ComparisonOptions(), selector: selector)
    guard case .noBase(let message, false) = error else {
      Issue.record("expected noBase that no fetch fixes, got \(error)")
      return
    }
    #expect(message.contains("all zeros"))
    #expect(message.contains("--if-no-base all"))

    let comparison = try compare(builder, ComparisonOptions(missingBase: .all), selector: selector)
    let files = try builder.git("ls-tree", "-r", "-z", "--name-only", "HEAD")
      .split(separator: "\0").map(String.init)
    #expect(comparison.changes.paths == files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(comparison.changes.changes.allSatisfy { $0.status == .added })
    #expect(comparison.base == nil)
    #expect(comparison.start == nil)
    #expect(comparison.mergeBase == nil)
    let reason = try #require(comparison.allChangedReason)
    #expect(reason.hasPrefix("no usable base: CI_COMMIT_BEFORE_SHA"))
    #expect(comparison.notes.contains("--if-no-base all: every file of head counts as changed"))
  }

  @Test("--if-no-base all does not hide an unknown revision")
  func ifNoBaseAllKeepsUnknownRevision() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    let error = try comparisonError(
      builder, ComparisonOptions(base: "no-such-branch", missingBase: .all))
    guard case .unknownRevision = error else {
      Issue.record("expected unknownRevision, got \(error)")
      return
    }
  }

  // MARK: - Default branch

  @Test("The default branch is the first of origin/HEAD, origin/main, origin/master, main, master")
  func defaultBranchOrder() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    var commits: [String: String] = [:]
    for name in ["master", "main", "origin/master", "origin/main", "origin/develop", "head"] {
      try builder.write("\(name).txt", name)
      commits[name] = try builder.commit(name)
    }
    try builder.git("branch", "-m", "main", "trunk")
    let options = ComparisonOptions(useMergeBase: false)
    let steps: [(ref: String, expected: String)] = [
      ("refs/heads/master", "master"),
      ("refs/heads/main", "main"),
      ("refs/remotes/origin/master", "origin/master"),
      ("refs/remotes/origin/main", "origin/main"),
      ("refs/remotes/origin/develop", "origin/HEAD"),
    ]
    for (ref, expected) in steps {
      let name = ref.split(separator: "/", maxSplits: 2).last.map(String.init) ?? ref
      try builder.git("update-ref", ref, try #require(commits[name]))
      if expected == "origin/HEAD" {
        try builder.git("symbolic-ref", "refs/remotes/origin/HEAD", ref)
      }
      let comparison = try compare(builder, options)
      #expect(comparison.base?.candidate.revision == expected)
      #expect(comparison.base?.candidate.source == "default branch")
      #expect(comparison.base?.commit.id == ObjectID(hex: try #require(commits[name])))
    }
  }

  @Test("Without any default branch there is no usable base, and the message lists the names tried")
  func noDefaultBranch() throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    try builder.commit("first")
    try builder.git("branch", "-m", "main", "trunk")
    let error = try comparisonError(builder, ComparisonOptions())
    guard case .noBase(let message, false) = error else {
      Issue.record("expected noBase that no fetch fixes, got \(error)")
      return
    }
    #expect(message.contains("tried origin/HEAD, origin/main, origin/master, main, master"))
  }

  // MARK: - Shallow clones

  @Test("A shallow clone without the merge base is no usable base, and the message names the fix")
  func shallowWithoutMergeBase() throws {
    let root = try ScratchDirectory.url
    let origin = try divergedRepository(at: root.appending(path: "origin"))
    let clone = root.appending(path: "clone")
    try origin.git(
      "clone", "--quiet", "--depth", "1", "--no-single-branch", "--branch", "feature",
      "file://\(origin.path)", clone.path(percentEncoded: false))
    let cloneBuilder = try RepositoryBuilder(at: clone)

    let repository = try Repository(discoveringFrom: cloneBuilder.path)
    #expect(repository.isShallow)
    let error = try #require(throws: ComparisonError.self) {
      try Comparison.compute(
        in: repository, options: ComparisonOptions(base: "origin/main"), selector: Self.noCI)
    }
    guard case .noBase(let message, true) = error else {
      Issue.record("expected noBase that a fetch may fix, got \(error)")
      return
    }
    #expect(message.contains("is not in this shallow clone"))
    #expect(message.contains("fetch-depth: 0"))
    #expect(message.contains("git fetch --deepen=200"))
    #expect(message.contains("--deepen"))

    let direct = try Comparison.compute(
      in: repository, options: ComparisonOptions(base: "origin/main", useMergeBase: false),
      selector: Self.noCI)
    #expect(direct.changes.paths == (try origin.changedPaths("main", "feature")))
  }

  @Test("In a shallow clone, a branch name that does not resolve may be missing history")
  func shallowUnknownName() throws {
    let root = try ScratchDirectory.url
    let origin = try divergedRepository(at: root.appending(path: "origin"))
    let clone = root.appending(path: "clone")
    try origin.git(
      "clone", "--quiet", "--depth", "1", "--branch", "feature", "file://\(origin.path)",
      clone.path(percentEncoded: false))
    let error = try comparisonError(
      try RepositoryBuilder(at: clone), ComparisonOptions(base: "origin/main"))
    guard case .noBase(let message, true) = error else {
      Issue.record("expected noBase that a fetch may fix, got \(error)")
      return
    }
    #expect(message.contains("does not resolve in this shallow clone"))
    #expect(message.contains("git fetch origin origin/main"))
  }

  // MARK: - Working tree

  @Test("--uncommitted compares the merge base of base and HEAD with the working tree")
  func uncommitted() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.write("frontend/src/staged.ts", "export {}\n")
    try builder.git("add", "frontend/src/staged.ts")
    try builder.write("README.md", "# unstaged\n")
    try builder.write("infra/untracked file.txt", "new\n")
    try builder.write("backend/.venv/ignored.py", "ignored\n")
    try builder.write("debug.pyc", "ignored\n")

    let comparison = try compare(builder, ComparisonOptions(base: "main", uncommitted: true))

    let mergeBase = try builder.git("merge-base", "main", "HEAD")
    var expected = try builder.changedPaths(mergeBase)
    expected += try builder.git("ls-files", "-z", "--others", "--exclude-standard")
      .split(separator: "\0").map(String.init)
    #expect(comparison.headIsWorkingTree)
    #expect(comparison.start == ObjectID(hex: mergeBase))
    #expect(
      comparison.changes.paths == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(
      comparison.changes.paths == [
        "README.md", "backend/src/config.py", "backend/src/main.py", "docs/new page.md",
        "frontend/src/staged.ts", "infra/untracked file.txt",
      ])
    let untracked = try #require(
      comparison.changes.changes.first { $0.path == "infra/untracked file.txt" })
    #expect(untracked.status == .added)
    #expect(comparison.notes.contains { $0.hasPrefix("head: working tree of HEAD") })
  }

  @Test("--uncommitted on the base branch compares HEAD itself with the working tree")
  func uncommittedOnBaseBranch() throws {
    let builder = try divergedRepository(at: ScratchDirectory.url)
    try builder.checkout("main")
    try builder.write("README.md", "# local edit\n")
    let comparison = try compare(builder, ComparisonOptions(base: "main", uncommitted: true))
    #expect(comparison.start == ObjectID(hex: try builder.git("rev-parse", "main")))
    #expect(comparison.changes.paths == ["README.md"])
  }
}

extension RepositoryBuilder {
  /// The paths `git diff --name-only --no-renames` prints for `revisions`, in git's order.
  fileprivate func changedPaths(_ revisions: String...) throws -> [String] {
    try runProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["git", "diff", "--name-only", "-z", "--no-renames"] + revisions, in: url,
      environment: environment
    ).stdout.split(separator: "\0").map(String.init)
  }
}
