import CLibGit2

/// An open git repository: a working copy, a bare repository or a linked worktree.
///
/// It owns the libgit2 handle and frees it when released. Values read from it (commits, change sets,
/// snapshot entries) are copied out, so they stay valid on their own; a ``Snapshot`` keeps its repository
/// alive. Not `Sendable`: open one repository per task for parallel work.
public final class Repository {
  let pointer: OpaquePointer
  /// The tree listings this handle and those opened from its ``location`` read.
  let trees: TreeStore
  /// The pack files, mapped once for this handle and those opened from its ``location``.
  let sharedPacks: SharedPackFiles
  /// The repository's pack files, mapped when first needed; `nil` when it has none.
  private(set) lazy var packs = sharedPacks.packs(in: objectsDirectory + "pack/")
  /// This handle's reader of the pack files, which it tries before libgit2 for trees and blobs.
  private(set) lazy var packReader = packs.map(PackReader.init)

  /// Opens the repository that contains `path`, searching parent folders as git does.
  ///
  /// Wraps `git_repository_open_ext`.
  /// - Throws: ``GitError`` with a message that says how to point `affected` at a repository.
  public convenience init(discoveringFrom path: String) throws(GitError) {
    try self.init(discoveringFrom: path, trees: TreeStore(), packs: SharedPackFiles())
  }

  /// Opens the repository that contains `path`, sharing the tree listings in `trees` and the
  /// pack files in `packs`.
  init(discoveringFrom path: String, trees: TreeStore, packs: SharedPackFiles) throws(GitError) {
    _ = LibGit2.initialized
    var handle: OpaquePointer?
    let result = git_repository_open_ext(&handle, path, 0, nil)
    guard result == 0, let handle else {
      if result == GIT_ENOTFOUND.rawValue {
        throw GitError(
          code: .notFound,
          message:
            "'\(path)' is not inside a git repository; run affected in a checkout or pass --repository PATH",
          operation: "git_repository_open_ext")
      }
      throw LibGit2.lastError(code: result, "git_repository_open_ext")
    }
    pointer = handle
    self.trees = trees
    sharedPacks = packs
  }

  deinit {
    git_repository_free(pointer)
  }

  /// Where another thread opens its own handle on this repository: the working tree, or the git
  /// folder of a bare repository. Handles opened there share the trees this one reads and its
  /// mapped pack files.
  public var location: RepositoryLocation {
    RepositoryLocation(path: workingDirectory ?? gitDirectory, trees: trees, packs: sharedPacks)
  }

  /// The path of the `.git` folder (or of the bare repository), ending with `/`.
  public var gitDirectory: String {
    String(cString: git_repository_path(pointer))
  }

  /// The working tree's folder ending with `/`, or `nil` for a bare repository.
  public var workingDirectory: String? {
    git_repository_workdir(pointer).map { String(cString: $0) }
  }

  /// Whether the repository has no working tree. Wraps `git_repository_is_bare`.
  public var isBare: Bool {
    git_repository_is_bare(pointer) == 1
  }

  /// Whether the history is cut (a `--depth` clone). Wraps `git_repository_is_shallow`.
  public var isShallow: Bool {
    git_repository_is_shallow(pointer) == 1
  }

  /// Whether `HEAD` names a branch that has no commit yet. Wraps `git_repository_head_unborn`.
  public var isEmpty: Bool {
    git_repository_head_unborn(pointer) == 1
  }

  /// The short name of the branch `HEAD` is on (`main`, `feature/x`), or `nil` when `HEAD` is
  /// detached or unborn. Wraps `git_repository_head` and `git_reference_shorthand`.
  public var currentBranch: String? {
    var reference: OpaquePointer?
    guard git_repository_head(&reference, pointer) == 0, let reference else { return nil }
    defer { git_reference_free(reference) }
    guard git_reference_is_branch(reference) == 1 else { return nil }
    return git_reference_shorthand(reference).map { String(cString: $0) }
  }

  /// Whether the clone was made with `--filter`, so that objects may be missing locally.
  public var isPartialClone: Bool {
    configValues(matching: #"^remote\..*\.promisor$"#).contains { $0.value == "true" }
      || configValues(matching: #"^extensions\.partialclone$"#).isEmpty == false
  }

  /// Whether the object database holds `id`. Wraps `git_odb_exists`.
  public func contains(_ id: ObjectID) -> Bool {
    var odb: OpaquePointer?
    guard git_repository_odb(&odb, pointer) == 0, let odb else { return false }
    defer { git_odb_free(odb) }
    var oid = id.raw
    return git_odb_exists(odb, &oid) == 1
  }

  /// The configuration entries whose names match the regular expression `pattern`, in the order git reads
  /// them. Wraps `git_config_iterator_glob_new`.
  public func configValues(matching pattern: String) -> [(name: String, value: String)] {
    var config: OpaquePointer?
    guard git_repository_config_snapshot(&config, pointer) == 0, let config else { return [] }
    defer { git_config_free(config) }
    var iterator: OpaquePointer?
    guard git_config_iterator_glob_new(&iterator, config, pattern) == 0, let iterator else {
      return []
    }
    defer { git_config_iterator_free(iterator) }
    var entries: [(name: String, value: String)] = []
    var entry: UnsafeMutablePointer<git_config_entry>?
    while git_config_next(&entry, iterator) == 0, let current = entry?.pointee {
      entries.append((String(cString: current.name), String(cString: current.value)))
    }
    return entries
  }
}
