extension FileSource {
  /// The text of the file at `path`, following symbolic links inside the repository (at most
  /// eight); `nil` when there is no readable file there.
  func textFollowingLinks(of path: String) -> String? {
    guard let file = linkChain(from: path)?.last else {
      return nil
    }
    return try? text(of: file)
  }
}
