#ifndef ZELFSCAN_CMALLOC_SHIM_H
#define ZELFSCAN_CMALLOC_SHIM_H
/* glibc's allocator controls (mallopt, malloc_trim); other C libraries have no <malloc.h>. */
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif
