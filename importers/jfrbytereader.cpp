#include "jfrbytereader.h"

#include <algorithm>

void JfrByteReader::need(qint64 bytes) const
{
    if (bytes > m_end - m_position)
        fail(tr("truncated chunk: %1 bytes needed, %2 left").arg(bytes).arg(m_end - m_position));
}

void JfrByteReader::seek(qint64 position, const char *what)
{
    if (position < m_begin || position > m_end)
        fail(tr("%1 %2 is outside its chunk (bytes %3 to %4)")
                 .arg(tr(what))
                 .arg(position)
                 .arg(m_begin)
                 .arg(m_end));
    m_position = position;
}

quint8 JfrByteReader::u8()
{
    need(1);
    return m_data[m_position++];
}

quint16 JfrByteReader::u16()
{
    need(2);
    const quint8 *p = m_data + m_position;
    m_position += 2;
    return quint16((p[0] << 8) | p[1]);
}

quint32 JfrByteReader::u32()
{
    need(4);
    const quint8 *p = m_data + m_position;
    m_position += 4;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 JfrByteReader::u64()
{
    const quint64 high = u32();
    return (high << 32) | u32();
}

quint64 JfrByteReader::varint()
{
    const qint64 start = m_position;
    quint64 value = 0;
    for (int i = 0; i < 8; ++i) {
        if (m_position >= m_end)
            failAt(tr("truncated chunk inside a compressed integer"), start);
        const quint8 b = m_data[m_position++];
        value |= quint64(b & 0x7f) << (7 * i);
        if (b < 0x80)
            return value;
    }
    if (m_position >= m_end)
        failAt(tr("truncated chunk inside a compressed integer"), start);
    return value | (quint64(m_data[m_position++]) << 56);
}

qint64 JfrByteReader::readCount(const char *what)
{
    const qint64 at = m_position;
    const qint64 count = readInt();
    if (count < 0 || count > remaining())
        failAt(tr("%1 %2 is more than the %3 bytes left in the chunk")
                   .arg(tr(what))
                   .arg(count)
                   .arg(remaining()),
               at);
    return count;
}

std::string_view JfrByteReader::bytes(qint64 length, const char *what)
{
    if (length < 0 || length > remaining())
        fail(tr("%1 of %2 bytes runs past the chunk (%3 left)")
                 .arg(tr(what))
                 .arg(length)
                 .arg(remaining()));
    const std::string_view view(reinterpret_cast<const char *>(m_data + m_position),
                                size_t(length));
    m_position += length;
    return view;
}

std::string JfrByteReader::utf16String(qint64 length)
{
    std::u16string units;
    units.reserve(size_t(std::min(length, remaining())));
    for (qint64 i = 0; i < length; ++i)
        units.push_back(char16_t(readShort()));
    std::string text;
    for (size_t i = 0; i < units.size(); ++i) {
        char32_t c = units[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < units.size() && units[i + 1] >= 0xdc00
            && units[i + 1] < 0xe000)
            c = 0x10000 + ((c - 0xd800) << 10) + (units[++i] - 0xdc00);
        if (c < 0x80) {
            text.push_back(char(c));
        } else if (c < 0x800) {
            text.push_back(char(0xc0 | (c >> 6)));
            text.push_back(char(0x80 | (c & 0x3f)));
        } else if (c < 0x10000) {
            text.push_back(char(0xe0 | (c >> 12)));
            text.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            text.push_back(char(0x80 | (c & 0x3f)));
        } else {
            text.push_back(char(0xf0 | (c >> 18)));
            text.push_back(char(0x80 | ((c >> 12) & 0x3f)));
            text.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            text.push_back(char(0x80 | (c & 0x3f)));
        }
    }
    return text;
}
