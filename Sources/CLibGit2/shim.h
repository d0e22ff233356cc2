#ifndef AFFECTED_CLIBGIT2_SHIM_H
#define AFFECTED_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/errors.h>

/// Sets a libgit2 option that takes one int: `git_libgit2_opts` is variadic, which Swift cannot call.
static inline int affected_git_libgit2_opts_int(git_libgit2_opt_t option, int value) {
  return git_libgit2_opts(option, value);
}
#endif
