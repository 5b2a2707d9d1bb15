#pragma once

#include "hugepageallocator.h"
#include "ids.h"

#include <string>
#include <string_view>
#include <vector>

// Interned function names: one character blob plus offsets, so a profile with
// 60,000 names costs two allocations, not 60,000.
class NameTable final
{
public:
    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    std::string_view name(NameId id) const
    {
        return std::string_view(m_chars.data() + m_offsets[id.index],
                                m_offsets[id.index + 1] - m_offsets[id.index]);
    }
    // Appends without interning; NameTableBuilder guarantees uniqueness.
    NameId append(std::string_view name);
    void reserve(qsizetype names, qsizetype chars);
    qsizetype byteSize() const;
    // Every id, ordered by its name's bytes: the order of siblings in a tree
    // (CallTreeBuilder, DiffBuilder). A big table is sorted in two halves on
    // two threads, then merged.
    std::vector<quint32> idsInByteOrder() const;

private:
    HugePageVector<char> m_chars;
    HugePageVector<quint64> m_offsets{0};
};
