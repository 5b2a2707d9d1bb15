#pragma once

#include <QString>

#include <memory>
#include <string_view>

class QIODevice;

// Compresses bytes into a gzip member as they come (zlib's deflate), so a
// profile that arrives in pieces (a server's answer) is written compressed
// without ever being held whole: memory stays at zlib's window and one buffer.
class GzipStreamWriter final
{
public:
    // level: zlib's 1 (fast) .. 9 (small); pprof's writer uses 6.
    explicit GzipStreamWriter(QIODevice &out, int level = 6);
    ~GzipStreamWriter();
    GzipStreamWriter(const GzipStreamWriter &) = delete;
    GzipStreamWriter &operator=(const GzipStreamWriter &) = delete;

    // False with error() when the device refuses a write.
    bool write(std::string_view bytes);
    // Ends the member (the trailer's CRC and size); false with error().
    bool finish();
    QString error() const { return m_error; }

private:
    bool deflateInto(int flush);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QIODevice &m_out;
    QString m_error;
};
