extension FileSource {
  /// Every file of the repository that discovery may find something in: those no glob of
  /// `excluded` (`affected.yml` `exclude`) matches, in byte order.
  func discoverableFiles(excluding excluded: GlobSet) -> [String] {
    let paths = files(under: "")
    return excluded.isEmpty ? paths : paths.filter { !excluded.matches($0) }
  }
}
