/// Paths inside a build context, handled the way BuildKit handles them.
///
/// BuildKit cleans a source against the context's root (`system.NormalizePath("/", …)`), so
/// `../x` becomes `x` and nothing ever climbs out of the context, and it follows symbolic links
/// inside the context with containerd's `fs.RootPath`, where `..` and absolute targets also stop
/// at the context's root.
enum ContextPath {
  /// How many links one path may go through before BuildKit gives up.
  private static let linkLimit = 255

  /// `path` cleaned as if rooted at the context: no `.`, `..` or empty elements, no leading or
  /// trailing `/`; `""` is the context itself.
  static func clean(_ path: String) -> String {
    // ASCII paths split by bytes; in other text a combining mark after `/` joins it into another
    // character, which does not separate elements.
    let isASCII = path.isASCII
    if isASCII && RelativePath.isNormal(path) {
      return path
    }
    let elements =
      isASCII
      ? path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
      : path.split(separator: "/", omittingEmptySubsequences: true)
    var parts: [Substring] = []
    for part in elements {
      switch part {
      case ".":
        continue
      case "..":
        _ = parts.popLast()
      default:
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  /// The repository path of the context-relative `path` in the context at `root`.
  static func join(_ root: String, _ path: String) -> String {
    if root.isEmpty {
      return path
    }
    return path.isEmpty ? root : root + "/" + path
  }

  /// `path` relative to `folder` (both context- or repository-relative), or `nil` when `path` is
  /// not `folder` or inside it.
  static func relative(_ path: String, to folder: String) -> String? {
    guard let length = folderLength(of: folder, in: path) else {
      return nil
    }
    if length == 0 {
      return path
    }
    return length == path.utf8.count
      ? "" : String(decoding: path.utf8.dropFirst(length), as: UTF8.self)
  }

  /// Whether `path` is `folder` or lies inside it (what `relative(_:to:)` says, without building
  /// the relative path).
  static func contains(_ folder: String, _ path: String) -> Bool {
    folderLength(of: folder, in: path) != nil
  }

  /// Whether `path` comes before `other` in the byte order of their UTF-8.
  static func precedes(_ path: String, _ other: String) -> Bool {
    var path = path
    var other = other
    return path.withUTF8 { path in
      other.withUTF8 { path.lexicographicallyPrecedes($0) }
    }
  }

  /// How many leading UTF-8 bytes of `path` are `folder` and the `/` after it: `0` for the root,
  /// all of them when `path` is `folder`; `nil` when `path` is not `folder` or inside it.
  private static func folderLength(of folder: String, in path: String) -> Int? {
    if folder.isEmpty {
      return 0
    }
    var folder = folder
    var path = path
    return folder.withUTF8 { folder in
      path.withUTF8 { path in
        guard path.starts(with: folder) else {
          return nil
        }
        guard folder.count < path.count else {
          return folder.count
        }
        return path[folder.count] == UInt8(ascii: "/") ? folder.count + 1 : nil
      }
    }
  }

  /// The elements of the cleaned `path`, split as `clean(_:)` splits: by bytes in ASCII text, by
  /// characters in other text. They are slices of `path`: no element is copied.
  private static func elements(of path: String) -> [Substring] {
    guard path.isASCII else {
      return path.split(separator: "/")
    }
    // One pass over the bytes, each element sliced as it ends: no array of byte slices first.
    var elements: [Substring] = []
    let utf8 = path.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == UInt8(ascii: "/") {
        if start != index {
          elements.append(Substring(utf8[start..<index]))
        }
        start = utf8.index(after: index)
      }
      utf8.formIndex(after: &index)
    }
    if start != utf8.endIndex {
      elements.append(Substring(utf8[start...]))
    }
    return elements
  }

  /// A context-relative path with every symbolic link along it followed inside the context.
  struct Resolution: Sendable {
    /// The path reached, cleaned.
    var path: String
    /// The links that were followed, context-relative, in the order they were met.
    var links: [String]
    /// The entry at `path` (`.some(nil)` when nothing is there), when the walk looked it up
    /// last, which it does for every path but the context's root; `nil` when not known.
    var entry: FileEntry?? = nil
  }

  /// Follows the symbolic links along the cleaned context-relative `path` in the context at
  /// `root` of `source`; `nil` when links loop.
  ///
  /// Elements that do not exist are kept as they are, so the result may name nothing.
  static func resolve(_ path: String, root: String, in source: some FileSource) -> Resolution? {
    var pending = elements(of: clean(path))[...]
    // The elements resolved so far, joined (elements are never empty).
    var resolved = ""
    var links: [String] = []
    var followed = 0
    var entry: FileEntry?? = nil
    while let part = pending.popFirst() {
      var candidate = resolved
      if !candidate.isEmpty {
        candidate.append("/")
      }
      candidate.append(contentsOf: part)
      let repositoryPath = join(root, candidate)
      let found = source.entry(at: repositoryPath)
      guard found?.kind == .symlink, let target = try? source.text(of: repositoryPath) else {
        resolved = candidate
        entry = .some(found)
        continue
      }
      entry = nil
      followed += 1
      guard followed <= linkLimit else {
        return nil
      }
      if !links.contains(candidate) {
        links.append(candidate)
      }
      let base = target.hasPrefix("/") ? "" : resolved
      let restart = elements(of: clean(base + "/" + target))
      pending = (restart + pending)[...]
      resolved = ""
    }
    return Resolution(path: resolved, links: links, entry: entry)
  }
}
