#pragma once

#include <cstdint>

// Puts malloc's own heaps in transparent huge pages, as glibc does itself
// with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, a setting that only the
// environment can make, before main().
//
// Why: on a virtual machine every 4 KB page fault is a trip to the hypervisor,
// about 11 us on our 2-core VM against 0.06 ms for a whole 2 MB page that the
// host has backed before. HugePageAllocator already puts blocks of 2 MB and
// more in huge pages; the rest (hash tables, names, stacks, read buffers that
// grow through smaller sizes, and the many small blocks) took 13,000 faults in
// an import of the 300 MB perf script file, a quarter of its CPU time.
// Measured in BENCHMARKS.md.
//
// glibc on Linux only; elsewhere, and under the sanitizers (which bring their
// own allocator), every call does nothing.
class HugePageHeap final
{
public:
    // Once, at the start of main(), before any thread starts: blocks up to
    // 32 MB come from the heaps (not from an mmap of their own, which each
    // free() would give back and the next allocation fault in again), freed
    // memory stays for reuse up to 128 MB, and the main heap grows 64 MB at a
    // time. Then advises the main heap.
    static void configure();
    // Advises the heap that the calling thread allocates from: a thread's
    // heap (glibc reserves 64 MB for it) in full, or the main heap as far as
    // it has grown. Called where an import starts and by each of its worker
    // threads; after the first call on a thread it costs a malloc() and a
    // compare, unless the heap has grown.
    static void adviseThisThread();
    static bool isConfigured() { return s_configured; }

private:
    static void adviseMainHeap();
    static bool isThreadHeap(std::uintptr_t base);

    static bool s_configured;
    static std::uintptr_t s_mainHeapBegin;
};
