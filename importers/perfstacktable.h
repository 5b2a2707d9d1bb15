#pragma once

#include "model/hugepageallocator.h"
#include "model/openhashtable.h"

#include <QtGlobal>

#include <limits>
#include <span>
#include <vector>

// Distinct (label set, stack) pairs with their values per event:
// stackcollapse-perf.pl's %collapsed without a string per stack. One per
// worker; the merge reads it back stack by stack.
class PerfStackTable final
{
public:
    PerfStackTable();

    // The stack's id; a new pair gets the next id, with every value 0.
    quint32 insert(std::span<const quint32> frames, qint32 labelSet);
    void addValue(quint32 stack, int column, qint64 value)
    {
        while (int(m_values.size()) <= column)
            m_values.emplace_back(m_labelSet.size(), 0);
        // Periods are the file's word and may add up past qint64: saturated,
        // ProfileBuilder's sum limit then refuses the file by name.
        qint64 &sum = m_values[size_t(column)][stack];
        if (__builtin_add_overflow(sum, value, &sum)) [[unlikely]]
            sum =
                value < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }

    size_t size() const { return m_labelSet.size(); }
    std::span<const quint32> frames(quint32 stack) const
    {
        return {m_frames.data() + m_start[stack], size_t(m_start[stack + 1] - m_start[stack])};
    }
    qint32 labelSet(quint32 stack) const { return m_labelSet[stack]; }
    qint64 value(int column, quint32 stack) const
    {
        return column < int(m_values.size()) ? m_values[size_t(column)][stack] : 0;
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint32 id = 0;
    };

    OpenHashTable<Slot> m_table;
    HugePageVector<quint32> m_frames; // every stack's, one after another
    HugePageVector<quint64> m_start{0};
    HugePageVector<qint32> m_labelSet;
    std::vector<HugePageVector<qint64>> m_values; // [event][stack]
};
