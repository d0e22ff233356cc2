/// Parsed Dockerfiles and `.dockerignore` files by blob id, shared by every definition read in
/// one run: a file unchanged between two revisions, or used by many images, is parsed once.
///
/// Parsing depends only on a file's bytes, and equal blob ids mean equal bytes, so a cached
/// result is the one a fresh parse would give, failures included. Files without an id (an empty
/// id) are parsed every time.
///
/// A class so that the definitions of both sides of a comparison fill the same cache. Not
/// `Sendable`: one run uses it from one task.
public final class ParseCache {
  private var dockerfiles: [String: Result<Dockerfile, any Error>] = [:]
  private var ignoreFiles: [String: Result<DockerIgnore, DockerIgnoreError>] = [:]

  /// Creates an empty cache.
  public init() {}

  /// How many distinct files have been parsed through the cache.
  public var count: Int { dockerfiles.count + ignoreFiles.count }

  /// The Dockerfile with blob id `id`, parsed by `parse` the first time.
  func dockerfile(id: String?, parse: () throws -> Dockerfile) throws -> Dockerfile {
    try Self.cached(id, in: &dockerfiles, parse: parse)
  }

  /// The `.dockerignore` rules with blob id `id`, parsed by `parse` the first time.
  func dockerIgnore(
    id: String?, parse: () throws(DockerIgnoreError) -> DockerIgnore
  ) throws(DockerIgnoreError) -> DockerIgnore {
    try Self.cached(id, in: &ignoreFiles, parse: parse)
  }

  /// The value stored for `id` in `store`, else `parse`'s outcome, stored when `id` is known.
  private static func cached<Value, Failure: Error>(
    _ id: String?, in store: inout [String: Result<Value, Failure>],
    parse: () throws(Failure) -> Value
  ) throws(Failure) -> Value {
    guard let id, !id.isEmpty else {
      return try parse()
    }
    if let known = store[id] {
      return try known.get()
    }
    let outcome = Result(catching: parse)
    store[id] = outcome
    return try outcome.get()
  }
}
