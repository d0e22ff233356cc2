#ifndef AFFECTED_CLIBDEFLATE_SHIM_H
#define AFFECTED_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
