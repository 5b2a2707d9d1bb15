#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

class QIODevice;

// Bytes from a file, a buffer or stdin, inflated on the fly when they start with
// the gzip (1f 8b) or zstd (28 b5 2f fd) magic. Reads in chunks, so a 1 GB
// collapsed file never sits in memory. Refuses a decompression bomb: output past
// the limits below is an error, not an out-of-memory.
class InputStream final
{
public:
    enum class Compression { None, Gzip, Zstd };

    // Takes ownership of device (opened for reading). source names it in errors.
    InputStream(std::unique_ptr<QIODevice> device, QString source);
    static std::unique_ptr<InputStream> openFile(const QString &path, QString *error);
    static std::unique_ptr<InputStream> fromBytes(QByteArray bytes, QString source);
    ~InputStream();

    const QString &source() const { return m_source; }
    Compression compression() const { return m_compression; }
    // Size of the raw (possibly compressed) input, -1 when unknown (stdin).
    qint64 rawSize() const;
    qint64 rawPosition() const; // for progress
    // The first up to `bytes` decompressed bytes, without consuming them.
    std::string_view peek(qsizetype bytes = 65536);
    // Up to maxBytes decompressed bytes; 0 at the end; -1 on error (see error()).
    qint64 read(char *data, qint64 maxBytes);
    // Everything that is left, for formats that need the whole document (pprof, JSON).
    // Empty with error() set when it failed.
    QByteArray readAll();
    bool atEnd();
    // The rest of an in-memory input (fromBytes) as one view, without copying
    // it; read() is at the end after it. Empty, with nothing consumed, for
    // anything else (a file, stdin, compressed bytes): read() goes on as before.
    std::optional<std::string_view> takeRest();
    const QString &error() const { return m_error; }
    qint64 decompressedPosition() const { return m_position; }

    // A compressed input may not inflate past ImportLimits' maxDecompressedBytes
    // (16 GiB unless --max-decompressed says otherwise) nor past maxRatio times
    // its compressed size (once above 64 MiB).
    static qint64 maxDecompressedBytes();
    static constexpr qint64 maxRatio = 1000;
    static constexpr qint64 ratioFloor = qint64(64) << 20;
    // Lowers (or raises) the limits above for this stream, so that tests can
    // provoke the refusal without inflating gigabytes.
    void setLimits(qint64 maxBytes, qint64 ratio = maxRatio, qint64 floor = ratioFloor);

private:
    struct Decoder;
    qint64 fill(char *data, qint64 maxBytes);
    qint64 decode(char *data, qint64 maxBytes);
    bool checkLimits();
    qint64 currentLimit() const;
    bool restart(qint64 skip);
    QByteArray inflateWholeGzip(bool *fallBack);

    std::unique_ptr<QIODevice> m_device;
    QString m_source;
    Compression m_compression = Compression::None;
    std::unique_ptr<Decoder> m_decoder;
    QByteArray m_peeked; // decompressed bytes read ahead by peek()
    qsizetype m_peekedOffset = 0;
    qint64 m_position = 0;
    qint64 m_produced = 0; // decompressed bytes made so far, peeked ones included
    qint64 m_skip = 0; // bytes to drop after restart(), already returned once
    qint64 m_maxBytes = maxDecompressedBytes();
    qint64 m_maxRatio = maxRatio;
    qint64 m_ratioFloor = ratioFloor;
    QString m_error;
};
