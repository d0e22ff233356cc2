import AffectedGit
import AffectedTestSupport
import Foundation
import Testing

/// Answers from the git command line: the oracle the tests compare `AffectedGit` with.
extension RepositoryBuilder {
  /// Runs git with the builder's isolated environment in `directory` (default: the working tree) and
  /// returns the whole result, for commands whose exit status is part of the answer.
  func gitResult(_ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
    try runProcess(
      URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory ?? url,
      environment: environment)
  }

  /// Runs git like `gitResult(_:in:)` and returns its standard output, untrimmed; fails the test when
  /// git fails.
  func gitOutput(_ arguments: [String], in directory: URL? = nil) throws -> String {
    let result = try gitResult(arguments, in: directory)
    try #require(result.status == 0, "git \(arguments) failed: \(result.stderr)")
    return result.stdout
  }

  /// The object `revision` names, according to `git rev-parse --verify`.
  func objectID(_ revision: String, in directory: URL? = nil) throws -> ObjectID {
    let text = try gitOutput(
      ["rev-parse", "--verify", "--end-of-options", revision], in: directory)
    return try #require(ObjectID(hex: text.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  /// The NUL-separated fields git prints with `-z`, without the empty field after the last NUL.
  func gitFields(_ arguments: [String], in directory: URL? = nil) throws -> [String] {
    try Self.fields(of: gitOutput(arguments, in: directory))
  }

  /// The changes `git diff --raw --no-renames` prints for `arguments` (two revisions), as values to
  /// compare with `Repository.changes(from:to:)`.
  func rawChanges(_ arguments: [String]) throws -> [Change] {
    let fields = try gitFields(["diff", "--raw", "-z", "--no-renames", "--no-abbrev"] + arguments)
    try #require(fields.count.isMultiple(of: 2), "odd --raw output: \(fields)")
    return try stride(from: 0, to: fields.count, by: 2).map { index in
      try Self.change(raw: fields[index], path: fields[index + 1])
    }
  }

  /// The paths `git diff --name-only --no-renames` prints for `arguments`, in git's order.
  func changedPaths(_ arguments: [String]) throws -> [String] {
    try gitFields(["diff", "--name-only", "-z", "--no-renames"] + arguments)
  }

  /// Splits `-z` output into its fields.
  static func fields(of output: String) -> [String] {
    var fields = output.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
    if fields.last == "" {
      fields.removeLast()
    }
    return fields
  }

  /// Reads one `--raw` entry, `:100644 100755 <old id> <new id> M`, for `path`.
  private static func change(raw: String, path: String) throws -> Change {
    let parts = raw.dropFirst().split(separator: " ").map(String.init)
    try #require(parts.count == 5 && raw.hasPrefix(":"), "unexpected --raw entry '\(raw)'")
    let oldMode = try #require(UInt32(parts[0], radix: 8).map(FileMode.init(rawValue:)))
    let newMode = try #require(UInt32(parts[1], radix: 8).map(FileMode.init(rawValue:)))
    let oldID = try #require(ObjectID(hex: parts[2]))
    let newID = try #require(ObjectID(hex: parts[3]))
    let statuses: [String: Change.Status] = [
      "A": .added, "D": .deleted, "M": .modified, "T": .typechange,
    ]
    let status = try #require(statuses[parts[4]], "unexpected status in '\(raw)'")
    let added = status == .added
    let deleted = status == .deleted
    return Change(
      status: status, path: path, oldPath: added ? nil : path, oldID: added ? nil : oldID,
      newID: deleted ? nil : newID, oldMode: added ? nil : oldMode, newMode: deleted ? nil : newMode
    )
  }
}

extension Sequence<String> {
  /// The strings ordered by their UTF-8 bytes, the order git sorts paths in.
  func sortedByBytes() -> [String] {
    sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}

extension String {
  /// The string without one trailing line break.
  func trimmingNewline() -> String {
    hasSuffix("\n") ? String(dropLast()) : self
  }

  /// The string without `suffix` at its end, if it has it.
  func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
