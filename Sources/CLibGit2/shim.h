#ifndef AFFECTED_CLIBGIT2_SHIM_H
#define AFFECTED_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/errors.h>
#endif
