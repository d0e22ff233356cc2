import AffectedGit

/// The loaded libgit2 cannot handle shallow clones, which CI uses by default.
struct LibGit2TooOld: Error, CustomStringConvertible {
  var found: LibGit2Version

  var description: String {
    """
    libgit2 \(found) is too old: affected needs \(LibGit2Version.minimum) or newer, which understands \
    shallow clones. On Debian 12 install libgit2-dev from bookworm-backports (Scripts/bootstrap.sh does \
    this); Ubuntu 24.04 and Debian 13 have a new enough libgit2-dev.
    """
  }
}
