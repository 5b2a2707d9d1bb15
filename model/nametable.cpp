#include "nametable.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace {
// Below this a second thread costs more than it saves (a sort of 10,000 names
// takes about 1 ms).
constexpr size_t parallelNames = 16384;
} // namespace

NameId NameTable::append(std::string_view name)
{
    const NameId id(quint32(m_offsets.size() - 1));
    m_chars.insert(m_chars.end(), name.begin(), name.end());
    m_offsets.push_back(m_chars.size());
    return id;
}

void NameTable::reserve(qsizetype names, qsizetype chars)
{
    m_offsets.reserve(size_t(names) + 1);
    m_chars.reserve(size_t(chars));
}

qsizetype NameTable::byteSize() const
{
    return qsizetype(m_chars.capacity() + m_offsets.capacity() * sizeof(quint64));
}

std::vector<quint32> NameTable::idsInByteOrder() const
{
    std::vector<quint32> ids(static_cast<size_t>(size()));
    std::iota(ids.begin(), ids.end(), 0u);
    const auto byBytes = [this](quint32 a, quint32 b) { return name(NameId(a)) < name(NameId(b)); };
    if (ids.size() < parallelNames || std::thread::hardware_concurrency() < 2) {
        std::sort(ids.begin(), ids.end(), byBytes);
        return ids;
    }
    const auto middle = ids.begin() + qsizetype(ids.size() / 2);
    std::thread helper([&] { std::sort(middle, ids.end(), byBytes); });
    std::sort(ids.begin(), middle, byBytes);
    helper.join();
    std::inplace_merge(ids.begin(), middle, ids.end(), byBytes);
    return ids;
}
