#pragma once

// Helpers shared by the server tests: a PyroscopeServer on a free loopback
// port over a library in a temporary folder, requests to it, and pprof bytes.

#include "importers/pprofwriter.h"
#include "importers/profilereader.h"
#include "library/library.h"
#include "model/profilebuilder.h"
#include "model/progress.h"
#include "server/pyroscopeserver.h"

#include <httplib.h>
#include <zlib.h>

#include <QFile>
#include <QTemporaryDir>

#include <limits>
#include <memory>
#include <string>

namespace servertest {

inline QString corpus(const QString &relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + relative;
}

inline QByteArray readCorpus(const QString &relative)
{
    QFile file(corpus(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// A pprof of stacks "root;...;leaf" with one value per sample type.
inline QByteArray
pprof(const std::vector<SampleType> &types,
      const std::vector<std::pair<std::vector<std::string_view>, std::vector<qint64>>> &stacks,
      qint64 period = 10000000, SampleType periodType = {"cpu", "nanoseconds"})
{
    ProfileBuilder builder(types);
    for (const auto &[stack, values] : stacks)
        builder.addStack(stack, values);
    builder.metadata().period = period;
    builder.metadata().periodType = periodType;
    return PprofWriter::encode(*builder.build());
}

inline std::string text(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

class TestServer
{
public:
    // Retention is off: the tests push profiles dated 2023 (queriertest::t0),
    // which the server's first retention pass, racing the test's pushes, would
    // delete.
    explicit TestServer(ServerOptions options = withoutRetention())
    {
        options.host = "127.0.0.1";
        options.port = 0;
        options.libraryFile = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_server = std::make_unique<PyroscopeServer>(options);
        m_error = m_server->start();
    }
    static ServerOptions withoutRetention()
    {
        ServerOptions options;
        options.retentionMs = 0;
        return options;
    }
    const QString &error() const { return m_error; }
    PyroscopeServer &server() { return *m_server; }
    Library &library() { return *m_server->library(); }
    int port() const { return m_server->port(); }
    std::unique_ptr<httplib::Client> client() const
    {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
        c->set_read_timeout(30, 0);
        return c;
    }
    std::vector<StoredProfileInfo> stored() const
    {
        return m_server->library()->list(LabelSelector(),
                                         TimeRange{0, std::numeric_limits<qint64>::max()});
    }
    // The merge of every stored profile of that type.
    ProfilePtr merged(const std::string &type) const
    {
        QString error;
        return m_server->library()->merge(type, LabelSelector(),
                                          TimeRange{0, std::numeric_limits<qint64>::max()}, &error);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PyroscopeServer> m_server;
    QString m_error;
};

// The total at a root-first path, -1 when the profile or the path is missing.
inline qint64 totalAt(const ProfilePtr &profile, const std::vector<std::string_view> &path,
                      int sampleType = 0)
{
    if (!profile)
        return -1;
    const NodeId node = profile->findPath(path);
    return node.isValid() ? profile->tree().total(node, sampleType) : -1;
}

inline std::string labelValue(const Labels &labels, std::string_view name)
{
    for (const auto &[key, value] : labels)
        if (key == name)
            return value;
    return "<absent>";
}

} // namespace servertest
