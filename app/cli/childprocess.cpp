#include "childprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {
sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace

ChildProcess::ChildProcess()
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, &m_oldMask);
}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0) {
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == 0) {
            ::kill(m_pid, SIGTERM);
            waitpid(m_pid, &status, 0);
        }
    }
    // A stop signal taken while the child ran was handled; one still pending
    // would end pyrograph as soon as the mask is restored.
    const sigset_t set = stopSignals();
    timespec zero{0, 0};
    while (sigtimedwait(&set, nullptr, &zero) > 0) { }
    pthread_sigmask(SIG_SETMASK, &m_oldMask, nullptr);
}

QString ChildProcess::resolve(const QString &program)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/')) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

bool ChildProcess::isNativeExecutable(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && file.read(4)
        == QByteArray("\x7f"
                      "ELF",
                      4);
}

void ChildProcess::setOutputFiles(const QString &stdoutFile, const QString &stderrFile)
{
    m_stdoutFile = stdoutFile;
    m_stderrFile = stderrFile;
}

bool ChildProcess::start(const QString &program, const QStringList &arguments, QString *error)
{
    std::vector<std::string> argStrings{QFile::encodeName(program).toStdString()};
    for (const QString &a : arguments)
        argStrings.push_back(a.toLocal8Bit().toStdString());
    std::vector<char *> argv;
    for (std::string &a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStrings;
    for (const QString &pair : m_extraEnvironment)
        envStrings.push_back(pair.toLocal8Bit().toStdString());
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        bool overridden = false;
        for (const QString &pair : m_extraEnvironment)
            overridden = overridden || pair.section(u'=', 0, 0).toStdString() == name;
        if (!overridden)
            envStrings.push_back(entry);
    }
    std::vector<char *> envp;
    for (std::string &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(m_stdoutFile);
    const QByteArray err = QFile::encodeName(m_stderrFile);
    if (!m_stdoutFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!m_stderrFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
    // The child starts as if from a shell: nothing blocked, default handlers.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    const sigset_t defaults = stopSignals();
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    const int result =
        posix_spawn(&m_pid, argv[0], &actions, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (result != 0) {
        m_pid = -1;
        *error =
            QStringLiteral("%1: %2").arg(program, QString::fromLocal8Bit(std::strerror(result)));
        return false;
    }
    return true;
}

bool ChildProcess::poll(Forward forward, int *status)
{
    if (m_pid <= 0) {
        *status = -1;
        return true;
    }
    const sigset_t set = stopSignals();
    timespec tick{0, 100'000'000};
    const int received = sigtimedwait(&set, nullptr, &tick);
    if (received == SIGINT || received == SIGTERM) {
        m_stopSignal = received;
        if (received == SIGTERM || forward == Forward::IntAndTerm)
            ::kill(m_pid, received);
    }
    int raw = 0;
    const pid_t ended = waitpid(m_pid, &raw, WNOHANG);
    if (ended == 0)
        return false;
    m_pid = -1;
    if (ended < 0)
        *status = -1;
    else if (WIFEXITED(raw))
        *status = WEXITSTATUS(raw);
    else if (WIFSIGNALED(raw))
        *status = 128 + WTERMSIG(raw);
    else
        *status = -1;
    return true;
}
