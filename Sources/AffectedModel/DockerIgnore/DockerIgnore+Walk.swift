/// The walk BuildKit makes over a build context, deciding file by file and folder by folder.
///
/// fsutil walks the context in lexical order. For each path it runs the patterns in order,
/// remembering for each pattern whether it matched the path's folder: a pattern that matched a
/// folder counts as matching everything below it. A pattern is only tried when it could change
/// the outcome (an exclusion while the path is still included, an exception while it is
/// excluded), so whether a folder "matched" an exception depends on the lines before it. An
/// excluded folder is skipped, with everything below it, unless an exception could re-include
/// something inside: always when an exception has wildcards, otherwise when an exception's path
/// runs through the folder.
extension DockerIgnore {
  private static let slash = UInt8(ascii: "/")

  /// Whether BuildKit leaves out the file at `path` (context-relative, as `src/main.swift`).
  public func excludes(_ path: String) -> Bool {
    guard !rules.isEmpty else {
      return false
    }
    var path = path
    return path.withUTF8 { bytes in
      var folder = [Bool](repeating: false, count: rules.count)
      var scratch = folder
      guard walksFolders(of: bytes, results: &folder, scratch: &scratch) else {
        return true
      }
      return isExcluded(bytes, parent: folder, results: &scratch)
    }
  }

  /// Whether any file below `folder` could be sent; `false` means the walk skips the folder
  /// entirely, so callers may skip it too. The empty string is the context's root.
  public func couldInclude(folder: String) -> Bool {
    guard !rules.isEmpty, !folder.isEmpty else {
      return true
    }
    var folder = folder
    return folder.withUTF8 { bytes in
      var parent = [Bool](repeating: false, count: rules.count)
      var scratch = parent
      guard walksFolders(of: bytes, results: &parent, scratch: &scratch) else {
        return false
      }
      return !isExcluded(bytes, parent: parent, results: &scratch) || entersExcluded(bytes)
    }
  }

  /// The files of `files` that BuildKit sends, sorted by their UTF-8 bytes.
  ///
  /// `files` lists the regular files of the context; folders are implied by the paths. A path
  /// that is also the folder of another path is taken as that folder, and is not returned.
  /// Duplicates are returned once.
  public func includedFiles<S: Sequence<String>>(_ files: S) -> [String] {
    var paths = files.map { Array($0.utf8) }
    paths.sort(by: Self.walkOrder)
    var stack: [Folder] = []
    let noParent = [Bool](repeating: false, count: rules.count)
    var scratch = noParent
    var included: [[UInt8]] = []
    for (index, path) in paths.enumerated() {
      let isDuplicate = index > 0 && paths[index - 1] == path
      let isFolder = index + 1 < paths.count && Self.isFolder(path, of: paths[index + 1])
      if isDuplicate || isFolder {
        continue
      }
      let isIncluded = path.withUnsafeBufferPointer { bytes in
        while let top = stack.last, !Self.isFolder(top.path, of: path) {
          stack.removeLast()
        }
        if let top = stack.last, !top.isEntered {
          return false
        }
        let start = stack.last.map { $0.path.count + 1 } ?? 0
        for end in start..<bytes.count where bytes[end] == Self.slash {
          let folder = UnsafeBufferPointer(rebasing: bytes[..<end])
          var results = noParent
          let excluded = isExcluded(folder, parent: stack.last?.results ?? noParent, results: &results)
          let isEntered = !excluded || entersExcluded(folder)
          stack.append(Folder(path: Array(folder), results: results, isEntered: isEntered))
          if !isEntered {
            return false
          }
        }
        return !isExcluded(bytes, parent: stack.last?.results ?? noParent, results: &scratch)
      }
      if isIncluded {
        included.append(path)
      }
    }
    included.sort { $0.lexicographicallyPrecedes($1) }
    return included.map { String(decoding: $0, as: UTF8.self) }
  }

  // MARK: - Walk

  /// A folder the walk has reached, with what its children inherit.
  private struct Folder {
    /// The folder's path.
    var path: [UInt8]
    /// For each rule, whether it matched the folder.
    var results: [Bool]
    /// Whether the walk goes inside.
    var isEntered: Bool
  }

  /// Follows the walk through each folder that contains `path`.
  ///
  /// Returns `false` when one of them is skipped; otherwise leaves the innermost folder's match
  /// results in `results` (all `false` for a top-level path).
  private func walksFolders(
    of path: UnsafeBufferPointer<UInt8>, results: inout [Bool], scratch: inout [Bool]
  ) -> Bool {
    for end in path.indices where path[end] == Self.slash {
      let folder = UnsafeBufferPointer(rebasing: path[..<end])
      if isExcluded(folder, parent: results, results: &scratch), !entersExcluded(folder) {
        return false
      }
      swap(&results, &scratch)
    }
    return true
  }

  /// Whether the rules exclude `path`, given its folder's match results (fsutil's use of
  /// `MatchesUsingParentResults`); records each rule's result for `path` in `results`.
  private func isExcluded(
    _ path: UnsafeBufferPointer<UInt8>, parent: [Bool], results: inout [Bool]
  ) -> Bool {
    var excluded = false
    for index in rules.indices {
      var matched = parent[index]
      // Only a rule that could flip the outcome is tried.
      if !matched, rules[index].isException == excluded {
        matched = rules[index].matches(path)
      }
      results[index] = matched
      if matched {
        excluded = !rules[index].isException
      }
    }
    return excluded
  }

  /// Whether the walk goes into `folder` although the rules exclude it.
  private func entersExcluded(_ folder: UnsafeBufferPointer<UInt8>) -> Bool {
    if exceptionsHaveWildcards {
      return true
    }
    return exceptionPrefixes.contains { prefix in
      prefix.count > folder.count && prefix[folder.count] == Self.slash && prefix.starts(with: folder)
    }
  }

  /// Whether `folder` is a folder above `path`.
  private static func isFolder(_ folder: [UInt8], of path: [UInt8]) -> Bool {
    path.count > folder.count && path[folder.count] == slash && path.starts(with: folder)
  }

  /// The order of a depth-first walk that lists each folder's entries by name: byte order, with
  /// `/` before every other byte, so a folder's contents come right after it.
  private static func walkOrder(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    for (leftByte, rightByte) in zip(left, right) where leftByte != rightByte {
      if leftByte == slash || rightByte == slash {
        return leftByte == slash
      }
      return leftByte < rightByte
    }
    return left.count < right.count
  }
}
