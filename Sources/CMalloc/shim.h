// glibc's allocator settings (mallopt), which the Glibc module leaves out; empty elsewhere.
#ifdef __linux__
#include <malloc.h>
#endif
