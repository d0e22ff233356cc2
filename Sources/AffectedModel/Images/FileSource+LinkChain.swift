extension FileSource {
  /// How many links `linkChain(from:)` follows before giving up.
  private var linkLimit: Int { 8 }

  /// The repository paths met when reading the file at `path`, links followed.
  ///
  /// The chain is `path` itself, then the target of each symbolic link in turn, ending with a
  /// regular file; `nil` when nothing readable is there, a link leaves the repository, or links
  /// loop. The client reads Dockerfiles, `.dockerignore` files and compose files through links,
  /// so each path of the chain defines what the file says.
  func linkChain(from path: String) -> [String]? {
    linkedFile(from: path)?.chain
  }

  /// The chain `linkChain(from:)` gives, with the entry of the file it ends with (whose id tells
  /// its bytes apart without reading them).
  func linkedFile(from path: String) -> (chain: [String], entry: FileEntry)? {
    var chain = [path]
    var current = path
    for _ in 0...linkLimit {
      guard let entry = entry(at: current), entry.kind != .directory, entry.kind != .submodule
      else {
        return nil
      }
      guard entry.kind == .symlink else {
        return (chain, entry)
      }
      guard let target = try? text(of: current),
        let next = ComposePath(resolving: target, in: ComposePath.folder(of: current))
          .repositoryPath
      else {
        return nil
      }
      current = next
      chain.append(next)
    }
    return nil
  }
}
