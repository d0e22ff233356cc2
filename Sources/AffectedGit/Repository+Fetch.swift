import CLibGit2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Repository {
  /// Fetches history from `remote` with the given depth (`nil`: the full history, unshallowing the
  /// clone), for the remote's configured refspecs plus the commits named in `commits`, so that a detached
  /// head or a base given as a commit id gets deeper history too.
  ///
  /// Sends the `http.<url>.extraheader` and `http.extraheader` values of the git configuration as HTTP
  /// headers, as git does and libgit2 does not, so that the token `actions/checkout` stores works for
  /// private repositories. libgit2 1.8 cannot fetch with a depth over ssh or `git://` (1.9 can).
  ///
  /// Wraps `git_remote_lookup` and `git_remote_fetch`.
  public func fetchHistory(remote name: String, depth: Int?, including commits: [ObjectID])
    throws(GitError)
  {
    var remote: OpaquePointer?
    try LibGit2.check(git_remote_lookup(&remote, pointer, name), "git_remote_lookup")
    defer { git_remote_free(remote) }
    let url = git_remote_url(remote).map { String(cString: $0) } ?? ""

    var configured = git_strarray()
    try LibGit2.check(git_remote_get_fetch_refspecs(&configured, remote), "git_remote_get_fetch_refspecs")
    var refspecs = (0..<configured.count).compactMap { configured.strings[$0].map { String(cString: $0) } }
    git_strarray_dispose(&configured)
    refspecs += commits.map(\.description)

    let headers = extraHeaders(for: url)
    try withStringArray(refspecs) { (refspecArray) throws(GitError) in
      try withStringArray(headers) { (headerArray) throws(GitError) in
        var options = git_fetch_options()
        try LibGit2.check(
          git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        options.depth = Int32(clamping: depth ?? Int(GIT_FETCH_DEPTH_UNSHALLOW.rawValue))
        options.custom_headers = headerArray
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        var specs = refspecArray
        let result = git_remote_fetch(remote, &specs, &options, "affected: --deepen")
        if result < 0 {
          var error = LibGit2.lastError(code: result, "git_remote_fetch")
          error.message = "fetching more history from '\(name)' (\(url)) failed: \(error.message)"
            + (url.hasPrefix("ssh") || url.contains("@") && !url.contains("://") || url.hasPrefix("git://")
              ? "; libgit2 \(LibGit2Version.current) cannot deepen over ssh or git://, use an https remote"
              : "")
          throw error
        }
      }
    }
  }

  /// The `http.extraheader` values that git would send to `url`, most general first.
  private func extraHeaders(for url: String) -> [String] {
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
