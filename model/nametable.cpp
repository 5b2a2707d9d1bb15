#include "nametable.h"

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
