#include "perfframecache.h"

PerfFrameCache::PerfFrameCache()
    : m_table(1024) // 32 KB: a small input (a push, a fuzz input) stays off the mmap path
{}

void PerfFrameCache::fill(Slot &slot, std::string_view symbol, quint32 module, quint64 h)
{
    slot.hash = h;
    slot.keyOffset = m_chars.size();
    slot.keyLength = quint32(symbol.size());
    slot.module = module;
    m_chars.insert(m_chars.end(), symbol.begin(), symbol.end());
}
