/// Read-only access to the files of a repository at one revision, or of its working tree.
///
/// Parsers read through a `FileSource` and never see git. Paths are repository-relative, separated by
/// `/`, without a leading `./` or `/`; the empty string is the repository root.
public protocol FileSource {
  /// The entry at `path`, or `nil` when nothing is there.
  func entry(at path: String) -> FileEntry?

  /// The bytes of the file at `path`. For a symbolic link, the link's target text.
  ///
  /// - Throws: when `path` is not a file, or its content cannot be read.
  func contents(of path: String) throws -> [UInt8]

  /// Every file (not folder) below `folder`, recursively, as repository-relative paths in byte order.
  ///
  /// Submodules and symbolic links are listed as files.
  func files(under folder: String) -> [String]

  /// The files below `folder` whose name (the last element of the path) `accepts`, as
  /// `files(under:)` lists them.
  ///
  /// The default lists every file and keeps the accepted ones; a source that walks its folders
  /// should build the paths of accepted names only.
  func files(under folder: String, named accepts: (String) -> Bool) -> [String]

  /// Every file of the source whose name `filter` accepts: ``files(under:named:)`` of the root.
  ///
  /// The default lists the root by name; a source that gathered the names `filter` accepts
  /// ahead answers with them.
  func files(named filter: FileNameFilter) -> [String]

  /// Every file (not folder) below `folder` with its entry, as `files(under:)` lists them, but
  /// leaving out what lies in the folders below `folder` that `enters` (given their
  /// repository-relative path) refuses.
  ///
  /// The default lists every file and looks each up with `entry(at:)`; a source that walks its
  /// folders should skip the refused ones and read the entries on the way.
  func entries(under folder: String, entering enters: (String) -> Bool)
    -> [(path: String, entry: FileEntry)]
}

extension FileSource {
  public func files(named filter: FileNameFilter) -> [String] {
    files(under: "", named: filter.accepts)
  }

  public func files(under folder: String, named accepts: (String) -> Bool) -> [String] {
    files(under: folder).filter { accepts(ComposePath.lastComponent(of: $0)) }
  }

  public func entries(under folder: String, entering enters: (String) -> Bool)
    -> [(path: String, entry: FileEntry)]
  {
    var refused: [String: Bool] = [:]
    func isRefused(_ path: String) -> Bool {
      let parent = ComposePath.folder(of: path)
      guard parent.utf8.count > folder.utf8.count else {
        return false
      }
      if let known = refused[parent] {
        return known
      }
      let answer = isRefused(parent) || !enters(parent)
      refused[parent] = answer
      return answer
    }
    return files(under: folder).compactMap { path in
      isRefused(path) ? nil : entry(at: path).map { (path, $0) }
    }
  }

  /// Whether anything (file, link, submodule or folder) exists at `path`.
  public func exists(_ path: String) -> Bool {
    entry(at: path) != nil
  }

  /// The file at `path` decoded as UTF-8 (invalid sequences replaced).
  public func text(of path: String) throws -> String {
    String(decoding: try contents(of: path), as: UTF8.self)
  }
}
