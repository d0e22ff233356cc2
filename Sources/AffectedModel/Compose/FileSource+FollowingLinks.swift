extension FileSource {
  /// The text of the file at `path`, following symbolic links inside the repository (at most
  /// eight); `nil` when there is no readable file there.
  func textFollowingLinks(of path: String) -> String? {
    guard let file = linkChain(from: path)?.last else {
      return nil
    }
    return try? text(of: file)
  }

  /// Whether the YAML file at `path` (a compose file, a manifest) can be read, links followed,
  /// and parses without problems.
  func isReadableYAML(_ path: String) -> Bool {
    guard let text = textFollowingLinks(of: path) else {
      return false
    }
    return ComposeYAMLReader.layers(of: text, file: path).diagnostics.isEmpty
  }
}
