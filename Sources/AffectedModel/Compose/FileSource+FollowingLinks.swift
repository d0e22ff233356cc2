extension FileSource {
  /// The text of the file at `path`, following symbolic links inside the repository (at most
  /// eight); `nil` when there is no readable file there.
  func textFollowingLinks(of path: String) -> String? {
    var path = path
    for _ in 0..<8 {
      guard let entry = entry(at: path), entry.kind != .directory, entry.kind != .submodule,
        let text = try? text(of: path)
      else {
        return nil
      }
      guard entry.kind == .symlink else {
        return text
      }
      guard
        let target = ComposePath(resolving: text, in: ComposePath.folder(of: path)).repositoryPath
      else {
        return nil
      }
      path = target
    }
    return nil
  }
}
