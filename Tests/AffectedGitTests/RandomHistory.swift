import AffectedTestSupport
import Foundation

/// A deterministic random number generator (SplitMix64): the same seed gives the same numbers.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// A long, branching history generated from a seed.
///
/// Its commits add, delete, modify, move and change the mode of files (including symbolic links and
/// files that become folders), on several branches, with merges and a second root. It is written to
/// a repository with one `git fast-import`.
struct RandomHistory {
  /// A file in a generated tree.
  struct File: Hashable {
    /// The octal mode git records: `100644`, `100755` or `120000`.
    var mode: String
    var content: String
  }

  /// A generated commit; its fast-import mark is its index plus one.
  struct Commit {
    var branch: String
    var parents: [Int]
    var files: [String: File]
  }

  private(set) var commits: [Commit] = []
  /// The index of each branch's tip.
  private(set) var tips: [String: Int] = [:]
  /// For each commit, the indexes of all its ancestors and itself.
  private(set) var reachable: [Set<Int>] = []
  private var random: SeededGenerator

  /// Folders and file names that paths are made of.
  ///
  /// `app/x` and `app/x/…` let a file become a folder; spaces and non-ASCII characters test path
  /// handling.
  private static let folders = [
    "", "app/", "app/x/", "lib/", "dir with space/", "\u{FC}ml\u{E4}ut/",
  ]
  private static let names = ["a.txt", "b.py", "x", "Dockerfile", "m\u{FC}nchen.md", "c"]

  /// Generates `count` commits from `seed`; a third of the way through, a second root starts the
  /// branch `orphan`.
  init(seed: UInt64, count: Int) {
    random = SeededGenerator(seed: seed)
    while commits.count < count {
      let roll = Int.random(in: 0..<100, using: &random)
      if commits.count == count / 3 {
        addCommit(Commit(branch: "orphan", parents: [], files: randomEdits(of: [:])))
      } else if roll < 10, !commits.isEmpty, tips.count < 6 {
        let start = Int.random(in: commits.indices, using: &random)
        let files = randomEdits(of: commits[start].files)
        addCommit(Commit(branch: "branch\(tips.count)", parents: [start], files: files))
      } else if roll < 30, let merge = randomMerge() {
        addCommit(merge)
      } else {
        let branch = tips.keys.sorted().randomElement(using: &random) ?? "main"
        let parents = tips[branch].map { [$0] } ?? []
        let files = parents.first.map { commits[$0].files } ?? [:]
        addCommit(Commit(branch: branch, parents: parents, files: randomEdits(of: files)))
      }
    }
  }

  /// The index of every merge commit.
  var merges: [Int] { commits.indices.filter { commits[$0].parents.count > 1 } }

  /// A merge of one random branch into another, each path taken from a random side; `nil` when the
  /// two are the same branch or the first already contains the second.
  private mutating func randomMerge() -> Commit? {
    let branches = tips.keys.sorted()
    guard let into = branches.randomElement(using: &random),
      let from = branches.randomElement(using: &random), into != from,
      let ours = tips[into], let theirs = tips[from], !reachable[ours].contains(theirs)
    else { return nil }
    var merged = commits[ours].files
    for path in Set(commits[ours].files.keys).union(commits[theirs].files.keys).sorted()
    where Bool.random(using: &random) {
      merged[path] = commits[theirs].files[path]
    }
    return Commit(branch: into, parents: [ours, theirs], files: Self.withoutFolderClashes(merged))
  }

  private mutating func addCommit(_ commit: Commit) {
    reachable.append(commit.parents.reduce(into: [commits.count]) { $0.formUnion(reachable[$1]) })
    tips[commit.branch] = commits.count
    commits.append(commit)
  }

  /// `files` after one to four random edits.
  private mutating func randomEdits(of files: [String: File]) -> [String: File] {
    var files = files
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let existing = files.keys.sorted()
      let roll = Int.random(in: 0..<100, using: &random)
      if existing.isEmpty || roll < 30 {
        files[randomPath()] = randomFile()
      } else if let path = existing.randomElement(using: &random) {
        let file = files[path]
        switch roll {
        case ..<45: files[path] = nil
        case ..<75: files[path]?.content = randomContent()
        case ..<88: files[path]?.mode = randomMode()
        default:
          files[path] = nil
          files[randomPath()] = file
        }
      }
      files = Self.withoutFolderClashes(files)
    }
    return files
  }

  private mutating func randomPath() -> String {
    (Self.folders.randomElement(using: &random) ?? "")
      + (Self.names.randomElement(using: &random) ?? "f")
  }

  private mutating func randomFile() -> File {
    File(mode: randomMode(), content: randomContent())
  }

  private mutating func randomMode() -> String {
    ["100644", "100644", "100644", "100755", "120000"].randomElement(using: &random) ?? "100644"
  }

  private mutating func randomContent() -> String {
    "content \(Int.random(in: 0..<1000, using: &random))\n"
  }

  /// Drops the files that sit where another file is a folder: `app/x` wins over `app/x/a.txt`.
  private static func withoutFolderClashes(_ files: [String: File]) -> [String: File] {
    var kept: [String: File] = [:]
    for path in files.keys.sortedByBytes() {
      let folders = path.split(separator: "/").dropLast().indices.map { index in
        path.split(separator: "/")[...index].joined(separator: "/")
      }
      if !folders.contains(where: { kept[$0] != nil }) {
        kept[path] = files[path]
      }
    }
    return kept
  }

  // MARK: - Writing

  /// The `git fast-import` stream that records every commit and points each branch at its tip.
  var fastImportStream: String {
    var stream = ""
    for (index, commit) in commits.enumerated() {
      let message = "Commit \(index + 1) on \(commit.branch)\n"
      stream += "commit refs/heads/\(commit.branch)\nmark :\(index + 1)\n"
      stream +=
        "committer Affected Tests <tests@affected.invalid> \(1_735_689_600 + 60 * index) +0000\n"
      stream += "data \(message.utf8.count)\n\(message)"
      if let first = commit.parents.first {
        stream += "from :\(first + 1)\n"
      }
      for other in commit.parents.dropFirst() {
        stream += "merge :\(other + 1)\n"
      }
      let old = commit.parents.first.map { commits[$0].files } ?? [:]
      for path in old.keys.sortedByBytes() where commit.files[path] == nil {
        stream += "D \(path)\n"
      }
      for path in commit.files.keys.sortedByBytes() where commit.files[path] != old[path] {
        if let file = commit.files[path] {
          stream +=
            "M \(file.mode) inline \(path)\ndata \(file.content.utf8.count)\n\(file.content)\n"
        }
      }
      stream += "\n"
    }
    return stream
  }

  /// Writes the history into `builder`'s repository and returns each commit's id, by index.
  func write(to builder: RepositoryBuilder) throws -> [String] {
    let folder = builder.url.appending(path: ".git/home")
    let streamFile = folder.appending(path: "history.fast-import")
    let marksFile = folder.appending(path: "history.marks")
    try Data(fastImportStream.utf8).write(to: streamFile)
    let result = try runProcess(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", "git fast-import --quiet --export-marks=\"$1\" < \"$2\"", "sh",
        marksFile.path(percentEncoded: false), streamFile.path(percentEncoded: false),
      ],
      in: builder.url, environment: builder.environment)
    guard result.status == 0 else {
      throw TestSupportError.commandFailed(
        command: "git fast-import", status: result.status, stderr: result.stderr)
    }
    var ids = Array(repeating: "", count: commits.count)
    for line in try String(contentsOf: marksFile, encoding: .utf8).split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let mark = Int(parts[0].dropFirst()), ids.indices.contains(mark - 1) {
        ids[mark - 1] = String(parts[1])
      }
    }
    return ids
  }
}
