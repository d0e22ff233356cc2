#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Snapshot {
  /// Where the content of an entry is read from.
  enum Origin: Hashable {
    /// The object database holds it under the entry's id: tree entries, and the index entries that
    /// a sparse checkout left out of the working tree.
    case objectDatabase
    /// A working-tree file whose id is known, because it matches the index.
    case workingTree
    /// A working-tree file that differs from the index; its id is computed when first asked for.
    case changedOnDisk
  }

  /// A folder of the working tree, whose listing the snapshot built from the index and the disk.
  ///
  /// A folder of a tree is listed from the repository's shared listings instead.
  final class Folder {
    /// The folder's entries in git's tree order.
    var children: [Child] = []
  }

  /// One entry of a folder listing, as the snapshot keeps it.
  struct Child {
    /// The entry's name in its folder.
    var name: String
    /// The entry's mode.
    var mode: FileMode
    /// The entry's object id; ``ObjectID/zero`` for working-tree folders and changed files.
    var id: ObjectID
    /// Where its content is read from.
    var origin: Origin
    /// The listing built for a working-tree folder; `nil` for every other entry, a tree's
    /// folders included, which are listed by their id.
    var folder: Folder?
  }

  /// A path as a dictionary key, told apart from others by its bytes (and hashed as a string,
  /// which paths of the same bytes always agree with).
  ///
  /// Strings compare by characters: `café` written with `é` and with `e` and an accent are equal
  /// strings, but different names in a tree, and each has its own entry.
  struct PathBytes: Hashable {
    /// The path.
    var path: String

    /// Wraps `path`.
    init(_ path: String) {
      self.path = path
    }

    /// Whether the paths have the same bytes: equal strings (a quick comparison, which the
    /// string's hash agrees with) whose bytes are the same.
    static func == (lhs: Self, rhs: Self) -> Bool {
      guard lhs.path == rhs.path else { return false }
      var left = lhs.path
      var right = rhs.path
      return left.withUTF8 { left in
        right.withUTF8 { right in
          guard left.count == right.count else { return false }
          // Only an empty buffer has no address.
          guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else {
            return true
          }
          return memcmp(leftStart, rightStart, left.count) == 0
        }
      }
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(path)
    }
  }

  /// The entry at `path`, or `nil` when nothing is there; empty path components are skipped.
  ///
  /// Answers are kept by path, folders included: analysis asks about the same folders and their
  /// siblings again and again (following links through each folder of each path read), so a path
  /// is found in its parent folder's kept entry, with one listing searched.
  func locate(_ path: String) throws(GitError) -> Child? {
    if let known = located[PathBytes(path)] {
      return known
    }
    let found = try search(path)
    located[PathBytes(path)] = found
    return found
  }

  /// The entry at `path`, found in the entry of the folder holding it.
  private func search(_ path: String) throws(GitError) -> Child? {
    let bytes = path.utf8
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else {
      return path.isEmpty ? root : Self.child(named: path[...], in: try children(of: root))
    }
    let folderPath = String(path[..<slash])
    let name = path[bytes.index(after: slash)...]
    guard !name.isEmpty else {
      // A trailing (or doubled) `/` names the folder before it.
      return try locate(folderPath)
    }
    guard let folder = try locate(folderPath), folder.mode == .tree else {
      return nil
    }
    return Self.child(named: name, in: try children(of: folder))
  }

  /// Calls `visit` for every entry below the folder at `path`, depth first in byte order.
  func traverse(
    under path: String, _ visit: (_ path: String, _ child: Child) throws(GitError) -> WalkStep
  ) throws(GitError) {
    guard let folder = try locate(path), folder.mode == .tree else { return }
    _ = try descend(into: folder, at: Self.normalized(path), visit)
  }

  /// `path` without empty components: no leading, trailing or doubled `/`.
  static func normalized(_ path: String) -> String {
    guard !isNormal(path) else { return path }
    let components = path.utf8.split(
      separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    return components.filter { !$0.isEmpty }.map { String(Substring($0)) }.joined(separator: "/")
  }

  /// Whether `path` has no empty components: no leading, trailing or doubled `/`.
  private static func isNormal(_ path: String) -> Bool {
    // A leading `/` follows an empty component, as a doubled one does.
    var previous = UInt8(ascii: "/")
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "/") {
        return false
      }
      previous = byte
    }
    return previous != UInt8(ascii: "/") || path.isEmpty
  }

  /// Visits the children of `folder`, at `path`, and what is below them; `false` once told to stop.
  private func descend(
    into folder: Child, at path: String,
    _ visit: (_ path: String, _ child: Child) throws(GitError) -> WalkStep
  ) throws(GitError) -> Bool {
    for child in try children(of: folder) {
      let childPath = Self.path(child.name, in: path)
      switch try visit(childPath, child) {
      case .stop:
        return false
      case .skipFolder:
        continue
      case .proceed:
        if child.mode == .tree, try !descend(into: child, at: childPath, visit) {
          return false
        }
      }
    }
    return true
  }

  /// The path of the entry `name` in the folder at `folder`, built with a single allocation and
  /// its bytes copied at once.
  static func path(_ name: String, in folder: String) -> String {
    guard !folder.isEmpty else { return name }
    var folder = folder
    var name = name
    return folder.withUTF8 { folder in
      name.withUTF8 { name in
        String(unsafeUninitializedCapacity: folder.count + 1 + name.count) { path in
          var end = path.initialize(fromContentsOf: folder)
          path[end] = UInt8(ascii: "/")
          end += 1
          return end
            + UnsafeMutableBufferPointer(rebasing: path[end...])
            .initialize(fromContentsOf: name)
        }
      }
    }
  }

  /// The path of the entry `name` in the folder whose path and `/` are `prefix` (nothing for the
  /// root), built with a single allocation.
  static func path(_ name: String, after prefix: [UInt8]) -> String {
    var name = name
    return prefix.withUnsafeBufferPointer { prefix in
      name.withUTF8 { name in
        String(unsafeUninitializedCapacity: prefix.count + name.count) { path in
          let end = path.initialize(fromContentsOf: prefix)
          return end
            + UnsafeMutableBufferPointer(rebasing: path[end...])
            .initialize(fromContentsOf: name)
        }
      }
    }
  }

  /// The entries of `folder`: the listing built for a working-tree folder, or the tree's, which
  /// the handles on the repository share and read from git once.
  func children(of folder: Child) throws(GitError) -> [Child] {
    if let built = folder.folder {
      return built.children
    }
    return try repository.treeEntries(folder.id)
  }

  /// The entry called `name` in `children`, which are in git's tree order: by name, a folder's name
  /// sorting as if it ended with `/`.
  private static func child(named name: Substring, in children: [Child]) -> Child? {
    name.withContiguousUTF8 { name in
      var low = 0
      var high = children.count
      while low < high {
        let middle = (low + high) / 2
        let child = children[middle]
        if child.name.withContiguousUTF8({ sortsBefore($0, isFolder: child.mode == .tree, name) }) {
          low = middle + 1
        } else {
          high = middle
        }
      }
      // A file `name` is at `low`. A folder `name` sorts as `name/`, after the names that extend
      // `name` with a byte below `/`, such as `name.txt`: step over those.
      for candidate in children[low...] {
        let (isName, extendsName) = candidate.name.withContiguousUTF8 { candidateName in
          (
            candidateName.elementsEqual(name),
            candidateName.count > name.count && candidateName.starts(with: name)
              && candidateName[name.count] < UInt8(ascii: "/")
          )
        }
        if isName {
          return candidate
        }
        guard extendsName else { return nil }
      }
      return nil
    }
  }

  /// Whether an entry called `childName` sorts before a file called `name` in git's tree order.
  private static func sortsBefore(
    _ childName: UnsafeBufferPointer<UInt8>, isFolder: Bool, _ name: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let common = min(childName.count, name.count)
    for index in 0..<common where childName[index] != name[index] {
      return childName[index] < name[index]
    }
    guard childName.count < name.count else { return false }
    // The child's name is a prefix of `name`: a file sorts first, a folder by its `/`.
    return !isFolder || UInt8(ascii: "/") < name[common]
  }

  /// The content of `child`, a file or a symbolic link found at `path`.
  func contents(of child: Child, at path: String) throws(GitError) -> [UInt8] {
    switch child.origin {
    case .objectDatabase:
      return try repository.blobContents(child.id, path: path)
    case .workingTree, .changedOnDisk:
      return try repository.readWorkingTreeFile(at: path, mode: child.mode)
    }
  }
}
