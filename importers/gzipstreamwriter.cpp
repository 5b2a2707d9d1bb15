#include "gzipstreamwriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

#include <array>

namespace {
// lupdate files Text::tr("...") under GzipStreamWriter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GzipStreamWriter)
};
} // namespace

struct GzipStreamWriter::Stream
{
    z_stream z{};
    bool ready = false;
    std::array<char, 1 << 16> buffer{};
};

GzipStreamWriter::GzipStreamWriter(QIODevice &out, int level)
    : m_stream(std::make_unique<Stream>()), m_out(out)
{
    // windowBits 15 + 16: a gzip header and trailer rather than zlib's.
    m_stream->ready =
        deflateInit2(&m_stream->z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    if (!m_stream->ready)
        m_error = Text::tr("%1: zlib did not start").arg(QStringLiteral("gzip"));
}

GzipStreamWriter::~GzipStreamWriter()
{
    if (m_stream->ready)
        deflateEnd(&m_stream->z);
}

bool GzipStreamWriter::deflateInto(int flush)
{
    z_stream &z = m_stream->z;
    int rc = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(m_stream->buffer.data());
        z.avail_out = uInt(m_stream->buffer.size());
        rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR) {
            m_error = Text::tr("%1: deflate failed").arg(QStringLiteral("gzip"));
            return false;
        }
        const qint64 produced = qint64(m_stream->buffer.size() - z.avail_out);
        if (produced > 0 && m_out.write(m_stream->buffer.data(), produced) != produced) {
            m_error = m_out.errorString();
            return false;
        }
    } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    return true;
}

bool GzipStreamWriter::write(std::string_view bytes)
{
    if (!m_stream->ready)
        return false;
    z_stream &z = m_stream->z;
    // zlib counts in uInt: feed a huge piece in parts.
    while (!bytes.empty()) {
        const size_t part = std::min<size_t>(bytes.size(), 1u << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        z.avail_in = uInt(part);
        if (!deflateInto(Z_NO_FLUSH))
            return false;
        bytes.remove_prefix(part);
    }
    return true;
}

bool GzipStreamWriter::finish()
{
    if (!m_stream->ready)
        return false;
    m_stream->z.avail_in = 0;
    return deflateInto(Z_FINISH);
}
