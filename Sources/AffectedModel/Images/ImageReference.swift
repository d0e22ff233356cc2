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
    // ASCII references (all real ones) are read byte by byte. In other text a combining mark
    // makes `@`, `/` or `:` part of another character, so it is read by characters.
    let isASCII = reference.isASCII
    var name = Substring(reference)
    if let at = isASCII ? name.utf8.firstIndex(of: UInt8(ascii: "@")) : name.firstIndex(of: "@") {
      digest = String(name[name.index(after: at)...])
      name = name[..<at]
    }
    let lastSlash =
      (isASCII ? name.utf8.lastIndex(of: UInt8(ascii: "/")) : name.lastIndex(of: "/"))
      ?? name.startIndex
    let afterSlash = name[lastSlash...]
    if let colon =
      isASCII ? afterSlash.utf8.lastIndex(of: UInt8(ascii: ":")) : afterSlash.lastIndex(of: ":")
    {
      tag = String(name[name.index(after: colon)...])
      name = name[..<colon]
    }
    guard !name.isEmpty else {
      return nil
    }
    repository = Self.normalisedRepository(String(name), isASCII: isASCII)
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
  ///
  /// `isASCII` says whether `name` is ASCII: it is then searched byte by byte. Other names keep
  /// the characters and Foundation's search, which finds no character a combining mark follows.
  private static func normalisedRepository(_ name: String, isASCII: Bool) -> String {
    var host = "docker.io"
    var path = name
    if let slash = isASCII ? name.utf8.firstIndex(of: UInt8(ascii: "/")) : name.firstIndex(of: "/")
    {
      let first = name[..<slash]
      let isHost =
        (isASCII
          ? first.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
          : first.contains(".") || first.contains(":")) || first == "localhost"
      if isHost {
        host = first == "index.docker.io" ? "docker.io" : String(first)
        path = String(name[name.index(after: slash)...])
      }
    }
    let pathHasSlash = isASCII ? path.utf8.contains(UInt8(ascii: "/")) : path.contains("/")
    if host == "docker.io" && !pathHasSlash {
      path = "library/" + path
    }
    return host + "/" + path
  }
}
