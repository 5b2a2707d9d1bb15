#include "heapretention.h"

#if defined(__GLIBC__)
#    include <malloc.h>
#endif

void HeapRetention::keepFreedMemory()
{
#if defined(__GLIBC__)
    // Setting the trim threshold alone also fixes the mmap threshold at its
    // default (128 KB), so buffers above it would still be mapped and unmapped
    // per request; both are raised together. Allocations over 32 MB (a huge
    // profile) still get their own mapping and go back when freed.
    constexpr int mmapThreshold = 32 << 20;
    constexpr int trimThreshold = 64 << 20;
    mallopt(M_MMAP_THRESHOLD, mmapThreshold);
    mallopt(M_TRIM_THRESHOLD, trimThreshold);
#endif
}
