/// What build contexts send below the folders already listed in one revision's files, kept so
/// that images reading the same folder of the same context list and filter it once.
///
/// Which files a context sends below a folder depends only on the revision's files, the
/// context's folder, its `.dockerignore` rules and the folder listed; those (the files being
/// the source that owns the cache) are the key, so a kept listing is the one a fresh walk
/// would give.
///
/// A class so that the copies of one source share it. Not `Sendable`: one source is read from
/// one thread.
public final class ContextListingCache {
  /// What decides a listing, apart from the revision's files.
  private struct Key: Hashable {
    var root: String
    var ignore: DockerIgnore
    var scope: String
  }

  private var listings: [Key: [SentFile]] = [:]

  /// Creates an empty cache.
  public init() {}

  /// How many listings are kept.
  public var count: Int { listings.count }

  /// The files `context` sends below `scope`, listed by `list` the first time.
  func sent(in context: LocalContext, under scope: String, list: () -> [SentFile])
    -> [SentFile]
  {
    let key = Key(root: context.root, ignore: context.ignore, scope: scope)
    if let known = listings[key] {
      return known
    }
    let listed = list()
    listings[key] = listed
    return listed
  }
}

/// A file source that keeps what build contexts send, for ``ImageInputs`` to reuse across the
/// images of its revision.
public protocol ContextListingCaching: FileSource {
  /// The listings kept for this source's files; the source's files must not change while it
  /// is in use.
  var contextListings: ContextListingCache { get }
}
