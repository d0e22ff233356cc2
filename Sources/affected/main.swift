import AffectedGit
print("affected (libgit2 \(LibGit2Version.current))")
