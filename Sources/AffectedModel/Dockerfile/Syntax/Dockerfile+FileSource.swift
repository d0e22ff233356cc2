extension Dockerfile {
  /// Parses the Dockerfile at `path` in `source`.
  ///
  /// - Throws: `FileSourceError` when the file cannot be read, `DockerfileError` when BuildKit's
  ///   parser would reject it (the error's line is in that file).
  public init(at path: String, in source: some FileSource) throws {
    try self.init(parsing: source.contents(of: path))
  }
}
