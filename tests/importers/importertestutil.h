#pragma once

// Small helpers shared by the importer tests: compressing test inputs, running
// one importer over a file or bytes, a pipe-like device and printing a tree for
// readable comparisons.

#include "importers/importresult.h"
#include "importers/inputstream.h"
#include "importers/profileimporter.h"
#include "model/profile.h"
#include "model/progress.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>
#include <QTest>

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Collapsed corpus files a writer must round-trip through its own format: plain
// stacks, async-profiler's names and recursion. Adds the "file" column.
inline void addRoundTripRows()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("flames") << corpus("collapsed/inferno/base_flames.txt");
    QTest::newRow("async-profiler") << corpus("collapsed/inferno/colors_async-profiler-collapsed-part.txt");
    QTest::newRow("recursion") << corpus("collapsed/recursion.txt");
}

// One importer over a file, read through InputStream as the app reads it; a file
// that cannot be opened is a failed import naming the reason.
inline ImportResult importFile(const ProfileImporter &importer, const QString &path)
{
    QString error;
    std::unique_ptr<InputStream> input = InputStream::openFile(path, &error);
    if (!input)
        return ImportResult::failure(error);
    return importer.read(*input, Progress::none());
}

// One importer over bytes in memory; source is the name errors quote.
inline ImportResult importBytes(const ProfileImporter &importer, const QByteArray &bytes, const QString &source)
{
    std::unique_ptr<InputStream> input = InputStream::fromBytes(bytes, source);
    return importer.read(*input, Progress::none());
}

// A pipe: sequential, no size, bytes handed out at most chunk at a time, so a
// reader cannot seek back and sees the input split at odd places.
class PipeDevice final : public QIODevice
{
public:
    PipeDevice(QByteArray bytes, qint64 chunk)
        : m_bytes(std::move(bytes))
        , m_chunk(chunk)
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_bytes.size() - m_pos, m_chunk});
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

// {total, self} of the node at a root-first path in one sample type; {-1, -1}
// when there is no such node.
inline std::pair<qint64, qint64> totalSelf(const Profile &profile, const std::vector<std::string_view> &path, int type)
{
    const NodeId n = profile.findPath(path);
    if (!n.isValid())
        return {-1, -1};
    return {profile.tree().total(n, type), profile.tree().self(n, type)};
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

// Labelled samples in a dump: as the profile stores them, or sorted, for
// profiles whose label set ids follow the order a file first used them in.
enum class LabelOrder { AsStored, Sorted };

// Tree, types, metadata and labels as text: every node in pre-order as
// "depth name total total ...", with the sample types, the default type and the
// metadata, so two profiles dump the same only when they hold the same tree.
inline std::string dump(const Profile &p, LabelOrder labelOrder)
{
    std::string out;
    for (const SampleType &t : p.sampleTypes())
        out += t.type + "/" + t.unit + " ";
    out += "default " + std::to_string(p.defaultSampleType()) + "\n";
    const ProfileMetadata &m = p.metadata();
    out += std::to_string(m.timeNanos) + " " + std::to_string(m.durationNanos) + " " + m.periodType.type + "/"
         + m.periodType.unit + " " + std::to_string(m.period) + "\n";
    for (const std::string &c : m.comments)
        out += "# " + c + "\n";
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const NodeId id(n);
        out += std::to_string(t.depth(id)) + " " + std::string(p.name(id));
        for (int s = 0; s < t.sampleTypeCount(); ++s)
            out += " " + std::to_string(t.total(id, s));
        out += "\n";
    }
    std::vector<std::string> labelled;
    for (const LabelledSample &s : p.labels().samples) {
        std::string line = "label " + std::to_string(s.leaf.index) + ":";
        for (const auto &[k, v] : p.labels().sets[s.labelSet])
            line += " " + k + "=" + v;
        for (qint64 v : s.values)
            line += " " + std::to_string(v);
        labelled.push_back(line);
    }
    if (labelOrder == LabelOrder::Sorted)
        std::sort(labelled.begin(), labelled.end());
    for (const std::string &line : labelled)
        out += line + "\n";
    return out;
}

} // namespace testutil
