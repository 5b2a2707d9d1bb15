#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// File > Record…'s engine: runs `pyrograph adhoc` (AdhocCommand) on a
// command in a process of its own, asynchronously, so the window never waits
// on it. Stop is a Ctrl+C: SIGINT to the recording's process group, which
// ends the command and perf as a terminal would, after which adhoc still
// writes the profiles. They are written as pprof (the window opens them) into
// a folder of their own, and stored in the library as any adhoc run's.
class Recorder final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Auto, Perf, Push };

    struct Request
    {
        QString program;
        QStringList arguments;
        QString workingDirectory; // empty: the window's
        Mode mode = Mode::Auto;
        QString outputDirectory; // empty: a new folder under the data folder's recordings/
        QString libraryFile;     // empty: the default library
    };

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override; // stops a recording and waits for it briefly

    // The pyrograph executable to run; by default the one next to this program.
    void setExecutable(const QString &path) { m_executable = path; }
    // False with error() when the recording could not start.
    bool start(const Request &request);
    void stop();
    bool isRunning() const;
    qint64 elapsedMs() const;
    QString error() const { return m_error; }
    QString outputDirectory() const { return m_outputDirectory; }
    // adhoc's command line, for the log.
    QStringList adhocArguments(const Request &request) const;

Q_SIGNALS:
    // The command's and adhoc's stdout and stderr, as they come.
    void output(const QString &text);
    // The recording has ended: the command's exit status, the profile files
    // written (none when nothing was recorded) and what adhoc said on failure.
    void finished(int exitCode, const QStringList &files);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_executable;
    QProcess m_process;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = 0;
    QString m_outputDirectory;
    QString m_error;
};
