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
    return h;
}
} // namespace

NameInterner::NameInterner()
    : m_slots(1024, 0)
{}

NameId NameInterner::intern(std::string_view name)
{
    const quint64 h = hashName(name);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0) {
            const NameId id = m_table.append(name);
            m_slots[i] = id.index + 1;
            m_hashes.push_back(h);
            if (size_t(m_table.size()) * 2 > m_slots.size())
                grow();
            return id;
        }
        if (m_hashes[slot - 1] == h && m_table.name(NameId(slot - 1)) == name)
            return NameId(slot - 1);
    }
}

void NameInterner::grow()
{
    std::vector<quint32> slots(m_slots.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (quint32 id = 0; id < quint32(m_table.size()); ++id) {
        size_t i = m_hashes[id] & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = id + 1;
    }
    m_slots = std::move(slots);
}

NameTable NameInterner::takeTable()
{
    NameTable t = std::move(m_table);
    m_table = NameTable();
    m_slots.assign(1024, 0);
    m_hashes.clear();
    return t;
}
