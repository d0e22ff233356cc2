/// A read-only view of the files of a tree or of the working tree, so analysis needs no checkout.
///
/// The tree is usually a commit's. Paths are repository-relative and separated by `/`; the empty
/// string is the root, and empty components (a trailing `/`) are skipped. Listings come depth first
/// in the byte order of their paths, as `git ls-tree -r` prints them.
///
/// It is a class, not a struct, because it keeps its ``Repository`` alive and records what it could
/// not answer (``problems``). Every tree it lists is read from git once and kept by the repository,
/// shared with the handles opened from its ``Repository/location`` (a tree's listing depends on its
/// id alone), so a planner asking about thousands of images, at both sides of a comparison and on
/// two threads, reads each tree once. Like its repository, it is not `Sendable`.
///
/// Make one with ``Repository/snapshot(of:)``, ``Repository/snapshot(ofTree:)`` or
/// ``Repository/workingTreeSnapshot()``.
public final class Snapshot: CustomStringConvertible {
  /// What the snapshot knows about one path.
  public struct Entry: Hashable, Sendable {
    /// The mode: file, executable, symbolic link, submodule, or folder (``FileMode/tree``).
    public var mode: FileMode
    /// The blob id of a file or symbolic link, the commit of a submodule, the tree of a folder.
    ///
    /// In the working tree, a file that differs from the index has the id `git add` would give
    /// it, computed the first time its entry is asked for; it is ``ObjectID/zero`` if the file
    /// could not be read (see ``Snapshot/problems``). Working-tree folders have ``ObjectID/zero``.
    public var id: ObjectID

    /// Creates an entry.
    public init(mode: FileMode, id: ObjectID) {
      self.mode = mode
      self.id = id
    }
  }

  /// What ``Snapshot/walk(under:_:)`` does after visiting an entry.
  public enum WalkStep: Hashable, Sendable {
    /// Go on, into the entry if it is a folder.
    case proceed
    /// Go on, but not into the entry (a folder) just visited.
    case skipFolder
    /// Visit nothing more.
    case stop
  }

  /// The repository the snapshot reads from.
  public let repository: Repository
  /// The root tree's id, or `nil` for the working tree.
  public let tree: ObjectID?
  /// What the snapshot shows, such as `commit 1a2b3c4` or `the working tree`, for messages.
  public let description: String
  /// Failures met by the queries that do not throw; empty while every answer was complete.
  ///
  /// ``entry(at:)``, ``exists(_:)`` and ``files(under:)`` record here a folder whose tree is
  /// missing from the clone, or a changed working-tree file that could not be hashed.
  public private(set) var problems: [GitError] = []

  /// The root folder, as an entry.
  let root: Child
  /// The ids computed for working-tree entries that differ from the index, by path.
  var computedIDs: [String: ObjectID] = [:]
  /// What ``locate(_:)`` found at each path it was asked about (`nil`: nothing there), by the
  /// path's bytes.
  var located: [PathBytes: Child?] = [:]

  /// Makes the snapshot of `tree`, or of the working tree whose listing is `root`.
  init(repository: Repository, root: Folder?, tree: ObjectID?, description: String) {
    self.repository = repository
    self.root = Child(
      name: "", mode: .tree, id: tree ?? .zero, origin: .objectDatabase, folder: root)
    self.tree = tree
    self.description = description
  }

  // MARK: - Queries

  /// The entry at `path` (a file, link, submodule or folder), or `nil` when nothing is there.
  public func entry(at path: String) -> Entry? {
    do {
      guard let child = try locate(path) else { return nil }
      return entry(for: child, at: path)
    } catch {
      problems.append(error)
      return nil
    }
  }

  /// Whether anything (file, link, submodule or folder) is at `path`.
  public func exists(_ path: String) -> Bool {
    do {
      return try locate(path) != nil
    } catch {
      problems.append(error)
      return false
    }
  }

  /// The bytes of the file at `path`; for a symbolic link, its target text.
  ///
  /// A link is not followed. Working-tree files are read from disk.
  /// - Throws: ``GitError`` when nothing is at `path`, when it is a folder or a submodule, or when
  ///   the content cannot be read, such as a blob that a partial clone never fetched.
  public func contents(of path: String) throws(GitError) -> [UInt8] {
    let path = Self.normalized(path)
    guard let child = try locate(path) else {
      throw GitError(
        code: .notFound, message: "there is no file '\(path)' in \(description)",
        operation: "Snapshot.contents(of:)")
    }
    switch child.mode {
    case .tree:
      throw GitError(
        code: .invalid, message: "'\(path)' is a folder in \(description), not a file",
        operation: "Snapshot.contents(of:)")
    case .submodule:
      throw GitError(
        code: .invalid,
        message: "'\(path)' is a submodule (commit \(child.id.abbreviated())) in \(description), "
          + "not a file; its files belong to another repository",
        operation: "Snapshot.contents(of:)")
    default:
      return try contents(of: child, at: path)
    }
  }

  /// The paths of every file, symbolic link and submodule below `folder`, in byte order.
  ///
  /// The listing is recursive, and empty when `folder` is not a folder.
  public func files(under folder: String) -> [String] {
    files(under: folder, entering: { _ in true }) { path, child in
      // Only a changed working-tree file computes anything here: its id, or a problem.
      _ = entry(for: child, at: path)
      return path
    }
  }

  /// The paths of the files, symbolic links and submodules below `folder` whose name (the last
  /// element of the path) `accepts`, in byte order.
  ///
  /// Like ``files(under:)``, but only the accepted paths are built, so looking for a few names
  /// among many files costs a name check per file. A tree that cannot be read ends the listing
  /// early and is recorded in ``problems``.
  public func files(under folder: String, named accepts: (String) -> Bool) -> [String] {
    var paths: [String] = []
    do {
      if let start = try locate(folder), start.mode == .tree {
        let folder = Self.normalized(folder)
        var prefix = Array(folder.utf8)
        if !prefix.isEmpty {
          prefix.append(UInt8(ascii: "/"))
        }
        try collect(in: start, prefix: &prefix, named: accepts, into: &paths)
      }
    } catch {
      problems.append(error)
    }
    return paths
  }

  /// Every file, symbolic link and submodule below `folder` with its entry, in byte order,
  /// leaving out the folders below it that `enters` (given their path) refuses.
  ///
  /// The listing is empty when `folder` is not a folder; a tree that cannot be read ends it early
  /// and is recorded in ``problems``.
  public func fileEntries(
    under folder: String, entering enters: (String) -> Bool = { _ in true }
  ) -> [(path: String, entry: Entry)] {
    fileEntries(under: folder, entering: enters) { ($0, $1) }
  }

  /// What `listed` makes of every file, symbolic link and submodule below `folder` and its entry,
  /// in byte order, leaving out the folders below it that `enters` (given their path) refuses:
  /// ``fileEntries(under:entering:)`` without a second array.
  public func fileEntries<Listed>(
    under folder: String, entering enters: (String) -> Bool = { _ in true },
    _ listed: (_ path: String, _ entry: Entry) -> Listed
  ) -> [Listed] {
    files(under: folder, entering: enters) { path, child in
      listed(path, entry(for: child, at: path))
    }
  }

  /// `listed` of every file, symbolic link and submodule below `folder`, in byte order, outside
  /// the folders that `enters` refuses; a tree that cannot be read ends the walk early and is
  /// recorded in ``problems``.
  private func files<Listed>(
    under folder: String, entering enters: (String) -> Bool,
    _ listed: (_ path: String, _ child: Child) -> Listed
  ) -> [Listed] {
    var files: [Listed] = []
    do {
      try traverse(under: folder) { path, child in
        if child.mode != .tree {
          files.append(listed(path, child))
        } else if !enters(path) {
          return .skipFolder
        }
        return .proceed
      }
    } catch {
      problems.append(error)
    }
    return files
  }

  /// Calls `visit` with every entry below `folder`, folders included, depth first in byte order.
  ///
  /// Only the folders the walk enters are read. Return ``WalkStep/skipFolder`` to leave out what is
  /// inside a folder, such as one whose tree id did not change, and ``WalkStep/stop`` to end.
  /// Nothing is visited when `folder` is not a folder.
  /// - Throws: ``GitError`` when a folder's tree is missing from the clone.
  public func walk(
    under folder: String, _ visit: (_ path: String, _ entry: Entry) -> WalkStep
  ) throws(GitError) {
    try traverse(under: folder) { path, child in
      visit(path, entry(for: child, at: path))
    }
  }

  /// Appends to `paths` those of the files below `folder` whose name `accepts`.
  ///
  /// `prefix` holds the folder's path and a `/` (nothing for the root), the bytes of each path
  /// below it: a path is built for an accepted name only, not for every folder walked through.
  private func collect(
    in folder: Child, prefix: inout [UInt8], named accepts: (String) -> Bool,
    into paths: inout [String]
  ) throws(GitError) {
    let children = try children(of: folder)
    // Indices, not a loop over copies: each copy would retain the entry's name.
    for index in children.indices {
      if children[index].mode != .tree {
        if accepts(children[index].name) {
          paths.append(Self.path(children[index].name, after: prefix))
        }
      } else {
        let length = prefix.count
        prefix.append(contentsOf: children[index].name.utf8)
        prefix.append(UInt8(ascii: "/"))
        try collect(in: children[index], prefix: &prefix, named: accepts, into: &paths)
        prefix.removeLast(prefix.count - length)
      }
    }
  }

  // MARK: - Entries

  /// The public entry for `child`, computing the id of a changed working-tree entry the first time.
  private func entry(for child: Child, at path: String) -> Entry {
    guard child.origin == .changedOnDisk else {
      return Entry(mode: child.mode, id: child.id)
    }
    let path = Self.normalized(path)
    if let known = computedIDs[path] {
      return Entry(mode: child.mode, id: known)
    }
    var id = ObjectID.zero
    do {
      id = try repository.workingTreeID(at: path, mode: child.mode)
    } catch {
      problems.append(error)
    }
    computedIDs[path] = id
    return Entry(mode: child.mode, id: id)
  }
}
