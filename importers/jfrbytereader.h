#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

// What went wrong in a JFR file and at which byte of the whole input; thrown by
// the JFR readers and caught by JfrRecordingReader, which words the message.
struct JfrError
{
    QString what; // translated
    qint64 offset = 0;
};

// A bounds-checked cursor over one chunk of a JFR file. Integers are JFR's
// compressed ones (LEB128, at most 9 bytes, the ninth holding 8 bits) when the
// chunk header says so, else big-endian of their natural size; offsets are of
// the whole input, so that errors name the byte a user can look at.
class JfrByteReader final
{
    Q_DECLARE_TR_FUNCTIONS(JfrByteReader)

public:
    JfrByteReader(const quint8 *data, qint64 begin, qint64 end, bool compressedIntegers)
        : m_data(data)
        , m_begin(begin)
        , m_end(end)
        , m_position(begin)
        , m_compressed(compressedIntegers)
    { }

    qint64 position() const { return m_position; }
    qint64 begin() const { return m_begin; }
    qint64 end() const { return m_end; }
    qint64 remaining() const { return m_end - m_position; }
    bool atEnd() const { return m_position >= m_end; }
    // Moves within [begin, end]; what names the value that said where. Every
    // what is a QT_TRANSLATE_NOOP("JfrByteReader", ...) text, translated only
    // when it goes into an error.
    void seek(qint64 position, const char *what);

    quint8 u8();
    quint16 u16();
    quint32 u32();
    quint64 u64();
    // JFR's compressed integer, whatever the header's flag says (event sizes
    // and metadata are compressed in every version-2 chunk).
    quint64 varint();
    qint64 readShort() { return m_compressed ? qint16(varint()) : qint16(u16()); }
    qint64 readInt() { return m_compressed ? qint32(varint()) : qint32(u32()); }
    qint64 readLong() { return m_compressed ? qint64(varint()) : qint64(u64()); }
    // A count or size that must fit in what is left of the chunk, each item
    // taking at least one byte: a hostile count is refused before any
    // allocation it would size.
    qint64 readCount(const char *what);
    std::string_view bytes(qint64 length, const char *what);
    // length UTF-16 code units, each a char, as UTF-8 (JFR's string encoding 4).
    std::string utf16String(qint64 length);

    // what is translated (tr() of the class whose text it is).
    [[noreturn]] void fail(const QString &what) const { throw JfrError{what, m_position}; }
    [[noreturn]] void failAt(const QString &what, qint64 offset) const
    {
        throw JfrError{what, offset};
    }

private:
    void need(qint64 bytes) const;

    const quint8 *m_data;
    qint64 m_begin;
    qint64 m_end;
    qint64 m_position;
    bool m_compressed;
};
