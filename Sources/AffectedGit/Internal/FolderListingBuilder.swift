/// Builds a snapshot's folders from full paths given in byte order, as the index holds them.
///
/// Adding the paths in byte order puts every folder's children in git's tree order, the order in
/// which ``Snapshot`` searches and lists them.
struct FolderListingBuilder {
  /// A folder that later paths may still add to.
  private struct OpenFolder {
    /// The folder's path, as UTF-8 bytes.
    var path: [UInt8]
    var folder: Snapshot.Folder
    var children: [Snapshot.Child] = []
  }

  private let root = Snapshot.Folder()
  /// The folders the last path added is in, root first.
  private var open: [OpenFolder]

  init() {
    open = [OpenFolder(path: [], folder: root)]
  }

  /// Adds the entry at `path`, which comes after every path added before, in byte order.
  mutating func add(_ path: String, mode: FileMode, id: ObjectID, origin: Snapshot.Origin) {
    path.withContiguousUTF8 { bytes in
      let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
      let folderPath = bytes[..<(slash ?? 0)]
      let name = bytes[(slash.map { $0 + 1 } ?? 0)...]
      while let innermost = open.last, !Self.folder(folderPath, isInside: innermost.path) {
        close()
      }
      // What is left open is `folderPath` or a folder above it: open the ones in between.
      while let innermost = open.last?.path, innermost.count != folderPath.count {
        let start = innermost.isEmpty ? 0 : innermost.count + 1
        let end = folderPath[start...].firstIndex(of: UInt8(ascii: "/")) ?? folderPath.endIndex
        let folder = Snapshot.Folder()
        append(
          Snapshot.Child(
            name: String(decoding: folderPath[start..<end], as: UTF8.self), mode: .tree, id: .zero,
            origin: .workingTree, folder: folder))
        open.append(OpenFolder(path: Array(folderPath[..<end]), folder: folder))
      }
      append(
        Snapshot.Child(
          name: String(decoding: name, as: UTF8.self), mode: mode, id: id, origin: origin,
          folder: nil))
    }
  }

  /// The root folder, with every folder's listing filled in.
  mutating func finish() -> Snapshot.Folder {
    while !open.isEmpty {
      close()
    }
    return root
  }

  private mutating func append(_ child: Snapshot.Child) {
    open[open.count - 1].children.append(child)
  }

  private mutating func close() {
    guard let closed = open.popLast() else { return }
    closed.folder.children = closed.children
  }

  /// Whether the folder at `path` is the one at `ancestor` or below it.
  private static func folder(_ path: Slice<UnsafeBufferPointer<UInt8>>, isInside ancestor: [UInt8])
    -> Bool
  {
    guard !ancestor.isEmpty else { return true }
    guard path.starts(with: ancestor) else { return false }
    return path.count == ancestor.count || path[ancestor.count] == UInt8(ascii: "/")
  }
}
