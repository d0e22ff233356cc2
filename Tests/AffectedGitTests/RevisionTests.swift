import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

@Suite("Revision specs", .scratchDirectory)
struct RevisionTests {
  /// Five commits on `main`; `v1.0` is an annotated tag on `HEAD~2`, `light` a lightweight tag on
  /// `HEAD~1`, and the last commit has a two-line subject and a body.
  private func makeHistory() throws -> RepositoryBuilder {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url.appending(path: "repo"))
    for index in 1...4 {
      try builder.write("file\(index).txt", "\(index)\n")
      try builder.commit("Commit \(index)")
      if index == 3 {
        try builder.tag("v1.0", message: "Release 1.0")
      }
      if index == 4 {
        try builder.tag("light")
      }
    }
    try builder.write("file5.txt", "5\n")
    try builder.commit("Fifth commit,\nsubject wrapped\n\nThe body.")
    return builder
  }

  @Test(
    "A spec names the commit git rev-parse names",
    arguments: [
      "HEAD", "HEAD~3", "HEAD^", "HEAD^^", "main", "main~1", "refs/heads/main", "v1.0", "light",
      "refs/tags/v1.0", "v1.0^{}", "v1.0~1", "HEAD^{commit}", "main@{1}",
    ])
  func specs(spec: String) throws {
    let builder = try makeHistory()
    let repository = try Repository(discoveringFrom: builder.path)
    #expect(try repository.commit(spec).id == builder.objectID(spec + "^{commit}"))
  }

  @Test("Tags are peeled to the commit they point at")
  func tagsPeeled() throws {
    let builder = try makeHistory()
    let repository = try Repository(discoveringFrom: builder.path)
    let tagObject = try builder.objectID("v1.0")
    let tagged = try builder.objectID("HEAD~2")
    #expect(tagObject != tagged)
    #expect(try repository.commit("v1.0").id == tagged)
    #expect(try repository.commit("light").id == builder.objectID("HEAD~1"))
  }

  @Test("A short id names its commit", arguments: [4, 7, 12, 40])
  func shortID(length: Int) throws {
    let builder = try makeHistory()
    let repository = try Repository(discoveringFrom: builder.path)
    let full = try builder.objectID("HEAD~2")
    let short = full.abbreviated(length)
    #expect(try builder.objectID(short) == full)
    #expect(try repository.commit(short).id == full)
  }

  @Test("A short id shared by two objects is ambiguous")
  func ambiguousShortID() throws {
    let builder = try makeHistory()
    // These two blobs' ids both start with c67420a.
    for text in ["ambiguous 4523\n", "ambiguous 14795\n"] {
      try builder.write("blob.txt", text)
      _ = try builder.gitOutput(["hash-object", "-w", "blob.txt"])
    }
    let oracle = try builder.gitResult(["rev-parse", "--verify", "c67420a"])
    #expect(oracle.status != 0)
    #expect(oracle.stderr.contains("ambiguous"))

    let repository = try Repository(discoveringFrom: builder.path)
    let error = #expect(throws: GitError.self) { try repository.commit("c67420a") }
    #expect(error?.code == .ambiguous)
  }

  @Test("A commit carries its tree, parents and summary as git prints them")
  func commitFields() throws {
    let builder = try makeHistory()
    try builder.branch("topic", at: "HEAD~1")
    try builder.checkout("topic")
    try builder.write("topic.txt", "topic\n")
    try builder.commit("Topic")
    try builder.checkout("main")
    try builder.merge("topic")
    let repository = try Repository(discoveringFrom: builder.path)

    for spec in ["HEAD", "HEAD^1", "HEAD^2", "HEAD~4", "HEAD~5"] {
      let commit = try repository.commit(spec)
      let parents = try builder.gitOutput(["log", "-1", "--format=%P", spec]).trimmingNewline()
      #expect(commit.id == (try builder.objectID(spec)))
      #expect(commit.tree == (try builder.objectID(spec + "^{tree}")))
      #expect(commit.parents.map(\.description).joined(separator: " ") == parents)
      #expect(
        commit.summary
          == (try builder.gitOutput(["log", "-1", "--format=%s", spec]).trimmingNewline()))
      #expect(try repository.commit(id: commit.id) == commit)
    }
    #expect(try repository.commit("HEAD").parents.count == 2)
    #expect(try repository.commit("HEAD~5").parents.isEmpty)
    #expect(try repository.commit("HEAD^1").summary == "Fifth commit, subject wrapped")
  }

  @Test("origin/main and main@{upstream} name the remote-tracking commit")
  func remoteTracking() throws {
    let builder = try makeHistory()
    let origin = try ScratchDirectory.url.appending(path: "origin.git").path(percentEncoded: false)
    _ = try builder.gitOutput(["clone", "--quiet", "--bare", builder.path, origin])
    _ = try builder.gitOutput(["remote", "add", "origin", origin])
    _ = try builder.gitOutput(["fetch", "--quiet", "origin"])
    _ = try builder.gitOutput(["branch", "--quiet", "--set-upstream-to=origin/main", "main"])
    try builder.write("local.txt", "not pushed\n")
    try builder.commit("Local work")
    let repository = try Repository(discoveringFrom: builder.path)

    let tracking = try builder.objectID("origin/main")
    #expect(tracking != (try builder.objectID("HEAD")))
    #expect(try builder.objectID("main@{upstream}") == tracking)
    #expect(try repository.commit("origin/main").id == tracking)
    #expect(try repository.commit("main@{upstream}").id == tracking)
    #expect(try repository.commit("@{u}").id == tracking)
    #expect(try repository.commit("refs/remotes/origin/main").id == tracking)
  }

  @Test(
    "An unknown name is not found, and the message names it",
    arguments: [
      "no-such-branch", "origin/main", "v9.9", "HEAD~9", "0123456789abcdef0123456789abcdef01234567",
      "main@{upstream}",
    ])
  func unknownName(spec: String) throws {
    let builder = try makeHistory()
    #expect(
      try builder.gitResult(["rev-parse", "--verify", "--quiet", spec + "^{commit}"]).status != 0)
    let repository = try Repository(discoveringFrom: builder.path)

    let error = #expect(throws: GitError.self) { try repository.commit(spec) }
    #expect(error?.code == .notFound)
    let message = try #require(error?.message)
    #expect(message.hasPrefix("unknown revision '\(spec)': "))
    // Only a plain name is said to match nothing; for the others libgit2 says what is missing.
    let isPlainName = !spec.contains("~") && !spec.contains("@{")
    #expect(
      message.hasSuffix("no branch, tag or commit has that name") == isPlainName, "\(message)")
  }

  @Test("A spec that names a tree or a blob is not a commit")
  func notACommit() throws {
    let builder = try makeHistory()
    let repository = try Repository(discoveringFrom: builder.path)
    for spec in ["HEAD^{tree}", "HEAD:file1.txt"] {
      #expect(
        try builder.gitResult(["rev-parse", "--verify", "--quiet", spec + "^{commit}"]).status != 0)
      let error = #expect(throws: GitError.self) { try repository.commit(spec) }
      #expect(error?.code == .invalid)
    }
  }

  @Test("A commit id that is not in the repository is not found")
  func unknownID() throws {
    let builder = try makeHistory()
    let repository = try Repository(discoveringFrom: builder.path)
    let missing = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
    #expect(try builder.gitResult(["cat-file", "-e", missing.description]).status != 0)

    let error = #expect(throws: GitError.self) { try repository.commit(id: missing) }
    #expect(error?.code == .notFound)
    #expect(error?.message == "commit \(missing) is not in this clone")
  }

  @Test("An empty repository has an unborn branch", arguments: ["HEAD", "HEAD~1", "HEAD^{commit}"])
  func emptyRepository(spec: String) throws {
    let builder = try RepositoryBuilder(at: ScratchDirectory.url)
    #expect(try builder.gitResult(["rev-parse", "--verify", "--quiet", spec]).status != 0)
    let repository = try Repository(discoveringFrom: builder.path)
    #expect(repository.isEmpty)

    let error = #expect(throws: GitError.self) { try repository.commit(spec) }
    #expect(error?.code == .unbornBranch)
    #expect(error?.message.contains("no commits yet") == true)
  }

  @Test("A detached HEAD names the checked-out commit")
  func detachedHead() throws {
    let builder = try makeHistory()
    let target = try builder.objectID("HEAD~2")
    try builder.checkout(target.description)
    #expect(try builder.gitResult(["symbolic-ref", "--quiet", "HEAD"]).status != 0)
    let repository = try Repository(discoveringFrom: builder.path)

    #expect(!repository.isEmpty)
    #expect(try repository.commit("HEAD").id == target)
    #expect(try repository.commit("HEAD~1").id == builder.objectID("HEAD~1"))
    #expect(try repository.commit("main").id == builder.objectID("main"))
  }
}
