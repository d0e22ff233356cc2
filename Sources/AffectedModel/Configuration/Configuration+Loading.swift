extension Configuration {
  /// The settings of the repository in `source`: its `affected.yml` parsed (following a symbolic
  /// link), or ``empty`` when there is none.
  ///
  /// - Throws: `ConfigurationError` when the file exists but cannot be read or is invalid.
  public init(loadingFrom source: some FileSource) throws(ConfigurationError) {
    guard source.exists(Self.fileName) else {
      self = .empty
      return
    }
    guard let text = source.textFollowingLinks(of: Self.fileName) else {
      throw ConfigurationError(
        file: Self.fileName, line: nil, column: nil, keyPath: "",
        reason: .invalidValue(
          "\(Self.fileName) is not a readable file; make it a regular file or remove it"))
    }
    try self.init(text: text, file: Self.fileName)
  }
}
