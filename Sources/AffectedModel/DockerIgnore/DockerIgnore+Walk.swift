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
      withResultBuffers { folder, scratch in
        walksFolders(of: bytes, results: &folder, scratch: &scratch)
          ? isExcluded(bytes, parent: UnsafeBufferPointer(folder), results: scratch) : true
      }
    }
  }

  /// Whether any file below `folder` could be sent.
  ///
  /// `false` means the walk skips the folder entirely, so callers may skip it too. The empty
  /// string is the context's root.
  public func couldInclude(folder: String) -> Bool {
    guard !rules.isEmpty, !folder.isEmpty else {
      return true
    }
    var folder = folder
    return folder.withUTF8 { bytes in
      withResultBuffers { parent, scratch in
        guard walksFolders(of: bytes, results: &parent, scratch: &scratch) else {
          return false
        }
        return !isExcluded(bytes, parent: UnsafeBufferPointer(parent), results: scratch)
          || entersExcluded(bytes)
      }
    }
  }

  /// The files of `files` that BuildKit sends, sorted by their UTF-8 bytes.
  ///
  /// `files` lists the regular files of the context; folders are implied by the paths. A path
  /// that is also the folder of another path is taken as that folder, and is not returned.
  /// Duplicates are returned once. Input already in byte order (as `FileSource` lists files) is
  /// not sorted again.
  public func includedFiles<S: Sequence<String>>(_ files: S) -> [String] {
    let files = Array(files)
    // Every path's bytes, back to back, so that sorting and walking allocate nothing per path.
    var storage: [UInt8] = []
    var bounds: [Range<Int>] = []
    bounds.reserveCapacity(files.count)
    for file in files {
      let start = storage.count
      storage.append(contentsOf: file.utf8)
      bounds.append(start..<storage.count)
    }
    let included = storage.withUnsafeBufferPointer { storage in
      let paths = bounds.map { UnsafeBufferPointer(rebasing: storage[$0]) }
      // Byte order keeps each folder's contents together, as the walk needs.
      var order = Array(paths.indices)
      if zip(paths, paths.dropFirst()).contains(where: { Self.byteOrder($1, $0) }) {
        order.sort { Self.byteOrder(paths[$0], paths[$1]) }
      }
      var walk = Walk(ruleCount: rules.count)
      var included: [Int] = []
      for (position, index) in order.enumerated() {
        let path = paths[index]
        if position > 0, paths[order[position - 1]].elementsEqual(path) {
          continue
        }
        let isIncluded = walk.includes(path, rules: self)
        if let outermost = walk.outermostOpened {
          // A path equal to a folder just opened came shortly before, among the paths that
          // start with that folder: it was a folder, not a file.
          let folder = UnsafeBufferPointer(rebasing: path[..<outermost])
          var candidate = included.count - 1
          while candidate >= 0, paths[included[candidate]].starts(with: folder) {
            if Self.isFolder(paths[included[candidate]], of: path) {
              included.remove(at: candidate)
            }
            candidate -= 1
          }
        }
        if isIncluded {
          included.append(index)
        }
      }
      return included
    }
    return included.map { files[$0] }
  }

  // MARK: - Walk

  /// The walk through a context's files in byte order, with the folders it is inside.
  private struct Walk {
    /// The rule count.
    let width: Int
    /// For the root (all `false`) and each open folder, whether each rule matched it.
    var results: [Bool]
    /// The byte length of each open folder's path, and whether the walk goes inside.
    var folders: [(length: Int, isEntered: Bool)] = []
    /// The last path walked to; the open folders are its folders.
    var previous: [UInt8] = []
    /// The length of the outermost folder opened for the last path, if any.
    var outermostOpened: Int?

    init(ruleCount: Int) {
      width = ruleCount
      results = [Bool](repeating: false, count: ruleCount)
    }

    /// Moves to the file `path`, which follows the previous one in byte order, and tells
    /// whether BuildKit sends it.
    mutating func includes(_ path: UnsafeBufferPointer<UInt8>, rules: DockerIgnore) -> Bool {
      // The open folders still above `path` lie in its common prefix with the previous path.
      var common = 0
      while common < min(path.count, previous.count), path[common] == previous[common] {
        common += 1
      }
      previous.replaceSubrange(common..., with: path[common...])
      while let last = folders.last, last.length >= common {
        folders.removeLast()
      }
      results.removeLast(results.count - width * (folders.count + 1))
      outermostOpened = nil
      if folders.last?.isEntered == false {
        return false
      }
      var start = folders.last.map { $0.length + 1 } ?? 0
      while let end = path[start...].firstIndex(of: DockerIgnore.slash) {
        if outermostOpened == nil {
          outermostOpened = end
        }
        let folder = UnsafeBufferPointer(rebasing: path[..<end])
        results.append(contentsOf: repeatElement(false, count: width))
        let width = width
        let excluded = results.withUnsafeMutableBufferPointer { all in
          let parent = UnsafeBufferPointer(
            rebasing: all[(all.count - 2 * width)..<(all.count - width)])
          let own = UnsafeMutableBufferPointer(rebasing: all[(all.count - width)...])
          return rules.isExcluded(folder, parent: parent, results: own)
        }
        let isEntered = !excluded || rules.entersExcluded(folder)
        folders.append((end, isEntered))
        if !isEntered {
          return false
        }
        start = end + 1
      }
      let width = width
      return withUnsafeTemporaryAllocation(of: Bool.self, capacity: width) { scratch in
        results.withUnsafeBufferPointer { all in
          let parent = UnsafeBufferPointer(rebasing: all[(all.count - width)...])
          return !rules.isExcluded(path, parent: parent, results: scratch)
        }
      }
    }
  }

  /// Runs `body` with two zeroed result buffers, one per rule each.
  private func withResultBuffers<Result>(
    _ body: (inout UnsafeMutableBufferPointer<Bool>, inout UnsafeMutableBufferPointer<Bool>) ->
      Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * rules.count) { buffer in
      buffer.initialize(repeating: false)
      var first = UnsafeMutableBufferPointer(rebasing: buffer[..<rules.count])
      var second = UnsafeMutableBufferPointer(rebasing: buffer[rules.count...])
      return body(&first, &second)
    }
  }

  /// Follows the walk through each folder that contains `path`.
  ///
  /// Returns `false` when one of them is skipped; otherwise leaves the innermost folder's match
  /// results in `results` (all `false` for a top-level path).
  private func walksFolders(
    of path: UnsafeBufferPointer<UInt8>, results: inout UnsafeMutableBufferPointer<Bool>,
    scratch: inout UnsafeMutableBufferPointer<Bool>
  ) -> Bool {
    for end in path.indices where path[end] == Self.slash {
      let folder = UnsafeBufferPointer(rebasing: path[..<end])
      if isExcluded(folder, parent: UnsafeBufferPointer(results), results: scratch),
        !entersExcluded(folder)
      {
        return false
      }
      swap(&results, &scratch)
    }
    return true
  }

  /// Whether the rules exclude `path`, given its folder's match results (fsutil's use of
  /// `MatchesUsingParentResults`); records each rule's result for `path` in `results`.
  private func isExcluded(
    _ path: UnsafeBufferPointer<UInt8>, parent: UnsafeBufferPointer<Bool>,
    results: UnsafeMutableBufferPointer<Bool>
  ) -> Bool {
    // Through a buffer pointer, the rules are borrowed rather than copied for each path.
    rules.withUnsafeBufferPointer { rules in
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
  }

  /// Whether the walk goes into `folder` although the rules exclude it.
  private func entersExcluded(_ folder: UnsafeBufferPointer<UInt8>) -> Bool {
    if exceptionsHaveWildcards {
      return true
    }
    return exceptionPrefixes.contains { prefix in
      prefix.count > folder.count && prefix[folder.count] == Self.slash
        && prefix.starts(with: folder)
    }
  }

  /// Whether `folder` is a folder above `path`.
  private static func isFolder(
    _ folder: UnsafeBufferPointer<UInt8>, of path: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    path.count > folder.count && path[folder.count] == slash && path.starts(with: folder)
  }

  /// Byte order.
  private static func byteOrder(
    _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    for index in 0..<min(left.count, right.count) where left[index] != right[index] {
      return left[index] < right[index]
    }
    return left.count < right.count
  }
}
