import AffectedModel

/// The contents of the blobs read during one run, by blob id, shared by both sides of a
/// comparison: a file unchanged between base and head is read from git once.
///
/// A class so that every ``CachingFileSource`` of the run fills the same cache. Not `Sendable`:
/// one run uses it from one task.
public final class BlobCache {
  private var contents: [String: [UInt8]] = [:]

  /// Creates an empty cache.
  public init() {}

  /// How many distinct blobs have been read.
  public var count: Int { contents.count }

  /// The bytes of the blob `id`, read with `read` the first time.
  func bytes(of id: String, reading read: () throws -> [UInt8]) rethrows -> [UInt8] {
    if let known = contents[id] {
      return known
    }
    let bytes = try read()
    contents[id] = bytes
    return bytes
  }
}

/// A file source whose file contents are cached by blob id in a ``BlobCache``.
///
/// Entries without an id (folders of the working tree) are read through every time.
public struct CachingFileSource<Base: FileSource>: FileSource {
  /// The source read through.
  public let base: Base
  /// The cache shared with the other sources of the run.
  public let cache: BlobCache

  /// Wraps `base`, caching into `cache`.
  public init(_ base: Base, cache: BlobCache) {
    self.base = base
    self.cache = cache
  }

  public func entry(at path: String) -> FileEntry? {
    base.entry(at: path)
  }

  public func contents(of path: String) throws -> [UInt8] {
    guard let entry = base.entry(at: path), !entry.id.isEmpty, entry.kind != .directory else {
      return try base.contents(of: path)
    }
    return try cache.bytes(of: entry.id) { try base.contents(of: path) }
  }

  public func files(under folder: String) -> [String] {
    base.files(under: folder)
  }

  public func files(under folder: String, named accepts: (String) -> Bool) -> [String] {
    base.files(under: folder, named: accepts)
  }

  public func files(named filter: FileNameFilter) -> [String] {
    base.files(named: filter)
  }

  public func entries(under folder: String, entering enters: (String) -> Bool)
    -> [(path: String, entry: FileEntry)]
  {
    base.entries(under: folder, entering: enters)
  }
}
