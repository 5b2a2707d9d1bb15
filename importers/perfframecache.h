#pragma once

#include "bytehash.h"
#include "model/hugepageallocator.h"
#include "model/openhashtable.h"

#include <QtGlobal>

#include <cstring>
#include <string_view>
#include <vector>

// A frame's symbol without its offset and its module ("sym", module id) -> the
// range of leaf-first name ids it became. This lookup runs once per frame line
// and sets the import speed. Keyed without the offset, the cache holds a
// function once however many addresses in it were sampled: on the benchmark's
// file 4x fewer keys than by raw text, and the keys a third shorter (no module
// path).
class PerfFrameCache final
{
public:
    struct Range // of leaf-first name ids
    {
        quint32 begin = 0;
        quint32 end = 0;
    };

    PerfFrameCache();

    static quint64 hashOf(std::string_view symbol, quint32 module) // never 0: an empty slot
    {
        return (hashBytes(symbol.data(), symbol.size()) ^ (quint64(module) * 0x9e3779b97f4a7c15ull)) | 1;
    }
    // A sample's frames are looked up together: their slots, then the keys of
    // the slots that match, are fetched before any is compared, so that the
    // cache misses of one sample overlap (the lookup was 85% of the parse).
    void prefetchSlot(quint64 h) const { m_table.prefetch(h); }
    void prefetchKey(quint64 h) const
    {
        const Slot &slot = m_table.home(h);
        // An empty key may sit in an empty m_chars, whose data() is null: no
        // pointer arithmetic on it.
        if (slot.hash == h && slot.keyLength > 0) {
            // A key of 60-100 bytes often spans two cache lines.
            const char *key = m_chars.data() + slot.keyOffset;
            __builtin_prefetch(key);
            __builtin_prefetch(key + (slot.keyLength - 1));
        }
    }

    // The cached range, or null after inserting the key with an empty range
    // that the caller fills with setRange() before the next find().
    // h: hashOf(symbol, module).
    const Range *find(std::string_view symbol, quint32 module, quint64 h)
    {
        bool inserted = false;
        Slot &slot = m_table.findOrInsert(
            h,
            [&](const Slot &s) {
                // An empty symbol may meet an empty m_chars: no memcmp of null.
                return s.keyLength == symbol.size() && s.module == module
                    && (symbol.empty()
                        || std::memcmp(m_chars.data() + s.keyOffset, symbol.data(), symbol.size())
                            == 0);
            },
            [&](Slot &s) { fill(s, symbol, module, h); }, &inserted);
        if (!inserted)
            return &slot.range;
        m_last = &slot;
        return nullptr;
    }
    void setRange(quint32 begin, quint32 end) { m_last->range = {begin, end}; }
    size_t size() const { return m_table.size(); }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint64 keyOffset = 0; // in m_chars
        quint32 keyLength = 0;
        quint32 module = 0;
        Range range;
    };

    void fill(Slot &slot, std::string_view symbol, quint32 module, quint64 h);

    OpenHashTable<Slot> m_table;
    HugePageVector<char> m_chars;
    Slot *m_last = nullptr; // the slot find() inserted last
};
