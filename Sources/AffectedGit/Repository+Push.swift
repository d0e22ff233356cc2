import CLibGit2

extension Repository {
  /// Pushes `refspecs` (such as `+refs/tags/deployed/prod/api:refs/tags/deployed/prod/api`) to
  /// the remote `name`.
  ///
  /// Authenticates as ``fetchHistory(remote:depth:including:)`` does: the
  /// `http.<url>.extraheader` and `http.extraheader` values of the git configuration are sent as
  /// HTTP headers, so the token `actions/checkout` stores works (it needs `contents: write`).
  /// A remote that is a local path needs nothing.
  ///
  /// Wraps `git_remote_lookup`, `git_push_options_init` and `git_remote_push`.
  /// - Throws: ``GitError`` when the remote is unknown, the push fails, or the remote refuses a
  ///   reference (the message names each refused reference and the remote's reason).
  public func push(remote name: String, refspecs: [String]) throws(GitError) {
    var remote: OpaquePointer?
    try LibGit2.check(git_remote_lookup(&remote, pointer, name), "git_remote_lookup")
    defer { git_remote_free(remote) }
    let url =
      (git_remote_pushurl(remote) ?? git_remote_url(remote)).map { String(cString: $0) }
      ?? ""
    let refused = RefusedReferences()
    try withStringArray(refspecs) { (refspecArray) throws(GitError) in
      try withStringArray(extraHeaders(for: url)) { (headerArray) throws(GitError) in
        var options = git_push_options()
        try LibGit2.check(
          git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)),
          "git_push_options_init")
        options.custom_headers = headerArray
        options.callbacks.payload = Unmanaged.passUnretained(refused).toOpaque()
        options.callbacks.push_update_reference = { reference, status, payload in
          if let reference, let status, let payload {
            Unmanaged<RefusedReferences>.fromOpaque(payload).takeUnretainedValue().lines.append(
              "\(String(cString: reference)): \(String(cString: status))")
          }
          return 0
        }
        var specs = refspecArray
        let result = git_remote_push(remote, &specs, &options)
        if result < 0 {
          var error = LibGit2.lastError(code: result, "git_remote_push")
          error.message =
            "pushing to '\(name)' (\(url)) failed: \(error.message); check the remote's URL and "
            + "that its credentials may push (a GitHub token needs contents: write)"
          throw error
        }
      }
    }
    guard refused.lines.isEmpty else {
      throw GitError(
        code: .other(GIT_ERROR.rawValue),
        message: "'\(name)' (\(url)) refused \(refused.lines.joined(separator: "; ")); "
          + "check its branch and tag protection rules",
        operation: "git_remote_push")
    }
  }
}

/// The references a remote refused during a push, as `reference: reason` lines.
private final class RefusedReferences {
  var lines: [String] = []
}
