import CLibGit2
import Foundation

extension Repository {
  /// The folder that every worktree of the repository shares, ending with `/`.
  ///
  /// It holds the objects, the refs and the `shallow` file. Wraps `git_repository_commondir`.
  var commonDirectory: String {
    String(cString: git_repository_commondir(pointer))
  }

  /// Takes over what a scratch repository fetched: moves its packs into this object database, then
  /// rewrites this clone's `shallow` file.
  ///
  /// The new boundary is every commit, of this clone's old boundary and the scratch repository's,
  /// that still lacks a parent: an old boundary commit whose parents arrived is no longer one, and
  /// a fetched boundary commit whose parents were already here is not one either. When no commit
  /// lacks a parent, the file is removed and the clone is complete.
  func adoptFetch(from scratchPath: String) throws(GitError) {
    let files = FileManager.default
    let packs = scratchPath + "/objects/pack/"
    // An index makes its pack visible to readers, so each pack goes first.
    let names = ((try? files.contentsOfDirectory(atPath: packs)) ?? [])
      .filter { $0.hasPrefix("pack-") }
      .sorted { ($0.hasSuffix(".pack") ? 0 : 1, $0) < ($1.hasSuffix(".pack") ? 0 : 1, $1) }
    for name in names where !files.fileExists(atPath: commonDirectory + "objects/pack/" + name) {
      do {
        try files.moveItem(atPath: packs + name, toPath: commonDirectory + "objects/pack/" + name)
      } catch {
        throw GitError(
          code: .other(-1), message: "cannot move the fetched \(name) into place: \(error)",
          operation: "adopting fetched history")
      }
    }

    var odb: OpaquePointer?
    try LibGit2.check(git_repository_odb(&odb, pointer), "git_repository_odb")
    defer { git_odb_free(odb) }
    try LibGit2.check(git_odb_refresh(odb), "git_odb_refresh")
    let shallowPath = commonDirectory + "shallow"
    let roots = Set(
      Self.shallowRoots(at: shallowPath) + Self.shallowRoots(at: scratchPath + "/shallow"))
    let boundary = roots.filter { Self.lacksParent($0, in: odb) }.sorted()
    do {
      if boundary.isEmpty {
        if files.fileExists(atPath: shallowPath) {
          try files.removeItem(atPath: shallowPath)
        }
      } else {
        let text = boundary.map { "\($0)\n" }.joined()
        try Data(text.utf8).write(to: URL(fileURLWithPath: shallowPath), options: .atomic)
      }
    } catch {
      throw GitError(
        code: .other(-1), message: "cannot update \(shallowPath): \(error)",
        operation: "adopting fetched history")
    }
  }

  /// Deletes the scratch repository of an earlier or the current fetch, if there is one.
  func removeScratch(at path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The commit ids listed in a `shallow` file; none when it does not exist.
  private static func shallowRoots(at path: String) -> [ObjectID] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { ObjectID(hex: String($0)) }
  }

  /// Whether commit `id` names a parent that is not in `odb`.
  ///
  /// The parents are read from the raw commit, since libgit2 hides those of a shallow boundary
  /// commit. A commit that is itself missing lacks nothing.
  private static func lacksParent(_ id: ObjectID, in odb: OpaquePointer?) -> Bool {
    var oid = id.raw
    var object: OpaquePointer?
    guard git_odb_read(&object, odb, &oid) == 0, let object else { return false }
    defer { git_odb_object_free(object) }
    let bytes = UnsafeRawBufferPointer(
      start: git_odb_object_data(object), count: git_odb_object_size(object))
    let header = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .prefix { !$0.isEmpty }
    let parents = header.compactMap { line -> ObjectID? in
      guard line.starts(with: "parent ".utf8) else { return nil }
      return ObjectID(hex: String(decoding: line.dropFirst("parent ".utf8.count), as: UTF8.self))
    }
    return parents.contains { parent in
      var raw = parent.raw
      return git_odb_exists(odb, &raw) != 1
    }
  }
}
