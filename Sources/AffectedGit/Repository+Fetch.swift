import CLibGit2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Repository {
  /// Fetches history from `remote` down to `depth` commits (`nil`: all of it).
  ///
  /// A `nil` depth unshallows the clone. The fetch covers the remote's configured refspecs plus the
  /// commits named in `commits`, so that a detached head or a base given as a commit id gets deeper
  /// history too. Open the repository again afterwards: this handle keeps the shallow boundary it
  /// read when it was opened.
  ///
  /// Sends the `http.<url>.extraheader` and `http.extraheader` values of the git configuration as
  /// HTTP headers, as git does and libgit2 does not, so that the token `actions/checkout` stores
  /// works for private repositories. libgit2 1.8 cannot fetch with a depth over ssh or `git://`
  /// (1.9 can).
  ///
  /// The fetch runs in an empty scratch repository inside the git folder; its pack is then moved
  /// here and its shallow boundary merged with this clone's. Fetching here directly fails with
  /// libgit2 1.8 over HTTP as soon as the clone has 20 commits or more: it offers them as "have"
  /// lines in rounds of 20, the server repeats its shallow lines in every stateless round, and
  /// libgit2 stops reading each answer at the first of them, so it ends up reading an old answer as
  /// the pack ("incomplete pack header"; libgit2 pull request 6973, fixed in 1.9). An empty
  /// repository offers nothing and negotiates in one request; the price is that the server sends
  /// the whole requested window again, including objects this clone already has.
  ///
  /// Wraps `git_remote_lookup`, `git_repository_init`, `git_remote_create_anonymous` and
  /// `git_remote_fetch`.
  public func fetchHistory(remote name: String, depth: Int?, including commits: [ObjectID])
    throws(GitError)
  {
    var remote: OpaquePointer?
    try LibGit2.check(git_remote_lookup(&remote, pointer, name), "git_remote_lookup")
    defer { git_remote_free(remote) }
    let url = git_remote_url(remote).map { String(cString: $0) } ?? ""

    var configured = git_strarray()
    try LibGit2.check(
      git_remote_get_fetch_refspecs(&configured, remote), "git_remote_get_fetch_refspecs")
    var refspecs = (0..<configured.count).compactMap {
      configured.strings[$0].map { String(cString: $0) }
    }
    git_strarray_dispose(&configured)
    refspecs += commits.map(\.description)

    let headers = extraHeaders(for: url)
    let scratchPath = commonDirectory + "affected-fetch.git"
    removeScratch(at: scratchPath)
    defer { removeScratch(at: scratchPath) }
    var scratch: OpaquePointer?
    try LibGit2.check(git_repository_init(&scratch, scratchPath, 1), "git_repository_init")
    defer { git_repository_free(scratch) }
    var anonymous: OpaquePointer?
    try LibGit2.check(
      git_remote_create_anonymous(&anonymous, scratch, url), "git_remote_create_anonymous")
    defer { git_remote_free(anonymous) }

    try withStringArray(refspecs) { (refspecArray) throws(GitError) in
      try withStringArray(headers) { (headerArray) throws(GitError) in
        var options = git_fetch_options()
        try LibGit2.check(
          git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)),
          "git_fetch_options_init")
        options.depth = Int32(clamping: depth ?? Int(GIT_FETCH_DEPTH_UNSHALLOW.rawValue))
        options.custom_headers = headerArray
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        var specs = refspecArray
        let result = git_remote_fetch(anonymous, &specs, &options, "affected: --deepen")
        if result < 0 {
          var error = LibGit2.lastError(code: result, "git_remote_fetch")
          error.message =
            "fetching more history from '\(name)' (\(url)) failed: \(error.message)"
            + (url.hasPrefix("ssh") || url.contains("@") && !url.contains("://")
              || url.hasPrefix("git://")
              ? "; libgit2 \(LibGit2Version.current) cannot deepen over ssh or git://, "
                + "use an https remote"
              : "")
          throw error
        }
      }
    }
    try adoptFetch(from: scratchPath)
  }

  /// The `http.extraheader` values that git would send to `url`, most general first.
  func extraHeaders(for url: String) -> [String] {
    configValues(matching: #"^http\..*extraheader$"#).compactMap { entry in
      let name = entry.name
      guard name.lowercased().hasSuffix(".extraheader") else { return nil }
      let scope = name.dropFirst("http.".count).dropLast(".extraheader".count)
      return scope.isEmpty || url.hasPrefix(scope) ? entry.value : nil
    }
  }
}

/// Calls `body` with a `git_strarray` that borrows C copies of `strings` for the call's duration.
func withStringArray<Result>(
  _ strings: [String], _ body: (git_strarray) throws(GitError) -> Result
) throws(GitError) -> Result {
  var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
  defer { pointers.forEach { free($0) } }
  return try pointers.withUnsafeMutableBufferPointer { (buffer) throws(GitError) in
    try body(git_strarray(strings: buffer.baseAddress, count: buffer.count))
  }
}
