import AffectedGit
import AffectedTestSupport
import Testing

/// One entry as the git command line lists it: the oracle for snapshot tests.
struct GitListing: Equatable, CustomStringConvertible {
  var path: String
  var mode: FileMode
  var id: ObjectID

  var description: String { "\(mode) \(id.abbreviated()) \(path)" }

  /// The entries of `revision`, as `git ls-tree -r` lists them; with folders if `folders` is set.
  static func tree(
    _ revision: String, in repository: RepositoryBuilder, folders: Bool = false
  ) throws -> [GitListing] {
    let output =
      folders
      ? try repository.git("ls-tree", "-r", "-t", "-z", "--full-tree", revision)
      : try repository.git("ls-tree", "-r", "-z", "--full-tree", revision)
    return try parse(output, idField: 2)
  }

  /// The entries of the index, as `git ls-files --stage` lists them.
  static func index(of repository: RepositoryBuilder) throws -> [GitListing] {
    try parse(repository.git("ls-files", "--stage", "-z"), idField: 1)
  }

  /// Parses NUL-separated records of `<mode> … <id> …\t<path>`, the id being field `idField`.
  private static func parse(_ output: String, idField: Int) throws -> [GitListing] {
    try output.split(separator: "\0").map { record in
      let tab = try #require(record.firstIndex(of: "\t"))
      let fields = record[..<tab].split(separator: " ")
      return GitListing(
        path: String(record[record.index(after: tab)...]),
        mode: FileMode(rawValue: try #require(UInt32(fields[0], radix: 8))),
        id: try #require(ObjectID(hex: String(fields[idField]))))
    }
  }
}
