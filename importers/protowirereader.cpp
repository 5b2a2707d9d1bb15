#include "protowirereader.h"

quint64 ProtoWireReader::slowVarint()
{
    const Byte *at = m_p;
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_p >= m_end)
            throw PprofError(QT_TRANSLATE_NOOP("PprofError", "truncated varint"), offsetOf(at));
        const Byte b = *m_p++;
        value |= quint64(b & 0x7f) << shift;
        if (b < 0x80)
            return value;
    }
    throw PprofError(QT_TRANSLATE_NOOP("PprofError", "malformed varint (more than 10 bytes)"),
                     offsetOf(at));
}
