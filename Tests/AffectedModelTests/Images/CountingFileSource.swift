import AffectedModel

/// A file source that counts the lookups and reads made through it, to check what is not read
/// again.
final class CountingFileSource<Base: FileSource>: FileSource {
  let base: Base
  /// How many times each path's contents were read.
  private(set) var reads: [String: Int] = [:]
  /// How many times each path's entry was looked up.
  private(set) var lookups: [String: Int] = [:]

  init(_ base: Base) {
    self.base = base
  }

  func entry(at path: String) -> FileEntry? {
    lookups[path, default: 0] += 1
    return base.entry(at: path)
  }

  func contents(of path: String) throws -> [UInt8] {
    reads[path, default: 0] += 1
    return try base.contents(of: path)
  }

  func files(under folder: String) -> [String] {
    base.files(under: folder)
  }
}

/// A file source whose entries all have the zero id, as a working tree gives files it could not
/// hash.
struct ZeroIDFileSource: FileSource {
  let base: MemoryFileSource

  func entry(at path: String) -> FileEntry? {
    base.entry(at: path).map { FileEntry(kind: $0.kind, id: String(repeating: "0", count: 40)) }
  }

  func contents(of path: String) throws -> [UInt8] {
    try base.contents(of: path)
  }

  func files(under folder: String) -> [String] {
    base.files(under: folder)
  }
}
