#include "inputstream.h"

#include "model/defaultinitallocator.h"
#include "model/hugepagereserve.h"
#include "model/importlimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <libdeflate.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {
// lupdate files Text::tr("...") under InputStream.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputStream)
};

constexpr qsizetype rawChunk = qsizetype(1) << 20;

bool hasGzipMagic(const char *p, size_t n)
{
    return n >= 2 && quint8(p[0]) == 0x1f && quint8(p[1]) == 0x8b;
}

bool hasZstdMagic(const char *p, size_t n)
{
    return n >= 4 && quint8(p[0]) == 0x28 && quint8(p[1]) == 0xb5 && quint8(p[2]) == 0x2f && quint8(p[3]) == 0xfd;
}
} // namespace

// The raw (compressed) side: a buffer of device bytes and the inflater state.
struct InputStream::Decoder
{
    // Not zeroed: a 1 MiB memset per stream was a twentieth of a server push.
    std::vector<char, DefaultInitAllocator<char>> in;
    size_t inPos = 0;
    size_t inLen = 0;
    qint64 rawRead = 0; // device bytes read into `in` so far
    bool deviceEof = false;
    bool finished = false; // no decompressed bytes will follow

    z_stream zs{};
    bool zsInit = false;
    bool memberDone = false; // zlib reached the end of a gzip member
    ZSTD_DStream *zstd = nullptr;
    size_t zstdLast = 0; // last ZSTD_decompressStream result: 0 = frame complete
    bool zstdWindowSet = false;

    explicit Decoder(size_t capacity)
        : in(capacity)
    {}
    ~Decoder()
    {
        if (zsInit)
            inflateEnd(&zs);
        if (zstd)
            ZSTD_freeDStream(zstd);
    }
    // Compressed bytes consumed by the inflater: where an error happened.
    qint64 rawOffset() const { return rawRead - qint64(inLen - inPos); }
};

InputStream::InputStream(std::unique_ptr<QIODevice> device, QString source)
    : m_device(std::move(device))
    , m_source(std::move(source))
{
    restart(0);
}

InputStream::~InputStream() = default;

std::unique_ptr<InputStream> InputStream::openFile(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>();
    bool ok;
    QString source = path;
    if (path == QLatin1String("-")) {
        source = QStringLiteral("stdin");
        ok = file->open(stdin, QIODevice::ReadOnly);
    } else {
        file->setFileName(path);
        ok = file->open(QIODevice::ReadOnly);
    }
    if (!ok) {
        if (error)
            *error = Text::tr("%1: cannot open: %2").arg(source, file->errorString());
        return nullptr;
    }
    return std::make_unique<InputStream>(std::move(file), source);
}

std::unique_ptr<InputStream> InputStream::fromBytes(QByteArray bytes, QString source)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(std::move(bytes));
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<InputStream>(std::move(buffer), std::move(source));
}

void InputStream::setLimits(qint64 maxBytes, qint64 ratio, qint64 floor)
{
    m_maxBytes = maxBytes;
    m_maxRatio = ratio;
    m_ratioFloor = floor;
}

qint64 InputStream::rawSize() const
{
    return m_device->isSequential() ? -1 : m_device->size();
}

qint64 InputStream::rawPosition() const
{
    return m_decoder ? m_decoder->rawOffset() : 0;
}

// Starts decoding from the first byte again (the device must be seekable
// unless nothing was read yet) and drops the first `skip` decompressed bytes,
// which the caller has already returned once.
bool InputStream::restart(qint64 skip)
{
    if (m_decoder && !m_device->seek(0)) {
        m_error = Text::tr("%1: cannot seek back: %2").arg(m_source, m_device->errorString());
        return false;
    }
    // A raw chunk no bigger than the input: a 2 KB request body does not
    // allocate (and, under ASan, map and unmap) a 1 MiB buffer.
    const qint64 raw = rawSize();
    m_decoder = std::make_unique<Decoder>(size_t(raw >= 0 ? std::clamp<qint64>(raw, 4096, rawChunk) : rawChunk));
    m_peeked.clear();
    m_peekedOffset = 0;
    m_produced = 0;
    m_skip = skip;
    Decoder &d = *m_decoder;
    // Fill the first raw chunk to learn the compression from the magic bytes.
    while (d.inLen < 4 && !d.deviceEof) {
        const qint64 n = m_device->read(d.in.data() + d.inLen, qint64(d.in.size() - d.inLen));
        if (n < 0) {
            m_error = Text::tr("%1: read error: %2").arg(m_source, m_device->errorString());
            return false;
        }
        if (n == 0)
            d.deviceEof = true;
        d.inLen += size_t(n);
        d.rawRead += n;
    }
    if (hasGzipMagic(d.in.data(), d.inLen)) {
        m_compression = Compression::Gzip;
        // 15 + 16: a gzip wrapper only; members are chained by hand below.
        if (inflateInit2(&d.zs, 15 + 16) != Z_OK) {
            m_error =
                Text::tr("%1: %2: cannot initialise zlib").arg(m_source, QStringLiteral("gzip"));
            return false;
        }
        d.zsInit = true;
    } else if (hasZstdMagic(d.in.data(), d.inLen)) {
        m_compression = Compression::Zstd;
        d.zstd = ZSTD_createDStream();
        ZSTD_initDStream(d.zstd);
    } else {
        m_compression = Compression::None;
    }
    return true;
}

qint64 InputStream::maxDecompressedBytes()
{
    return ImportLimits::current().maxDecompressedBytes;
}

qint64 InputStream::currentLimit() const
{
    // The ratio applies to the whole compressed size when known (a file), else
    // to what was read so far (stdin), which only makes the limit later.
    const qint64 raw = rawSize() >= 0 ? rawSize() : (m_decoder ? m_decoder->rawRead : 0);
    const qint64 byRatio = raw > m_maxBytes / std::max<qint64>(m_maxRatio, 1) ? m_maxBytes : raw * m_maxRatio;
    return std::min(m_maxBytes, std::max(m_ratioFloor, byRatio));
}

bool InputStream::checkLimits()
{
    if (m_compression == Compression::None)
        return true;
    const qint64 limit = currentLimit();
    if (m_produced <= limit)
        return true;
    // Two texts rather than an optional clause, so that a translation can order its words.
    m_error =
        (limit == m_maxBytes ? Text::tr("%1: %2 data decompresses past %3 bytes: refusing a likely "
                                        "decompression bomb (--max-decompressed raises the limit)")
                             : Text::tr("%1: %2 data decompresses past %3 bytes: refusing a likely "
                                        "decompression bomb"))
            .arg(m_source,
                 m_compression == Compression::Gzip ? QStringLiteral("gzip")
                                                    : QStringLiteral("zstd"))
            .arg(limit);
    return false;
}

// Decompressed bytes straight from the decoder (no peek buffer, no skip).
qint64 InputStream::decode(char *data, qint64 maxBytes)
{
    Decoder &d = *m_decoder;
    if (d.finished || maxBytes <= 0)
        return 0;
    auto refill = [&]() -> bool {
        if (d.inPos < d.inLen || d.deviceEof)
            return true;
        d.inPos = 0;
        d.inLen = 0;
        const qint64 n = m_device->read(d.in.data(), qint64(d.in.size()));
        if (n < 0) {
            m_error = Text::tr("%1: read error: %2").arg(m_source, m_device->errorString());
            return false;
        }
        if (n == 0)
            d.deviceEof = true;
        d.inLen = size_t(n);
        d.rawRead += n;
        return true;
    };

    if (m_compression == Compression::None) {
        if (d.inPos < d.inLen) {
            const size_t n = std::min(size_t(maxBytes), d.inLen - d.inPos);
            std::memcpy(data, d.in.data() + d.inPos, n);
            d.inPos += n;
            return qint64(n);
        }
        if (d.deviceEof) {
            d.finished = true;
            return 0;
        }
        // Large reads go straight into the caller's buffer.
        const qint64 n = m_device->read(data, maxBytes);
        if (n < 0) {
            m_error = Text::tr("%1: read error: %2").arg(m_source, m_device->errorString());
            return -1;
        }
        if (n == 0) {
            d.deviceEof = true;
            d.finished = true;
        }
        d.rawRead += n;
        return n;
    }

    if (m_compression == Compression::Gzip) {
        for (;;) {
            if (!refill())
                return -1;
            if (d.memberDone) {
                // Another member follows (pigz, cat a.gz b.gz), or trailing
                // bytes that gzip itself ignores with a warning.
                if (d.inPos == d.inLen && d.deviceEof) {
                    d.finished = true;
                    return 0;
                }
                if (d.inLen - d.inPos < 2 && !d.deviceEof) {
                    // A member header split across chunks: keep the byte.
                    std::memmove(d.in.data(), d.in.data() + d.inPos, d.inLen - d.inPos);
                    d.inLen -= d.inPos;
                    d.inPos = 0;
                    const qint64 n = m_device->read(d.in.data() + d.inLen, qint64(d.in.size() - d.inLen));
                    if (n <= 0)
                        d.deviceEof = true;
                    else {
                        d.inLen += size_t(n);
                        d.rawRead += n;
                    }
                    continue;
                }
                if (!hasGzipMagic(d.in.data() + d.inPos, d.inLen - d.inPos)) {
                    d.finished = true;
                    return 0;
                }
                inflateReset(&d.zs);
                d.memberDone = false;
            }
            d.zs.next_in = reinterpret_cast<Bytef *>(d.in.data() + d.inPos);
            d.zs.avail_in = uInt(d.inLen - d.inPos);
            d.zs.next_out = reinterpret_cast<Bytef *>(data);
            d.zs.avail_out = uInt(std::min<qint64>(maxBytes, qint64(1) << 30));
            const uInt availOut = d.zs.avail_out;
            const int rc = inflate(&d.zs, Z_NO_FLUSH);
            d.inPos = d.inLen - d.zs.avail_in;
            const qint64 produced = qint64(availOut - d.zs.avail_out);
            if (rc == Z_STREAM_END) {
                d.memberDone = true;
            } else if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_MEM_ERROR) {
                m_error = Text::tr("%1: %2: corrupt compressed data at byte %3: %4")
                              .arg(m_source, QStringLiteral("gzip"))
                              .arg(d.rawOffset())
                              .arg(QString::fromLatin1(d.zs.msg ? d.zs.msg : "inflate failed"));
                return -1;
            } else if (rc == Z_BUF_ERROR || (rc == Z_OK && produced == 0)) {
                if (d.inPos == d.inLen && d.deviceEof) {
                    m_error = Text::tr("%1: %2: truncated: the compressed data ends at byte %3 "
                                       "in the middle of a member")
                                  .arg(m_source, QStringLiteral("gzip"))
                                  .arg(d.rawRead);
                    return -1;
                }
            }
            if (produced > 0)
                return produced;
        }
    }

    // zstd: ZSTD_decompressStream chains frames by itself. It allocates the
    // window a frame's header asks for, up to 128 MB: 20 hostile bytes bought
    // that much. No window past what the input may decompress to is needed;
    // set before the first frame, once the caller's limits are known.
    if (!d.zstdWindowSet) {
        int windowLog = 10; // zstd's smallest window; 31 its largest
        while (windowLog < 31 && (qint64(1) << windowLog) < currentLimit())
            ++windowLog;
        ZSTD_DCtx_setParameter(d.zstd, ZSTD_d_windowLogMax, windowLog);
        d.zstdWindowSet = true;
    }
    for (;;) {
        if (!refill())
            return -1;
        ZSTD_inBuffer input{d.in.data(), d.inLen, d.inPos};
        ZSTD_outBuffer output{data, size_t(maxBytes), 0};
        // With no input left, only flushing can happen: whether the last frame
        // was complete shows in the result of the call before.
        const size_t startPos = d.inPos;
        const size_t rc = ZSTD_decompressStream(d.zstd, &output, &input);
        d.inPos = input.pos;
        if (ZSTD_isError(rc) && ZSTD_getErrorCode(rc) == ZSTD_error_frameParameter_windowTooLarge) {
            // A window past the limit: the frame may produce that much, which
            // the limit refuses, with the same words and the same remedy.
            m_produced = currentLimit() + 1;
            checkLimits();
            return -1;
        }
        if (ZSTD_isError(rc)) {
            m_error = Text::tr("%1: %2: corrupt compressed data near byte %3: %4")
                          .arg(m_source, QStringLiteral("zstd"))
                          .arg(d.rawOffset())
                          .arg(QString::fromLatin1(ZSTD_getErrorName(rc)));
            return -1;
        }
        if (output.pos > 0 || input.pos > startPos)
            d.zstdLast = rc;
        if (output.pos > 0)
            return qint64(output.pos);
        if (d.inPos == d.inLen && d.deviceEof) {
            if (d.zstdLast != 0) {
                m_error = Text::tr("%1: %2: truncated: the compressed data ends at byte %3 "
                                   "in the middle of a frame")
                              .arg(m_source, QStringLiteral("zstd"))
                              .arg(d.rawRead);
                return -1;
            }
            d.finished = true;
            return 0;
        }
    }
}

qint64 InputStream::fill(char *data, qint64 maxBytes)
{
    if (!m_error.isEmpty())
        return -1;
    for (;;) {
        const qint64 n = decode(data, maxBytes);
        if (n <= 0)
            return n;
        m_produced += n;
        if (!checkLimits())
            return -1;
        if (m_skip == 0)
            return n;
        // After a restart: drop what the caller already has.
        const qint64 drop = std::min(m_skip, n);
        m_skip -= drop;
        if (drop < n) {
            std::memmove(data, data + drop, size_t(n - drop));
            return n - drop;
        }
    }
}

std::string_view InputStream::peek(qsizetype bytes)
{
    while (m_peeked.size() - m_peekedOffset < bytes && m_error.isEmpty()) {
        if (m_peekedOffset > 0) {
            m_peeked.remove(0, m_peekedOffset);
            m_peekedOffset = 0;
        }
        const qsizetype have = m_peeked.size();
        const qsizetype want = bytes - have;
        m_peeked.resize(have + want);
        const qint64 n = fill(m_peeked.data() + have, want);
        m_peeked.resize(have + std::max<qint64>(n, 0));
        if (n <= 0)
            break;
    }
    const qsizetype available = std::min(bytes, m_peeked.size() - m_peekedOffset);
    return std::string_view(m_peeked.constData() + m_peekedOffset, size_t(available));
}

qint64 InputStream::read(char *data, qint64 maxBytes)
{
    qint64 copied = 0;
    if (m_peekedOffset < m_peeked.size()) {
        copied = std::min<qint64>(maxBytes, m_peeked.size() - m_peekedOffset);
        std::memcpy(data, m_peeked.constData() + m_peekedOffset, size_t(copied));
        m_peekedOffset += copied;
        if (m_peekedOffset == m_peeked.size()) {
            m_peeked.clear();
            m_peekedOffset = 0;
        }
        m_position += copied;
        if (copied == maxBytes)
            return copied;
    }
    const qint64 n = fill(data + copied, maxBytes - copied);
    if (n < 0)
        return copied > 0 ? copied : -1; // the error shows on the next call
    m_position += n;
    return copied + n;
}

bool InputStream::atEnd()
{
    return peek(1).empty();
}

std::optional<std::string_view> InputStream::takeRest()
{
    // Files are not mapped: on the 300 MB perf script benchmark file a mapping
    // parsed in 0.56-0.62 s where read() took 0.41-0.46 s (2-core VM). The
    // parse then met every byte cold, through 4 KB pages, where read()'s copy
    // had left it in the core's cache.
    auto *buffer = qobject_cast<QBuffer *>(m_device.get());
    if (!buffer || !m_error.isEmpty() || m_compression != Compression::None || m_skip != 0)
        return std::nullopt;
    const QByteArray &whole = buffer->data();
    const std::string_view rest = whole.size() > m_position
                                      ? std::string_view(whole.constData() + m_position, size_t(whole.size() - m_position))
                                      : std::string_view();
    m_position = std::max<qint64>(m_position, whole.size());
    m_peeked.clear();
    m_peekedOffset = 0;
    m_decoder->finished = true;
    return rest;
}

// libdeflate inflates a whole buffer about twice as fast as zlib's streaming
// inflate. Measured on the 2-core dev machine (RelWithDebInfo, busy with other
// builds, best of 3), tests/bench's pyrograph_generate --pprof output (23 MB
// gzip, 45 MB raw pprof), whole InputStream calls including the file read:
//   readAll() through libdeflate        0.18 s
//   read() in 1 MiB chunks through zlib 0.35 s   (zcat > /dev/null: 0.40 s user)
// and in tst_InputStream::inflateSpeed (20 MB of folded text from 1 MB):
// 118 ms zlib vs 35 ms libdeflate. Only seekable inputs of known size take this
// path, since the whole compressed file is read first; stdin and pipes keep
// the streaming path.
QByteArray InputStream::inflateWholeGzip(bool *fallBack)
{
    *fallBack = true;
    const qint64 size = rawSize();
    if (size < 0 || size > (qint64(1) << 32) || !m_device->seek(0))
        return {};
    const QByteArray raw = m_device->read(size);
    if (raw.size() != size)
        return {};
    const qint64 limit = currentLimit();
    // ISIZE, the last member's length mod 2^32, is a good first guess.
    quint32 isize = 0;
    if (raw.size() >= 18)
        std::memcpy(&isize, raw.constData() + raw.size() - 4, 4); // little-endian host
    // Deflate cannot compress past 1032:1, so a bigger ISIZE is a corrupt or
    // hostile trailer: trusting it made a 64 MiB buffer for a 100-byte file.
    const qint64 plausible = std::min<qint64>(qint64(isize), size * 1032);
    // Profiles compress 3-20:1. A trailer claiming more is believed only once
    // the data fills a smaller buffer: a corrupt stream stops first, before a
    // buffer of up to 1032 times its size is allocated and zeroed by ASan.
    const qint64 ordinary = std::max<qint64>(size * 32, qint64(1) << 20);
    qint64 capacity = std::min(limit, std::max<qint64>(std::min(plausible, ordinary), size * 4) + 64);
    QByteArray out;
    libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    if (!d)
        return {};
    qint64 produced = 0;
    size_t inPos = 0;
    bool ok = true;
    while (ok && inPos < size_t(raw.size()) && hasGzipMagic(raw.constData() + inPos, size_t(raw.size()) - inPos)) {
        for (;;) {
            if (out.size() < capacity) {
                out.resize(capacity);
                adviseHugePages(out.constData(), size_t(capacity)); // one fault per 2 MB written
            }
            size_t inUsed = 0, outUsed = 0;
            const libdeflate_result rc = libdeflate_gzip_decompress_ex(
                d, raw.constData() + inPos, size_t(raw.size()) - inPos, out.data() + produced,
                size_t(capacity - produced), &inUsed, &outUsed);
            if (rc == LIBDEFLATE_SUCCESS) {
                inPos += inUsed;
                produced += qint64(outUsed);
                break;
            }
            if (rc == LIBDEFLATE_INSUFFICIENT_SPACE && capacity < limit) {
                capacity = std::min(limit, std::max(capacity * 2, plausible + 64));
                continue;
            }
            if (rc == LIBDEFLATE_INSUFFICIENT_SPACE) {
                m_produced = limit + 1;
                checkLimits();
                *fallBack = false;
            }
            // Corrupt or truncated: the streaming path finds the exact offset.
            ok = false;
            break;
        }
    }
    libdeflate_free_decompressor(d);
    if (!ok)
        return {};
    *fallBack = false;
    out.resize(produced);
    // Squeezing copies the whole message: only worth it for much slack (a
    // wrong ISIZE guess), not for the few bytes over an exact one.
    if (capacity - produced > produced / 8)
        out.squeeze();
    m_produced = produced;
    return out;
}

QByteArray InputStream::readAll()
{
    if (!m_error.isEmpty())
        return {};
    if (m_compression == Compression::Gzip && rawSize() >= 0) {
        bool fallBack = true;
        const qint64 consumed = m_position;
        QByteArray whole = inflateWholeGzip(&fallBack);
        if (!m_error.isEmpty())
            return {};
        if (!fallBack) {
            m_decoder->finished = true;
            m_peeked.clear();
            m_peekedOffset = 0;
            m_position = whole.size();
            if (consumed > 0)
                whole.remove(0, consumed);
            return whole;
        }
        if (!restart(consumed))
            return {};
    }
    QByteArray out;
    qint64 length = 0;
    qint64 capacity = rawSize() >= 0 ? std::max<qint64>(rawSize() - m_position, 0) + 4096 : rawChunk;
    // Compressed: three times the input to start with, doubling after. At
    // least 64 KB, not 1 MiB: a 2 KB body stays in ASan's (and malloc's) small
    // blocks instead of a fresh mapping per call.
    if (m_compression != Compression::None)
        capacity = std::max<qint64>(capacity * 3, qint64(64) << 10);
    for (;;) {
        if (capacity - length < 4096)
            capacity = capacity * 2;
        if (out.size() != capacity)
            out.resize(capacity);
        const qint64 n = read(out.data() + length, capacity - length);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        length += n;
    }
    if (!m_error.isEmpty())
        return {};
    out.resize(length);
    out.squeeze();
    return out;
}
