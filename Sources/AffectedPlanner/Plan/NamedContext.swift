extension PlannedImage {
  /// An extra build context the Dockerfile reaches by name (`FROM name`, `COPY --from=name`).
  public struct NamedContext: Hashable, Sendable {
    /// Where a named context comes from.
    public enum Source: Hashable, Sendable {
      /// Another image of the plan, by id: its build result is the context, when it is built in the
      /// same run; otherwise the name resolves the way the Dockerfile spells it.
      case image(id: String)
      /// A location as `--build-context` takes it: a repository-relative folder, a URL, or
      /// `docker-image://reference`.
      case location(String)
    }

    /// The name the Dockerfile uses.
    public var name: String
    /// Where it comes from.
    public var source: Source

    /// Creates a named context.
    public init(name: String, source: Source) {
      self.name = name
      self.source = source
    }
  }
}
