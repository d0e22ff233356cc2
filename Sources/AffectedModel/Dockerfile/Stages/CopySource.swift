/// One source of a `COPY` or `ADD` instruction.
public enum CopySource: Hashable, Sendable {
  /// A path (or glob) in the build context, or in the stage or image named by `--from`,
  /// variables expanded and quotes removed.
  case path(String)
  /// A here-document written in the Dockerfile itself (`COPY <<EOF /dest`).
  case heredoc(Heredoc)
  /// An `http://` or `https://` URL that `ADD` downloads.
  case url(String)
  /// A Git repository that `ADD` clones (`git@…`, `git://…`, `ssh://…`, or an HTTP(S) URL
  /// whose path ends in `.git`).
  case gitRepository(String)

  /// Whether the source is fetched from the network rather than read from a context, stage or
  /// image.
  public var isRemote: Bool {
    switch self {
    case .url, .gitRepository: true
    case .path, .heredoc: false
    }
  }

  /// Classifies an expanded source word as BuildKit's `dispatchCopy` does.
  init(expanded source: String) {
    if Self.isGitRepository(source) {
      self = .gitRepository(source)
    } else if source.hasPrefix("http://") || source.hasPrefix("https://") {
      self = .url(source)
    } else {
      self = .path(source)
    }
  }

  /// Whether `source` is a Git reference BuildKit's `gitutil.ParseGitRef` tells apart from a
  /// local path.
  private static func isGitRepository(_ source: String) -> Bool {
    if source.hasPrefix("git://") || source.hasPrefix("ssh://") {
      return true
    }
    if source.hasPrefix("http://") || source.hasPrefix("https://") {
      let withoutFragment = source.split(separator: "#", maxSplits: 1).first ?? ""
      let path = withoutFragment.split(separator: "?", maxSplits: 1).first ?? ""
      return path.hasSuffix(".git")
    }
    // The scp-like form `user@host:path` (without an `@` byte, there is no `@` character).
    guard source.utf8.contains(UInt8(ascii: "@")), let at = source.firstIndex(of: "@"),
      let colon = source.firstIndex(of: ":"), at < colon, at > source.startIndex
    else {
      return false
    }
    let user = source[..<at]
    let host = source[source.index(after: at)..<colon]
    return !host.isEmpty && !host.contains("/")
      && user.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
  }
}
