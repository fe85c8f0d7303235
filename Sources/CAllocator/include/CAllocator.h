#ifndef PODIUM_CALLOCATOR_H
#define PODIUM_CALLOCATOR_H

// glibc's allocator settings, which Swift's Glibc module does not carry (malloc.h is not in it).

#include <stdlib.h>  // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>

/// Fixes glibc's trim threshold at its default (128 KB). Setting it at all turns off glibc's habit of
/// raising its thresholds each time a large buffer is freed, so large freed buffers go back to the system.
static inline void podium_keep_allocator_thresholds_fixed(void) {
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
}

/// Gives every thread the one heap. By default glibc opens a heap for each thread that allocates at once as
/// another; memory freed in one is not reused by the others. Small allocations go through each thread's
/// cache, not the heap's lock.
static inline void podium_share_one_heap(void) {
    mallopt(M_ARENA_MAX, 1);
}
#else
static inline void podium_keep_allocator_thresholds_fixed(void) {}
static inline void podium_share_one_heap(void) {}
#endif

#endif
