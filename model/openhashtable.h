#pragma once

#include "hugepageallocator.h"

#include <QtGlobal>

#include <cstddef>
#include <type_traits>
#include <vector>

// The open-addressing table behind the interners and the importers' frame and
// stack tables. Each caller keeps its keys in storage of its own (a name
// table, a byte arena), so a slot holds only the hash and whatever locates the
// key: one slot fetch and one hash compare reject almost every wrong key
// without touching the key's bytes, which on large imports miss the cache.
//
// Slot: trivially copyable with a `quint64 hash` member, default-constructed
// with hash 0. A hash of 0 marks an empty slot, so callers' hashes must never
// be 0 (set the low bit). Linear probing at a load of at most one half.
template<typename Slot>
class OpenHashTable final
{
    static_assert(std::is_trivially_copyable_v<Slot>);

public:
    // capacity: the initial number of slots, a power of two.
    explicit OpenHashTable(size_t capacity = 1024)
        : m_slots(capacity)
    {
        Q_ASSERT(capacity >= 2 && (capacity & (capacity - 1)) == 0);
    }

    size_t size() const { return m_count; }
    size_t capacity() const { return m_slots.size(); }

    // The slot holding the key that equal(slot) accepts among those with this
    // hash, or, when there is none, an empty slot that fill(slot) makes hold it;
    // *inserted says which. fill must set the hash. The reference stays valid
    // until the next insertion.
    template<typename Equal, typename Fill>
    Q_ALWAYS_INLINE Slot &findOrInsert(quint64 hash, Equal &&equal, Fill &&fill, bool *inserted)
    {
        Q_ASSERT(hash != 0);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == 0) {
                fill(slot);
                Q_ASSERT(slot.hash == hash);
                *inserted = true;
                if (++m_count * 2 > m_slots.size())
                    return m_slots[grow(i)];
                return slot;
            }
            if (slot.hash == hash && equal(static_cast<const Slot &>(slot))) {
                *inserted = false;
                return slot;
            }
        }
    }

    // The slot a lookup of this hash starts at: to prefetch it, or the key it
    // points to, before the lookup itself.
    const Slot &home(quint64 hash) const { return m_slots[hash & (m_slots.size() - 1)]; }
    void prefetch(quint64 hash) const { __builtin_prefetch(&home(hash)); }

    void clear(size_t capacity = 1024)
    {
        m_slots.assign(capacity, Slot());
        m_count = 0;
    }

private:
    // Doubles the slots; returns where the slot at `index` went.
    Q_NEVER_INLINE size_t grow(size_t index)
    {
        HugePageVector<Slot> bigger(m_slots.size() * 2);
        const size_t mask = bigger.size() - 1;
        size_t moved = 0;
        for (size_t old = 0; old < m_slots.size(); ++old) {
            const Slot &slot = m_slots[old];
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & mask;
            while (bigger[i].hash != 0)
                i = (i + 1) & mask;
            bigger[i] = slot;
            if (old == index)
                moved = i;
        }
        m_slots.swap(bigger);
        return moved;
    }

    HugePageVector<Slot> m_slots;
    size_t m_count = 0;
};
