#pragma once

// tests/server/gotarget/main.go, built with Debian's go (PYROGRAPH_GO) and
// run: a real net/http/pprof to scrape, or a target that fails on purpose.
// Fails, never skips, when go is missing or the build fails.

#include "model/profile.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

namespace gotarget {

// The function with the most self samples of a type, the one the profile of the
// target's busy loop must put on top.
inline std::string hottestFunction(const Profile &profile, int sampleType)
{
    std::map<std::string, qint64> self;
    const CallTree &tree = profile.tree();
    for (qsizetype i = 1; i < tree.nodeCount(); ++i) {
        const NodeId node{quint32(i)};
        self[std::string(profile.names().name(tree.name(node)))] += tree.self(node, sampleType);
    }
    std::string hottest;
    qint64 most = -1;
    for (const auto &[name, value] : self)
        if (value > most) {
            hottest = name;
            most = value;
        }
    return hottest;
}

// Builds the program once per test process; empty with *error when that failed.
inline QString binary(QString *error)
{
    static QTemporaryDir dir;
    static QString built;
    static QString failure;
    if (!built.isEmpty() || !failure.isEmpty()) {
        *error = failure;
        return built;
    }
    QProcess go;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Its own caches, so that a test never writes to the user's.
    environment.insert(QStringLiteral("GOCACHE"), dir.filePath(QStringLiteral("gocache")));
    environment.insert(QStringLiteral("GOPATH"), dir.filePath(QStringLiteral("gopath")));
    environment.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    go.setProcessEnvironment(environment);
    go.setProcessChannelMode(QProcess::MergedChannels);
    const QString out = dir.filePath(QStringLiteral("gotarget"));
    go.start(QStringLiteral(PYROGRAPH_GO),
             {QStringLiteral("build"), QStringLiteral("-o"), out,
              QStringLiteral(PYROGRAPH_GOTARGET_DIR "/main.go")});
    if (!go.waitForStarted(10000))
        failure =
            QStringLiteral("cannot run %1 (Debian's golang-go)").arg(QStringLiteral(PYROGRAPH_GO));
    else if (!go.waitForFinished(300000) || go.exitCode() != 0)
        failure = QStringLiteral("go build failed: ") + QString::fromUtf8(go.readAll());
    else
        built = out;
    *error = failure;
    return built;
}

// One running target; port() is 0 when it did not start (error() says why).
class Process
{
public:
    explicit Process(const QString &mode = QStringLiteral("pprof"), const QStringList &more = {})
    {
        const QString program = binary(&m_error);
        if (program.isEmpty())
            return;
        m_process.start(program, QStringList{QStringLiteral("-mode"), mode} + more);
        static const QRegularExpression listening(QStringLiteral("listening (\\d+)"));
        QString out;
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            m_process.waitForReadyRead(100);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = listening.match(out); m.hasMatch())
                m_port = m.captured(1).toInt();
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        if (m_port == 0)
            m_error = QStringLiteral("gotarget -mode %1 did not start: %2%3")
                          .arg(mode, out, QString::fromUtf8(m_process.readAllStandardError()));
    }
    ~Process()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    int port() const { return m_port; }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }
    const QString &error() const { return m_error; }

private:
    QProcess m_process;
    QString m_error;
    int m_port = 0;
};

} // namespace gotarget
