/// Parsed Dockerfiles and `.dockerignore` files by blob id, and resolved stages by blob id, build
/// arguments and path, shared by every definition read in one run: a file unchanged between two
/// revisions, or used by many images, is parsed once.
///
/// Parsing depends only on a file's bytes (resolving stages, also on the build arguments and the
/// path diagnostics name), and equal blob ids mean equal bytes, so a cached result is the one a
/// fresh parse would give, failures included. Files without an id (an empty id) are parsed every
/// time.
///
/// A class so that the definitions of both sides of a comparison fill the same cache. Not
/// `Sendable`: one run uses it from one task.
public final class ParseCache {
  private var dockerfiles: [String: Result<Dockerfile, any Error>] = [:]
  private var ignoreFiles: [String: Result<DockerIgnore, DockerIgnoreError>] = [:]
  private var stages: [StagesKey: Result<BuildStages, any Error>] = [:]

  /// What resolving a Dockerfile's stages depends on: the file's bytes (by blob id), the build
  /// arguments, and the path its diagnostics name.
  private struct StagesKey: Hashable {
    var id: String
    var buildArguments: [String: String]
    var file: String?
  }

  /// Creates an empty cache.
  public init() {}

  /// How many distinct files have been parsed through the cache.
  public var count: Int { dockerfiles.count + ignoreFiles.count }

  /// The Dockerfile with blob id `id`, parsed by `parse` the first time.
  func dockerfile(id: String?, parse: () throws -> Dockerfile) throws -> Dockerfile {
    try Self.cached(Self.known(id), in: &dockerfiles, parse: parse)
  }

  /// The `.dockerignore` rules with blob id `id`, parsed by `parse` the first time.
  func dockerIgnore(
    id: String?, parse: () throws(DockerIgnoreError) -> DockerIgnore
  ) throws(DockerIgnoreError) -> DockerIgnore {
    try Self.cached(Self.known(id), in: &ignoreFiles, parse: parse)
  }

  /// The stages of the Dockerfile with blob id `id` for `buildArguments`, with diagnostics
  /// naming `file`, resolved by `resolve` the first time: both sides of a comparison mostly hold
  /// the same Dockerfiles with the same build arguments.
  func stages(
    id: String?, buildArguments: [String: String], file: String?,
    resolve: () throws -> BuildStages
  ) throws -> BuildStages {
    let key = Self.known(id).map {
      StagesKey(id: $0, buildArguments: buildArguments, file: file)
    }
    return try Self.cached(key, in: &stages, parse: resolve)
  }

  /// `id`, unless it is missing or empty.
  private static func known(_ id: String?) -> String? {
    guard let id, !id.isEmpty else {
      return nil
    }
    return id
  }

  /// The value stored for `key` in `store`, else `parse`'s outcome, stored when there is a key.
  private static func cached<Key: Hashable, Value, Failure: Error>(
    _ key: Key?, in store: inout [Key: Result<Value, Failure>],
    parse: () throws(Failure) -> Value
  ) throws(Failure) -> Value {
    guard let key else {
      return try parse()
    }
    if let known = store[key] {
      return try known.get()
    }
    let outcome = Result(catching: parse)
    store[key] = outcome
    return try outcome.get()
  }
}
