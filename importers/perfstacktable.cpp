#include "perfstacktable.h"

#include <algorithm>

PerfStackTable::PerfStackTable()
    : m_table(4096)
{}

quint32 PerfStackTable::insert(std::span<const quint32> frames, qint32 labelSet)
{
    quint64 h = 0x9e3779b97f4a7c15ull ^ quint64(quint32(labelSet)) ^ (quint64(frames.size()) << 32);
    for (quint32 f : frames) {
        h = (h ^ f) * 0xff51afd7ed558ccdull;
        h ^= h >> 31;
    }
    h |= 1; // 0 marks an empty slot
    bool inserted = false;
    const Slot &slot = m_table.findOrInsert(
        h,
        [&](const Slot &s) {
            return m_labelSet[s.id] == labelSet && m_start[s.id + 1] - m_start[s.id] == frames.size()
                   && std::equal(frames.begin(), frames.end(), m_frames.begin() + qint64(m_start[s.id]));
        },
        [&](Slot &s) {
            s.hash = h;
            s.id = quint32(m_labelSet.size());
            m_frames.insert(m_frames.end(), frames.begin(), frames.end());
            m_start.push_back(m_frames.size());
            m_labelSet.push_back(labelSet);
            for (auto &column : m_values)
                column.push_back(0);
        },
        &inserted);
    return slot.id;
}
