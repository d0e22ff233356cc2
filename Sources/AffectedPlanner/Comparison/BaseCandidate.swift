/// Where the base of a comparison comes from, before it is resolved to a commit.
public struct BaseCandidate: Hashable, Sendable {
  /// The revision to resolve, or `nil` when the source says there is no base (a first push).
  public var revision: String?
  /// The source that chose it, for the message on standard error, such as `--base` or
  /// `GitHub pull_request.base.sha`.
  public var source: String
  /// Why the source applies, or why there is no base.
  public var reason: String
  /// Whether `revision` came from a CI system or the user as a full commit id, which a clone may lack.
  public var isCommitID: Bool {
    guard let revision else { return false }
    return revision.utf8.count == 40 && revision.utf8.allSatisfy(\.isHexDigit)
  }

  /// Creates a candidate.
  public init(revision: String?, source: String, reason: String) {
    self.revision = revision
    self.source = source
    self.reason = reason
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
  }
}
