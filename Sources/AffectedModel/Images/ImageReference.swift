/// An image reference (`FROM node:22`, `ghcr.io/org/app@sha256:…`) normalised the way Docker
/// reads it, so that two spellings of one image compare equal.
///
/// `node`, `library/node`, `docker.io/library/node` and `index.docker.io/library/node` all have
/// the repository `docker.io/library/node`; a reference without tag or digest means `latest`.
public struct ImageReference: Hashable, Sendable, CustomStringConvertible {
  /// The registry host and repository path, as `docker.io/library/node`.
  public var repository: String
  /// The tag; `nil` when the reference has none (Docker then pulls `latest`, unless it has a
  /// digest).
  public var tag: String?
  /// The digest after `@`, if any.
  public var digest: String?

  /// Parses `reference`; `nil` when it is empty or has an empty name.
  public init?(_ reference: String) {
    var name = Substring(reference)
    if let at = name.firstIndex(of: "@") {
      digest = String(name[name.index(after: at)...])
      name = name[..<at]
    }
    let lastSlash = name.lastIndex(of: "/") ?? name.startIndex
    if let colon = name[lastSlash...].lastIndex(of: ":") {
      tag = String(name[name.index(after: colon)...])
      name = name[..<colon]
    }
    guard !name.isEmpty else {
      return nil
    }
    repository = Self.normalisedRepository(String(name))
  }

  /// The tag Docker uses: the tag written, else `latest`.
  public var effectiveTag: String {
    tag ?? "latest"
  }

  /// The reference written back, as `docker.io/library/node:22`.
  public var description: String {
    repository + (tag.map { ":" + $0 } ?? "") + (digest.map { "@" + $0 } ?? "")
  }

  /// Whether a build tagging its image `produced` makes the image this reference pulls:
  /// same repository, and the same tag unless `anyTag` (skaffold tags images itself).
  ///
  /// A reference pinned by digest names one fixed image, which no build here makes.
  public func isProduced(by produced: ImageReference, anyTag: Bool) -> Bool {
    guard digest == nil, repository == produced.repository else {
      return false
    }
    return anyTag || effectiveTag == produced.effectiveTag
  }

  /// The registry host made explicit (`docker.io` when the first element is not a host) and
  /// official images placed under `library/`.
  private static func normalisedRepository(_ name: String) -> String {
    // ASCII names (all real ones) are searched byte by byte; others keep Foundation's search,
    // which does not find a character that a combining mark follows.
    let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
    let parts = name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    var host = "docker.io"
    var path = name
    if parts.count == 2, let first = parts.first,
      (isASCII
        ? first.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
        : first.contains(".") || first.contains(":")) || first == "localhost"
    {
      host = first == "index.docker.io" ? "docker.io" : String(first)
      path = String(parts[1])
    }
    let pathHasSlash = isASCII ? path.utf8.contains(UInt8(ascii: "/")) : path.contains("/")
    if host == "docker.io" && !pathHasSlash {
      path = "library/" + path
    }
    return host + "/" + path
  }
}
