/// A file source that records, in a ``ReadRecord``, every path read through it.
///
/// A class so that the computation it is handed to and its caller share one record. Not
/// `Sendable`: one task uses it.
public final class RecordingFileSource<Base: FileSource>: FileSource {
  /// The source read through.
  public let base: Base
  /// The paths read since the record was last taken.
  public private(set) var record = ReadRecord()

  /// Wraps `base`, with an empty record.
  public init(_ base: Base) {
    self.base = base
  }

  /// The record so far; the source starts a new, empty one.
  public func takeRecord() -> ReadRecord {
    defer { record = ReadRecord() }
    return record
  }

  /// Looks up the entry at `path`; a folder found there is recorded as a folder lookup.
  public func entry(at path: String) -> FileEntry? {
    let entry = base.entry(at: path)
    if entry?.kind == .directory {
      record.addFolderLookup(path)
    } else {
      record.add(path)
    }
    return entry
  }

  public func contents(of path: String) throws -> [UInt8] {
    record.add(path)
    return try base.contents(of: path)
  }

  /// Lists the files under `folder`; listing the root is recorded apart (only names come back,
  /// so only added and deleted files change it).
  public func files(under folder: String) -> [String] {
    recordListing(of: folder)
    return base.files(under: folder)
  }

  /// Lists the files under `folder` with an accepted name, recorded as a listing of all its files
  /// (of the root, apart): the caller tells which added or deleted names reach its result.
  public func files(under folder: String, named accepts: (String) -> Bool) -> [String] {
    recordListing(of: folder)
    return base.files(under: folder, named: accepts)
  }

  /// Lists the files of the root with a name `filter` accepts, recorded as a listing of the
  /// root.
  public func files(named filter: FileNameFilter) -> [String] {
    record.addRootListing()
    return base.files(named: filter)
  }

  public func entries(under folder: String, entering enters: (String) -> Bool)
    -> [(path: String, entry: FileEntry)]
  {
    record.add(Self.trimmed(folder))
    return base.entries(under: folder, entering: enters)
  }

  /// Records a listing of the names of the files under `folder`.
  private func recordListing(of folder: String) {
    let trimmed = Self.trimmed(folder)
    if trimmed.isEmpty {
      record.addRootListing()
    } else {
      record.add(trimmed)
    }
  }

  /// `folder` without a trailing slash.
  private static func trimmed(_ folder: String) -> String {
    folder.hasSuffix("/") ? String(folder.dropLast()) : folder
  }
}
