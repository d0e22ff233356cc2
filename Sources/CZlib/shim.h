#ifndef AFFECTED_CZLIB_SHIM_H
#define AFFECTED_CZLIB_SHIM_H
#include <zlib.h>

/// Starts an inflating stream: `inflateInit` is a macro, which Swift cannot call.
static inline int affected_inflate_init(z_stream *stream) {
  return inflateInit(stream);
}
#endif
