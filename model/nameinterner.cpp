#include "nameinterner.h"

#include <utility>

namespace {
quint64 hashName(std::string_view s)
{
    // FNV-1a over 8-byte words: names are 40-120 bytes, so word steps matter.
    quint64 h = 0xcbf29ce484222325ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 w;
        __builtin_memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < s.size(); ++i)
        h = (h ^ quint8(s[i])) * 0x100000001b3ull;
    h ^= h >> 32;
    return h | 1; // 0 marks an empty slot
}
} // namespace

NameId NameInterner::intern(std::string_view name)
{
    const quint64 h = hashName(name);
    bool inserted = false;
    const Slot &slot = m_slots.findOrInsert(
        h, [&](const Slot &s) { return m_table.name(NameId(s.id)) == name; },
        [&](Slot &s) {
            s.hash = h;
            s.id = m_table.append(name).index;
        },
        &inserted);
    return NameId(slot.id);
}

NameTable NameInterner::takeTable()
{
    NameTable t = std::move(m_table);
    m_table = NameTable();
    m_slots.clear();
    return t;
}
