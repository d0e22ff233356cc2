/// Parsed Dockerfiles and `.dockerignore` files by blob id, resolved stages by blob id and
/// build arguments, and parsed image references by text, shared by every definition read in one
/// run: a file unchanged between two revisions, or used by many images (under any path), is
/// parsed once.
///
/// Parsing depends only on a file's bytes (resolving stages, also on the build arguments, and
/// the stages' diagnostics name the Dockerfile's path, which is set on the way out), and equal
/// blob ids mean equal bytes, so a cached result is the one a fresh parse would give, failures
/// included. Files without an id (an empty id, or the zero id a working tree gives a file it
/// could not read) are parsed every time.
///
/// A class so that the definitions of both sides of a comparison fill the same cache. Not
/// `Sendable`: one run uses it from one task.
public final class ParseCache {
  private var dockerfiles: [String: Result<Dockerfile, any Error>] = [:]
  private var ignoreFiles: [String: Result<DockerIgnore, DockerIgnoreError>] = [:]
  private var stages: [StagesKey: Result<BuildStages, any Error>] = [:]
  private var references: [String: ImageReference?] = [:]

  /// What resolving a Dockerfile's stages depends on, apart from the path its diagnostics name:
  /// the file's bytes (by blob id) and the build arguments.
  private struct StagesKey: Hashable {
    var id: String
    var buildArguments: [String: String]
  }

  /// Creates an empty cache.
  public init() {}

  /// How many distinct files have been parsed through the cache.
  public var count: Int { dockerfiles.count + ignoreFiles.count }

  /// Whether the Dockerfile with blob id `id` is parsed already, so that its bytes need not be
  /// read for ``dockerfile(id:parse:)``.
  func holdsDockerfile(id: String?) -> Bool {
    Self.known(id).map { dockerfiles[$0] != nil } ?? false
  }

  /// Whether the `.dockerignore` file with blob id `id` is parsed already, so that its bytes need
  /// not be read for ``dockerIgnore(id:parse:)``.
  func holdsDockerIgnore(id: String?) -> Bool {
    Self.known(id).map { ignoreFiles[$0] != nil } ?? false
  }

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
  /// naming `file`, resolved by `resolve` (with diagnostics naming `file`) the first time: both
  /// sides of a comparison mostly hold the same Dockerfiles with the same build arguments, and
  /// many images use copies of one Dockerfile.
  func stages(
    id: String?, buildArguments: [String: String], file: String?,
    resolve: () throws -> BuildStages
  ) throws -> BuildStages {
    let key = Self.known(id).map { StagesKey(id: $0, buildArguments: buildArguments) }
    var resolved = try Self.cached(key, in: &stages, parse: resolve)
    // The diagnostics are the only part that names the path; they are rare.
    for index in resolved.diagnostics.indices {
      resolved.diagnostics[index].file = file
    }
    return resolved
  }

  /// `text` parsed as an image reference (`nil` when it is not one), parsed the first time:
  /// every image looks up the names its stages use, and most images share a few base images.
  func reference(_ text: String) -> ImageReference? {
    if let known = references[text] {
      return known
    }
    let parsed = ImageReference(text)
    references[text] = .some(parsed)
    return parsed
  }

  /// `id`, unless it is missing, empty, or the zero id (all `0`), which names no bytes.
  private static func known(_ id: String?) -> String? {
    guard let id, !id.isEmpty, id.utf8.contains(where: { $0 != UInt8(ascii: "0") }) else {
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
