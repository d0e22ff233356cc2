/// `affected hash --format json`: `{"rev","commit","algorithm","images":[{"id","hash"}]}`.
public struct DigestJSON: Sendable {
  /// The revision as the user gave it, or `working tree`.
  public var revision: String
  /// The commit looked at.
  public var commit: String
  /// The digest algorithm's version (`ContentDigest`, see `Docs/planner.md`).
  public var algorithm: Int
  /// The images' ids and digests, in the order to print.
  public var digests: [(id: String, digest: String)]

  /// Creates a renderer.
  public init(
    revision: String, commit: String, algorithm: Int, digests: [(id: String, digest: String)]
  ) {
    self.revision = revision
    self.commit = commit
    self.algorithm = algorithm
    self.digests = digests
  }

  /// The document, one image per line.
  public func json() -> String {
    JSONValue.object([
      ("rev", .string(revision)),
      ("commit", .string(commit)),
      ("algorithm", .int(algorithm)),
      (
        "images",
        .array(digests.map { .object([("id", .string($0.id)), ("hash", .string($0.digest))]) })
      ),
    ]).rendered(itemsOnLines: true) + "\n"
  }
}
