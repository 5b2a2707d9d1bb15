#pragma once

// Small helpers shared by the importer tests: compressing test inputs and
// printing a tree for readable comparisons.

#include "model/profile.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zlib.h>
#include <zstd.h>

namespace testutil {

// One gzip member of bytes.
inline QByteArray gzip(const QByteArray &bytes, int level = 6)
{
    z_stream zs{};
    deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(bytes.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QByteArray zstd(const QByteArray &bytes, int level = 3)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), bytes.constData(), size_t(bytes.size()), level);
    out.resize(qsizetype(n));
    return out;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

// "name total/self" per node in pre-order, indented by depth, every sample type.
inline QString printTree(const Profile &p)
{
    QString out;
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const NodeId id(n);
        out += QString(int(t.depth(id)) * 2, u' ') + QString::fromUtf8(p.name(id).data(), qsizetype(p.name(id).size()));
        for (int s = 0; s < p.sampleTypeCount(); ++s)
            out += u' ' + QString::number(t.total(id, s)) + u'/' + QString::number(t.self(id, s));
        out += u'\n';
    }
    return out;
}

} // namespace testutil
