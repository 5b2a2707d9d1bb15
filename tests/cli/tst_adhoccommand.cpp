#include "tests/support/testregistry.h"

#include "tests/cli/clirunner.h"

#include "app/cli/adhoccommand.h"
#include "app/cli/commandline.h"
#include "library/library.h"
#include "tests/server/gotarget.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <limits>
#include <map>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
CommandLine parseAdhoc(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{QStringLiteral("pyrograph"), QStringLiteral("adhoc")}
                              + arguments);
}

// A native program whose CPU time goes to pyrograph_busy_spin, for SECONDS.
const char busySource[] = R"(#include <stdio.h>
#include <stdlib.h>
#include <time.h>
__attribute__((noinline)) double pyrograph_busy_spin(double x)
{
    for (long i = 0; i < 2000000; ++i)
        x = x * 1.0000001 + 0.5;
    return x;
}
__attribute__((noinline)) double pyrograph_busy_outer(double x) { return pyrograph_busy_spin(x); }
int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? atof(argv[1]) : 0.5;
    const clock_t end = clock() + (clock_t)(seconds * CLOCKS_PER_SEC);
    double x = 1;
    while (clock() < end)
        x = pyrograph_busy_outer(x);
    printf("busy done %d\n", x > 0);
    return 0;
}
)";

// The folded file's stacks: frame path -> count.
std::map<QString, qint64> readFolded(const QString &path)
{
    std::map<QString, qint64> stacks;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stacks;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (space > 0)
            stacks[QString::fromUtf8(line.left(space))] += line.mid(space + 1).toLongLong();
    }
    return stacks;
}

// The leaf frame holding the most samples.
QString topSelf(const std::map<QString, qint64> &stacks, qint64 *share, qint64 *total)
{
    std::map<QString, qint64> self;
    *total = 0;
    for (const auto &[stack, count] : stacks) {
        self[stack.section(u';', -1)] += count;
        *total += count;
    }
    QString best;
    *share = 0;
    for (const auto &[name, count] : self)
        if (count > *share) {
            best = name;
            *share = count;
        }
    return best;
}

// A loopback port that nothing listens on now (the kernel's pick).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
}
} // namespace

// `pyrograph adhoc`: the command line, and the built executable running real
// commands under perf (a C program built here with gcc) and passing their
// output and exit status through. The SDK push mode is tst_AdhocPush (tests/sdk).
class tst_AdhocCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_busy;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The runs add to the recent recordings in the settings: these, not the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
        const QString gcc = QStandardPaths::findExecutable(QStringLiteral("gcc"));
        QVERIFY2(!gcc.isEmpty(), "gcc is needed to build the profiled program");
        QFile source(path(QStringLiteral("busy.c")));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(busySource);
        source.close();
        m_busy = path(QStringLiteral("busy"));
        QProcess compile;
        compile.setProcessChannelMode(QProcess::MergedChannels);
        compile.start(gcc,
                      {QStringLiteral("-O1"), QStringLiteral("-g"),
                       QStringLiteral("-fno-omit-frame-pointer"), QStringLiteral("-fno-inline"),
                       QStringLiteral("-o"), m_busy, source.fileName()});
        QVERIFY(compile.waitForFinished(60000));
        QVERIFY2(compile.exitCode() == 0, compile.readAll().constData());
    }

    void parsesModesFormatsAndCommand()
    {
        CommandLine c = parseAdhoc(
            {QStringLiteral("--perf"), QStringLiteral("--format"), QStringLiteral("folded"),
             QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--format"),
             QStringLiteral("folded"), QStringLiteral("-o"), QStringLiteral("out"),
             QStringLiteral("--"), QStringLiteral("ls"), QStringLiteral("-l")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.command, CommandLine::Command::Adhoc);
        QCOMPARE(c.adhoc.mode, CommandLine::AdhocArguments::Mode::Perf);
        QCOMPARE(c.adhoc.formats, (QStringList{QStringLiteral("folded"), QStringLiteral("svg")}));
        QCOMPARE(c.adhoc.outputDir, QStringLiteral("out"));
        QCOMPARE(c.adhoc.command, (QStringList{QStringLiteral("ls"), QStringLiteral("-l")}));

        // The command's own options after its name are its own, even without "--".
        c = parseAdhoc({QStringLiteral("--push"), QStringLiteral("node"),
                        QStringLiteral("--inspect"), QStringLiteral("x.js")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.adhoc.mode, CommandLine::AdhocArguments::Mode::Push);
        QCOMPARE(c.adhoc.formats, QStringList{QStringLiteral("html")});
        QCOMPARE(c.adhoc.command.value(1), QStringLiteral("--inspect"));

        c = parseAdhoc({QStringLiteral("--pid"), QStringLiteral("42")});
        QCOMPARE(c.outcome, CommandLine::Outcome::Run);
        QCOMPARE(c.adhoc.pid, 42);
        QCOMPARE(c.adhoc.mode, CommandLine::AdhocArguments::Mode::Perf);

        QCOMPARE(parseAdhoc({QStringLiteral("--perf")}).outcome, CommandLine::Outcome::Error);
        QCOMPARE(
            parseAdhoc({QStringLiteral("--perf"), QStringLiteral("--push"), QStringLiteral("ls")})
                .outcome,
            CommandLine::Outcome::Error);
        QCOMPARE(parseAdhoc({QStringLiteral("--pid"), QStringLiteral("42"), QStringLiteral("ls")})
                     .outcome,
                 CommandLine::Outcome::Error);
        const CommandLine bad =
            parseAdhoc({QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("ls")});
        QCOMPARE(bad.outcome, CommandLine::Outcome::Error);
        QVERIFY2(bad.message.contains(QStringLiteral("folded")), qPrintable(bad.message));
    }

    void defaultFolderNamesTheCommandAndTime()
    {
        const QString name = AdhocCommand::defaultFolderName(QStringLiteral("/usr/bin/my node"));
        QVERIFY2(QRegularExpression(QStringLiteral("^adhoc-my_node-\\d{8}-\\d{6}$"))
                     .match(name)
                     .hasMatch(),
                 qPrintable(name));
    }

    void missingCommandIs127()
    {
        const CliRun r =
            CliRun::run({QStringLiteral("adhoc"), QStringLiteral("-o"),
                         path(QStringLiteral("missing")), QStringLiteral("--library"),
                         path(QStringLiteral("missing.sqlite")), QStringLiteral("--"),
                         QStringLiteral("pyrograph-no-such-command"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, AdhocCommand::CommandNotFound);
        QVERIFY2(r.err.contains(QStringLiteral("pyrograph-no-such-command: command not found")),
                 qPrintable(r.err));
    }

    // --pull scrapes a real Go program's net/http/pprof while it runs: its cpu
    // profile has the busy loop on top, and the allocs profile is there too.
    void pullScrapesTheCommandsPprof()
    {
        QString error;
        const QString go = gotarget::binary(&error);
        QVERIFY2(!go.isEmpty(), qPrintable(error));
        const int port = freePort(); // for the program to serve on
        QVERIFY(port > 0);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        const QString out = path(QStringLiteral("pull-out"));
        const QString library = path(QStringLiteral("pull.sqlite"));
        const CliRun r = CliRun::run(
            {QStringLiteral("adhoc"), QStringLiteral("--pull"), QStringLiteral("http://") + address,
             QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("folded"),
             QStringLiteral("--library"), library, QStringLiteral("--"), go,
             QStringLiteral("-listen"), address, QStringLiteral("-for"), QStringLiteral("7s")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("listening")), qPrintable(r.out));
        const QStringList folded = filesIn(out, QStringLiteral("*.folded"));
        QVERIFY2(folded.contains(QStringLiteral("cpu.folded")), qPrintable(folded.join(u' ') + r.err));
        qint64 share = 0, total = 0;
        const QString top =
            topSelf(readFolded(QDir(out).filePath(QStringLiteral("cpu.folded"))), &share, &total);
        QCOMPARE(top, QStringLiteral("main.pyrographBusyLoop"));
        QVERIFY2(std::any_of(folded.begin(), folded.end(),
                             [](const QString &f) { return f.startsWith(QLatin1String("alloc")); }),
                 qPrintable(folded.join(u' ')));
        const auto stored = Library::open(library, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(!stored->list({}, TimeRange{0, std::numeric_limits<qint64>::max()}).empty());
    }

    void pullNeedsAnAddress()
    {
        const CliRun r = CliRun::run({QStringLiteral("adhoc"), QStringLiteral("--pull"),
                                      QStringLiteral("ftp://nowhere"), QStringLiteral("--"),
                                      QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not http://host:port")), qPrintable(r.err));
    }

    // stdin, stdout, stderr and the exit status are the command's, in both modes.
    void failingCommandPassesThrough_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("perf") << QStringLiteral("--perf");
        QTest::newRow("push") << QStringLiteral("--push");
    }
    void failingCommandPassesThrough()
    {
        QFETCH(QString, mode);
        const CliRun r = CliRun::run(
            {QStringLiteral("adhoc"), mode, QStringLiteral("-o"),
             path(QStringLiteral("fail") + mode), QStringLiteral("--library"),
             path(QStringLiteral("fail.sqlite")), QStringLiteral("--"), QStringLiteral("sh"),
             QStringLiteral("-c"),
             QStringLiteral("read line; echo \"got $line\"; echo to-stderr >&2; exit 7")},
            "piped-in\n");
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QStringLiteral("got piped-in\n"));
        QVERIFY2(r.err.contains(QStringLiteral("to-stderr")), qPrintable(r.err));
    }

    void perfPutsTheBusyFunctionOnTop()
    {
        const QString out = path(QStringLiteral("perf-out"));
        const QString library = path(QStringLiteral("perf.sqlite"));
        const CliRun r = CliRun::run({QStringLiteral("adhoc"), QStringLiteral("--perf"),
                                      QStringLiteral("-o"), out, QStringLiteral("--format"),
                                      QStringLiteral("folded"), QStringLiteral("--format"),
                                      QStringLiteral("html"), QStringLiteral("--library"), library,
                                      QStringLiteral("--"), m_busy, QStringLiteral("0.6")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("busy done 1\n"));
        const QStringList folded = filesIn(out, QStringLiteral("*.folded"));
        QVERIFY2(folded.size() == 1, qPrintable(r.err));
        qint64 share = 0, total = 0;
        const QString top = topSelf(readFolded(QDir(out).filePath(folded.front())), &share, &total);
        QCOMPARE(top, QStringLiteral("pyrograph_busy_spin"));
        QVERIFY2(share * 2 > total, qPrintable(QStringLiteral("%1 of %2").arg(share).arg(total)));
        const QStringList html = filesIn(out, QStringLiteral("*.html"));
        QCOMPARE(html.size(), 1);
        QFile page(QDir(out).filePath(html.front()));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("pyrograph_busy_spin"));

        // File > Compare… offers the folded file (the window opens it), not the page.
        QSettings settings(path(QStringLiteral("config/Pyrograph/pyrograph.conf")),
                           QSettings::IniFormat);
        const QStringList recent = settings.value(QStringLiteral("recentRecordings")).toStringList();
        QCOMPARE(recent.value(0), QDir(out).absoluteFilePath(folded.front())); // newest first
        QVERIFY(!recent.contains(QDir(out).absoluteFilePath(html.front())));

        QString error;
        const auto stored = Library::open(library, &error);
        QVERIFY2(stored, qPrintable(error));
        const auto profiles = stored->list({}, TimeRange{0, std::numeric_limits<qint64>::max()});
        QCOMPARE(profiles.size(), size_t(1));
        QCOMPARE(profiles.front().origin, ProfileOrigin::File);
        QVERIFY2(profiles.front().source.starts_with("adhoc --perf"),
                 profiles.front().source.c_str());
    }

    void perfAttachesToAPid()
    {
        QProcess busy;
        busy.start(m_busy, {QStringLiteral("1.5")});
        QVERIFY(busy.waitForStarted(10000));
        const QString out = path(QStringLiteral("pid-out"));
        // Ends by itself when the process exits.
        const CliRun r = CliRun::run(
            {QStringLiteral("adhoc"), QStringLiteral("--pid"), QString::number(busy.processId()),
             QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("folded"),
             QStringLiteral("--library"), path(QStringLiteral("pid.sqlite"))});
        QVERIFY(busy.waitForFinished(10000));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList folded = filesIn(out, QStringLiteral("*.folded"));
        QVERIFY2(folded.size() == 1, qPrintable(r.err));
        qint64 share = 0, total = 0;
        QCOMPARE(topSelf(readFolded(QDir(out).filePath(folded.front())), &share, &total),
                 QStringLiteral("pyrograph_busy_spin"));
    }

    // A SIGTERM to pyrograph goes on to the command; what was recorded until
    // then is still written, and the status says how the command ended.
    void terminatedRunStillWritesItsProfile()
    {
        const QString out = path(QStringLiteral("term-out"));
        QProcess adhoc;
        adhoc.setProcessChannelMode(QProcess::MergedChannels);
        adhoc.start(CliRun::executable(),
                    {QStringLiteral("adhoc"), QStringLiteral("--perf"), QStringLiteral("-o"), out,
                     QStringLiteral("--format"), QStringLiteral("folded"),
                     QStringLiteral("--library"), path(QStringLiteral("term.sqlite")),
                     QStringLiteral("--"), m_busy, QStringLiteral("60")});
        QVERIFY(adhoc.waitForStarted(10000));
        QTest::qWait(1500);
        ::kill(pid_t(adhoc.processId()), SIGTERM);
        QVERIFY(adhoc.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(adhoc.readAll());
        QCOMPARE(adhoc.exitStatus(), QProcess::NormalExit);
        QVERIFY2(adhoc.exitCode() == 128 + SIGTERM, qPrintable(output));
        const QStringList folded = filesIn(out, QStringLiteral("*.folded"));
        QVERIFY2(folded.size() == 1, qPrintable(output));
        qint64 share = 0, total = 0;
        QCOMPARE(topSelf(readFolded(QDir(out).filePath(folded.front())), &share, &total),
                 QStringLiteral("pyrograph_busy_spin"));
    }

    // perf refused at run time (as perf_event_open's EACCES makes it): a perf
    // that writes no data, as the real one then does; the message names the setting.
    void refusedPerfSaysWhichSettingToChange()
    {
        const QString bin = path(QStringLiteral("refusing-bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + QStringLiteral("/perf"));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho 'Error: Access to performance monitoring and observability "
                   "operations is "
                   "limited.' >&2\nexit 255\n");
        fake.close();
        fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray saved = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin) + ':' + saved);
        const CliRun r = CliRun::run(
            {QStringLiteral("adhoc"), QStringLiteral("--perf"), QStringLiteral("-o"),
             path(QStringLiteral("refused")), QStringLiteral("--library"),
             path(QStringLiteral("refused.sqlite")), QStringLiteral("--"), QStringLiteral("true")});
        qputenv("PATH", saved);
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains(QStringLiteral("sysctl kernel.perf_event_paranoid=1")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("linux-perf")), qPrintable(r.err));
        QVERIFY(QDir(path(QStringLiteral("refused"))).isEmpty());
    }

    void missingPerfSaysWhatToInstall()
    {
        QCOMPARE(AdhocCommand::perfProblem(), QString()); // it records here (the tests above)
        const QByteArray saved = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(path(QStringLiteral("empty-bin"))));
        const QString problem = AdhocCommand::perfProblem();
        qputenv("PATH", saved);
        QVERIFY2(problem.contains(QStringLiteral("linux-perf")), qPrintable(problem));
    }
};

PYROGRAPH_TEST_MAIN(tst_AdhocCommand)
#include "tst_adhoccommand.moc"
