#include "recorder.h"

#include "app/cli/adhoccommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

Recorder::Recorder(QObject *parent)
    : QObject(parent)
    , m_executable(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so Stop reaches the command, perf and adhoc at
    // once, as a Ctrl+C at a terminal does, and the window's never.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(&m_process, &QProcess::readyRead, this,
            [this] { Q_EMIT output(QString::fromLocal8Bit(m_process.readAll())); });
    connect(&m_process, &QProcess::finished, this, &Recorder::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_error = tr("%1 did not start: %2").arg(m_executable, m_process.errorString());
            m_elapsedAtEnd = m_clock.elapsed();
            Q_EMIT finished(-1, {});
        }
    });
}

Recorder::~Recorder()
{
    if (isRunning()) {
        disconnect(&m_process, nullptr, this, nullptr);
        stop();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

QStringList Recorder::adhocArguments(const Request &request) const
{
    QStringList arguments{QStringLiteral("adhoc")};
    if (request.mode == Mode::Perf)
        arguments << QStringLiteral("--perf");
    else if (request.mode == Mode::Push)
        arguments << QStringLiteral("--push");
    arguments << QStringLiteral("--format") << QStringLiteral("pprof") << QStringLiteral("-o")
              << m_outputDirectory;
    if (!request.libraryFile.isEmpty())
        arguments << QStringLiteral("--library") << request.libraryFile;
    return arguments << QStringLiteral("--") << request.program << request.arguments;
}

bool Recorder::start(const Request &request)
{
    m_error.clear();
    if (isRunning()) {
        m_error = tr("a recording is running");
        return false;
    }
    if (request.program.trimmed().isEmpty()) {
        m_error = tr("no command given");
        return false;
    }
    m_outputDirectory = request.outputDirectory;
    if (m_outputDirectory.isEmpty())
        m_outputDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("recordings/")
                                          + AdhocCommand::defaultFolderName(request.program));
    if (!QDir().mkpath(m_outputDirectory)) {
        m_error = tr("cannot make the folder %1").arg(m_outputDirectory);
        return false;
    }
    m_process.setWorkingDirectory(request.workingDirectory);
    m_clock.start();
    m_elapsedAtEnd = -1;
    m_process.start(m_executable, adhocArguments(request));
    return true;
}

void Recorder::stop()
{
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGINT);
}

bool Recorder::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 Recorder::elapsedMs() const
{
    if (!m_clock.isValid())
        return 0;
    return m_elapsedAtEnd >= 0 ? m_elapsedAtEnd : m_clock.elapsed();
}

void Recorder::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_elapsedAtEnd = m_clock.elapsed();
    const QByteArray rest = m_process.readAll();
    if (!rest.isEmpty())
        Q_EMIT output(QString::fromLocal8Bit(rest));
    QStringList files;
    for (const QString &name :
         QDir(m_outputDirectory).entryList({QStringLiteral("*.pb.gz")}, QDir::Files, QDir::Name))
        files << QDir(m_outputDirectory).filePath(name);
    if (files.isEmpty())
        m_error = tr("nothing was recorded");
    Q_EMIT finished(status == QProcess::NormalExit ? exitCode : -1, files);
}
