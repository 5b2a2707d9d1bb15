#include "hugepageheap.h"

#include "hugepagereserve.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string_view>

// The sanitizers bring their own allocator: GCC says so with __SANITIZE_*__,
// clang (before 17) only through __has_feature.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#    define PYROGRAPH_SANITIZER_ALLOCATOR 1
#elif defined(__has_feature)
#    if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) \
        || __has_feature(memory_sanitizer)
#        define PYROGRAPH_SANITIZER_ALLOCATOR 1
#    endif
#endif

#if defined(__linux__) && defined(__GLIBC__) && !defined(PYROGRAPH_SANITIZER_ALLOCATOR)
#    include <malloc.h>
#    include <unistd.h>
#    define PYROGRAPH_GLIBC_HEAP 1
#endif

bool HugePageHeap::s_configured = false;
std::uintptr_t HugePageHeap::s_mainHeapBegin = 0;

namespace {
constexpr std::size_t mib = std::size_t(1) << 20;
// glibc reserves each thread's heap as 64 MB aligned to 64 MB (HEAP_MAX_SIZE
// on 64-bit systems) and makes it writable as it grows.
constexpr std::uintptr_t threadHeapBytes = std::uintptr_t(64) * mib;

#ifdef PYROGRAPH_GLIBC_HEAP
std::mutex mainHeapMutex;
std::uintptr_t mainHeapAdvisedEnd = 0; // guarded by mainHeapMutex

std::uintptr_t probeAddress()
{
    // volatile: a malloc() whose block is unused may be dropped by the compiler.
    void *volatile probe = std::malloc(64);
    const auto address = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    return address;
}
#endif

struct Mapping
{
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    bool anonymous = false;
    bool mainHeap = false; // "[heap]"
};

// Calls visit(mapping) for each line of /proc/self/maps until it returns false.
template<typename Visit> void forEachMapping(Visit visit)
{
    FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long begin = 0, end = 0, inode = 0;
        char path[256] = "";
        if (std::sscanf(line, "%lx-%lx %*s %*s %*s %lu %255s", &begin, &end, &inode, path) < 3)
            continue;
        const std::string_view name(path);
        if (!visit(Mapping{begin, end, inode == 0 && name.empty(), name == "[heap]"}))
            break;
    }
    std::fclose(maps);
}
} // namespace

void HugePageHeap::configure()
{
#ifdef PYROGRAPH_GLIBC_HEAP
    if (s_configured)
        return;
    mallopt(M_MMAP_THRESHOLD, int(32 * mib));
    mallopt(M_TRIM_THRESHOLD, int(128 * mib));
    mallopt(M_TOP_PAD, int(64 * mib));
    // Where the main heap starts: a thread that allocates there is on the main arena.
    s_mainHeapBegin = reinterpret_cast<std::uintptr_t>(sbrk(0));
    forEachMapping([](const Mapping &m) {
        if (m.mainHeap)
            s_mainHeapBegin = std::min(s_mainHeapBegin, m.begin);
        return !m.mainHeap;
    });
    // Grow the main heap now, with a block that must come from it: the advice
    // then covers the 64 MB of padding that the next allocations will fill.
    void *volatile block = std::malloc(31 * mib);
    std::free(block);
    s_configured = true;
    adviseMainHeap();
#endif
}

void HugePageHeap::adviseThisThread()
{
#ifdef PYROGRAPH_GLIBC_HEAP
    if (!s_configured)
        return;
    const std::uintptr_t address = probeAddress();
    if (address >= s_mainHeapBegin && address < reinterpret_cast<std::uintptr_t>(sbrk(0))) {
        adviseMainHeap();
        return;
    }
    thread_local std::uintptr_t advisedBase = 0;
    const std::uintptr_t base = address & ~(threadHeapBytes - 1);
    if (base == advisedBase)
        return;
    advisedBase = base;
    if (isThreadHeap(base))
        adviseHugePages(reinterpret_cast<const void *>(base), threadHeapBytes);
#endif
}

void HugePageHeap::adviseMainHeap()
{
#ifdef PYROGRAPH_GLIBC_HEAP
    // What brk added since the last call (the whole heap the first time).
    std::lock_guard lock(mainHeapMutex);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t begin = std::max(mainHeapAdvisedEnd, s_mainHeapBegin);
    if (end > begin)
        adviseHugePages(reinterpret_cast<const void *>(begin), end - begin);
    mainHeapAdvisedEnd = std::max(mainHeapAdvisedEnd, end);
#endif
}

// Whether the 64 MB at base are anonymous memory without a gap, as glibc's
// thread heaps are (the writable part and the reserved rest). A neighbour
// with the same flags may have merged with either end.
bool HugePageHeap::isThreadHeap(std::uintptr_t base)
{
    const std::uintptr_t limit = base + threadHeapBytes;
    std::uintptr_t covered = base; // covered by anonymous mappings from base on
    bool gap = false;
    forEachMapping([&](const Mapping &m) {
        if (m.end <= covered || m.begin >= limit)
            return m.begin < limit;
        if (!m.anonymous || m.begin > covered) {
            gap = true;
            return false;
        }
        covered = m.end;
        return covered < limit;
    });
    return !gap && covered >= limit;
}
