/// `affected hash` as text: one `id<TAB>digest` line per image.
public struct DigestText: Sendable {
  /// The images' ids and digests (16 hexadecimal digits), in the order to print.
  public var digests: [(id: String, digest: String)]

  /// Creates a renderer.
  public init(digests: [(id: String, digest: String)]) {
    self.digests = digests
  }

  /// The lines, each ending with a newline.
  public func text() -> String {
    digests.map { "\($0.id)\t\($0.digest)\n" }.joined()
  }
}
