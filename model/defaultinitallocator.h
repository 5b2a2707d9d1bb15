#pragma once

#include "hugepageallocator.h"

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

// std::allocator, except that value-initialising an element (resize(n), a
// vector of n elements) leaves it uninitialised when the type is trivial: for
// columns that are written in full right after they are sized. The call tree's
// 6M-node columns were zeroed on one thread and then overwritten by the two
// tree-writing threads; 144 MB of memset and the first touch of every page.
// Such columns are big, so blocks of 2 MB and more come in huge pages
// (HugePageAllocator): aligned to 2 MB, where reserveInHugePages could only
// advise the whole huge pages inside a block malloc had placed.
template<typename T> class DefaultInitAllocator : public HugePageAllocator<T>
{
public:
    template<typename U> struct rebind
    {
        using other = DefaultInitAllocator<U>;
    };

    DefaultInitAllocator() noexcept = default;
    template<typename U>
    DefaultInitAllocator(const DefaultInitAllocator<U> &other) noexcept : HugePageAllocator<T>(other)
    { }

    template<typename U> void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U; // default-, not value-initialised
    }
    template<typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        std::construct_at(p, std::forward<Args>(args)...);
    }
};

// A column written in full once sized (see DefaultInitAllocator).
template<typename T> using UninitializedVector = std::vector<T, DefaultInitAllocator<T>>;
