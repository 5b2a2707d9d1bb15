#pragma once

#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/types.h>

// A command run the way a shell runs it: it inherits stdin, stdout and stderr
// unchanged (optionally stdout and stderr into files), its exit status comes
// back as a shell reports it (128 + the signal when a signal ended it), and
// SIGINT and SIGTERM that reach pyrograph while it runs are handed on as the
// caller chooses instead of ending pyrograph before it has written anything.
// Used by `pyrograph adhoc` for the recorded command, perf record and perf script.
class ChildProcess final
{
public:
    // Which stop signals that reach pyrograph go on to the child. A Ctrl+C at a
    // terminal reaches the child by itself (same process group), so by default
    // only SIGTERM is handed on.
    enum class Forward { TermOnly, IntAndTerm };

    // Blocks SIGINT and SIGTERM in this thread (and the threads it starts from
    // now on, e.g. a server's), so that wait() takes them; the destructor
    // restores the mask.
    ChildProcess();
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // The program's full path when it can be run: a path with a '/' as it is,
    // else looked up in PATH; empty when not found or not executable.
    static QString resolve(const QString &program);
    // An ELF file: a native executable (perf's default target).
    static bool isNativeExecutable(const QString &path);

    // Extra "NAME=value" pairs on top of pyrograph's environment; before start().
    void setEnvironment(const QStringList &extra) { m_extraEnvironment = extra; }
    // Before start(): stdout and stderr into these files instead of pyrograph's.
    void setOutputFiles(const QString &stdoutFile, const QString &stderrFile);
    // Starts program (a full path) with arguments; false with *error when it
    // could not be started.
    bool start(const QString &program, const QStringList &arguments, QString *error);
    pid_t pid() const { return m_pid; }
    // Waits for the child to end, handing on stop signals as forward says;
    // onTick runs about every 100 ms while it runs (e.g. to stop perf when the
    // process it watches has gone). The exit status as a shell has it.
    template<typename Tick> int wait(Forward forward, Tick &&onTick)
    {
        int status = -1;
        while (!poll(forward, &status))
            onTick();
        return status;
    }
    int wait(Forward forward = Forward::TermOnly)
    {
        return wait(forward, [] {});
    }
    // The stop signal (SIGINT or SIGTERM) that reached pyrograph while waiting; 0 if none.
    int stopSignal() const { return m_stopSignal; }

private:
    // Waits up to 100 ms; true with *status when the child has ended.
    bool poll(Forward forward, int *status);

    QStringList m_extraEnvironment;
    QString m_stdoutFile;
    QString m_stderrFile;
    pid_t m_pid = -1;
    int m_stopSignal = 0;
    sigset_t m_oldMask;
};
