#include "adhoccommand.h"

#include "childprocess.h"
#include "commandline.h"
#include "exportformat.h"
#include "profileexporter.h"
#include "recentrecordings.h"

#include "importers/profilereader.h"
#include "library/labels.h"
#include "library/labelselector.h"
#include "library/library.h"
#include "library/profiletypenaming.h"
#include "library/serieslabels.h"
#include "model/progress.h"
#include "server/pyroscopeserver.h"
#include "server/scrapemanager.h"
#include "server/scrapetarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <mutex>
#include <optional>
#include <set>
#include <unistd.h>
#include <utility>

namespace {
using Mode = CommandLine::AdhocArguments::Mode;

// lupdate files Text::tr("...") under AdhocCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdhocCommand)
};

// The files a window can open again (the flamegraph pages cannot).
bool isImportable(ExportFormat format)
{
    return !ExportFormats::isFlameGraph(format);
}

QString sanitized(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("profile") : name;
}

// What the recorded process is called: the command's name, or a process's.
QString processName(const CommandLine::AdhocArguments &adhoc)
{
    if (adhoc.pid > 0) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(adhoc.pid));
        const QString name = comm.open(QIODevice::ReadOnly)
            ? QString::fromLocal8Bit(comm.readAll()).trimmed()
            : QString();
        return name.isEmpty() ? QStringLiteral("pid%1").arg(adhoc.pid) : name;
    }
    return QFileInfo(adhoc.command.value(0)).fileName();
}

// A file name per profile type: the sample type ("cpu", "wall",
// "inuse_space") where that tells the types apart, else name-sampletype,
// with the service in front where several services pushed.
QString stemFor(const ProfileTypeId &type, const std::vector<ProfileTypeId> &all,
                const QString &service)
{
    int sameSampleType = 0;
    for (const ProfileTypeId &other : all)
        sameSampleType += other.sampleType == type.sampleType ? 1 : 0;
    QString stem = QString::fromStdString(sameSampleType > 1 ? type.name + '-' + type.sampleType
                                                             : type.sampleType);
    if (!service.isEmpty())
        stem = service + u'-' + stem;
    return sanitized(stem);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString AdhocCommand::perfProblem()
{
    if (ChildProcess::resolve(QStringLiteral("perf")).isEmpty())
        return Text::tr(
            "perf is not installed: install Debian's linux-perf package (apt install linux-perf)");
    if (geteuid() == 0)
        return {};
    QFile setting(QStringLiteral("/proc/sys/kernel/perf_event_paranoid"));
    if (!setting.open(QIODevice::ReadOnly))
        return {};
    const int paranoid = setting.readAll().trimmed().toInt();
    // 2 still lets a user sample their own processes' user space; Debian's 3 lets nobody.
    if (paranoid <= 2)
        return {};
    return Text::tr("perf may not record: kernel.perf_event_paranoid is %1; allow it with "
                    "\"sysctl kernel.perf_event_paranoid=1\" or run pyrograph adhoc as root")
        .arg(paranoid);
}

QString AdhocCommand::defaultFolderName(const QString &name)
{
    return QStringLiteral("adhoc-%1-%2")
        .arg(sanitized(QFileInfo(name).fileName()),
             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int AdhocCommand::run(const CommandLine &commandLine)
{
    const CommandLine::AdhocArguments &adhoc = commandLine.adhoc;
    if (adhoc.mode == Mode::Pull) {
        QString problem;
        if (!ScrapeTargetSpec::forUrl(adhoc.pullUrl, &problem)) {
            fail(QStringLiteral("adhoc --pull: %1").arg(problem));
            return Failure;
        }
    }
    QString program;
    Mode mode = adhoc.mode;
    if (adhoc.pid > 0) {
        if (::kill(pid_t(adhoc.pid), 0) != 0 && errno == ESRCH) {
            fail(Text::tr("adhoc --pid: no process %1").arg(adhoc.pid));
            return Failure;
        }
    } else {
        program = ChildProcess::resolve(adhoc.command.front());
        if (program.isEmpty()) {
            fail(Text::tr("adhoc: %1: command not found").arg(adhoc.command.front()));
            return CommandNotFound;
        }
        if (mode == Mode::Auto)
            mode = ChildProcess::isNativeExecutable(program) ? Mode::Perf : Mode::Push;
    }

    const QString dir =
        adhoc.outputDir.isEmpty() ? defaultFolderName(processName(adhoc)) : adhoc.outputDir;
    if (!QDir().mkpath(dir)) {
        fail(Text::tr("adhoc: cannot make the folder %1").arg(dir));
        return Failure;
    }

    std::vector<Recorded> recorded;
    const int status = mode == Mode::Perf
        ? recordPerf(commandLine, program, &recorded)
        : recordThroughServer(commandLine, program, mode, &recorded);
    if (status < 0)
        return Failure;
    if (recorded.empty())
        return status;
    const QStringList files = write(commandLine, dir, recorded);
    if (files.isEmpty())
        return status == 0 ? int(Failure) : status;
    QStringList openable;
    for (const QString &file : files)
        if (const auto format = ExportFormats::forPath(file); format && isImportable(*format))
            openable << file;
    RecentRecordings::add(openable);
    if (adhoc.open) {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), openable))
            fail(Text::tr("adhoc --open: could not start the window"));
    }
    return status;
}

int AdhocCommand::recordPerf(const CommandLine &commandLine, const QString &program,
                             std::vector<Recorded> *recorded)
{
    const CommandLine::AdhocArguments &adhoc = commandLine.adhoc;
    if (const QString problem = perfProblem(); !problem.isEmpty()) {
        fail(QStringLiteral("adhoc --perf: %1").arg(problem));
        return -1;
    }
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        fail(Text::tr("adhoc: no temporary folder: %1").arg(temporary.errorString()));
        return -1;
    }
    const QString perf = ChildProcess::resolve(QStringLiteral("perf"));
    const QString data = temporary.filePath(QStringLiteral("perf.data"));
    // -q: perf's own chatter would mix with COMMAND's stderr.
    QStringList arguments{QStringLiteral("record"), QStringLiteral("-g"), QStringLiteral("-q"),
                          QStringLiteral("-o"), data};
    if (adhoc.pid > 0)
        arguments << QStringLiteral("-p") << QString::number(adhoc.pid);
    else
        arguments << QStringLiteral("--") << program << adhoc.command.mid(1);

    const qint64 startMs = nowMs();
    int status = 0;
    {
        ChildProcess record;
        QString why;
        if (!record.start(perf, arguments, &why)) {
            fail(QStringLiteral("adhoc --perf: %1").arg(why));
            return -1;
        }
        if (adhoc.pid > 0) {
            // perf record -p keeps going after the process has gone; stop it then.
            bool stopped = false;
            status = record.wait(ChildProcess::Forward::IntAndTerm, [&] {
                if (!stopped && ::kill(pid_t(adhoc.pid), 0) != 0 && errno == ESRCH) {
                    ::kill(record.pid(), SIGINT);
                    stopped = true;
                }
            });
            // perf ends an attach that was told to stop with 130 or 0; both are done.
            status = QFileInfo(data).size() > 0 ? 0 : status;
        } else {
            status = record.wait();
        }
    }
    const qint64 endMs = nowMs();
    if (QFileInfo(data).size() == 0) {
        fail(Text::tr(
                 "adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, "
                 "allow it with \"sysctl kernel.perf_event_paranoid=1\" or run as root; "
                 "perf comes with Debian's linux-perf package")
                 .arg(status));
        return status == 0 ? -1 : status;
    }

    const QString script = temporary.filePath(QStringLiteral("perf.script"));
    const QString scriptErrors = temporary.filePath(QStringLiteral("perf-script.err"));
    {
        ChildProcess scriptProcess;
        scriptProcess.setOutputFiles(script, scriptErrors);
        QString why;
        if (!scriptProcess.start(perf, {QStringLiteral("script"), QStringLiteral("-i"), data}, &why)
            || scriptProcess.wait() != 0) {
            QFile errors(scriptErrors);
            errors.open(QIODevice::ReadOnly);
            fail(
                Text::tr("adhoc --perf: perf script failed: %1")
                    .arg(why.isEmpty() ? QString::fromLocal8Bit(errors.readAll()).trimmed() : why));
            return status;
        }
    }
    const ProfileReader reader;
    ImportResult result = reader.readFile(script, Progress::none());
    if (!result.isOk() || result.profile->sampleTypeCount() == 0 || result.profile->total(0) == 0) {
        fail(result.isOk() ? Text::tr(
                 "adhoc --perf: perf recorded no samples (did the command run long enough?)")
                           : QStringLiteral("adhoc --perf: %1").arg(result.error));
        return status;
    }
    const ProfilePtr profile = result.profile;
    const std::vector<ProfileTypeId> types = ProfileTypeNaming::forProfile(*profile, "");
    for (int i = 0; i < profile->sampleTypeCount(); ++i) {
        ProfileTypeId type;
        if (size_t(i) < types.size() && !types[size_t(i)].name.empty())
            type = types[size_t(i)];
        else
            type.sampleType = profile->sampleTypes()[size_t(i)].type;
        recorded->push_back({stemFor(type, types, {}), profile, i});
    }
    store(commandLine, profile, startMs, endMs);
    return status;
}

int AdhocCommand::recordThroughServer(const CommandLine &commandLine, const QString &program,
                                      Mode mode, std::vector<Recorded> *recorded)
{
    const QString how = mode == Mode::Pull ? QStringLiteral("adhoc --pull") : QStringLiteral("adhoc --push");
    const CommandLine::AdhocArguments &adhoc = commandLine.adhoc;
    // Before the server starts, so its threads leave SIGINT and SIGTERM to wait().
    ChildProcess child;
    ServerOptions options;
    options.port = 0;
    options.libraryFile = adhoc.libraryFile;
    options.retentionMs = 0; // the user's library is not this run's to prune
    PyroscopeServer server(options);
    std::mutex mutex;
    std::set<std::pair<std::string, std::string>> pushed; // service, profile type ID
    server.setOnPush([&](const ProfileRecord &record) {
        const std::string service(SeriesLabels::value(record.labels, LabelNames::serviceName));
        const std::lock_guard lock(mutex);
        for (const ProfileTypeId &type : record.types)
            if (!type.name.empty())
                pushed.emplace(service, type.toString());
    });
    if (const QString problem = server.start(); !problem.isEmpty()) {
        fail(QStringLiteral("%1: %2").arg(how, problem));
        return -1;
    }
    const QString address =
        QStringLiteral("http://%1").arg(QString::fromStdString(server.address()));
    // The Pyroscope SDKs let the adhoc address override their configured
    // server; the Node.js SDK reads PYROSCOPE_SERVER_ADDRESS as well.
    child.setEnvironment({QStringLiteral("PYROSCOPE_ADHOC_SERVER_ADDRESS=") + address,
                          QStringLiteral("PYROSCOPE_SERVER_ADDRESS=") + address});
    // --pull: serve --scrape's targets, every 2 s (cpu asks for 1 s a scrape),
    // so a short run still gets profiles; the first scrapes fail until the
    // command listens, and are retried.
    std::vector<std::string> targets;
    if (mode == Mode::Pull) {
        QString problem;
        const ScrapeTargetSpec target = *ScrapeTargetSpec::forUrl(adhoc.pullUrl, &problem);
        for (const char *name : {"cpu", "mem"}) {
            ScrapeTargetSpec spec = target;
            spec.job = "adhoc";
            spec.application = processName(adhoc).toStdString();
            spec.profile = *ScrapeProfile::fromConfigName(name);
            spec.intervalMs = 2000;
            spec.timeoutMs = 5000;
            if (!server.scrapeManager()->add(spec, &problem)) {
                fail(QStringLiteral("%1: %2").arg(how, problem));
                return -1;
            }
            targets.push_back(spec.key());
        }
    }
    const qint64 startMs = nowMs();
    QString why;
    if (!child.start(program, adhoc.command.mid(1), &why)) {
        fail(QStringLiteral("adhoc: %1").arg(why));
        return -1;
    }
    const int status = child.wait();
    // The command is gone: a scrape in flight fails, none follows.
    for (const std::string &key : targets)
        server.scrapeManager()->remove(key);
    // A push sent just before the exit may still be on its way in.
    qint64 seen = -1;
    for (int i = 0; i < 20 && server.pushesReceived() != seen; ++i) {
        seen = server.pushesReceived();
        QThread::msleep(250);
    }
    const qint64 endMs = nowMs();
    std::set<std::pair<std::string, std::string>> series;
    {
        const std::lock_guard lock(mutex);
        series = pushed;
    }
    if (series.empty()) {
        if (mode == Mode::Pull)
            fail(Text::tr("adhoc --pull: no profile could be scraped from %1 while %2 ran (does it "
                          "serve net/http/pprof there?)")
                     .arg(adhoc.pullUrl, adhoc.command.front()));
        else
            fail(
                Text::tr("adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)")
                    .arg(adhoc.command.front(), address));
        return status;
    }
    std::set<std::string> services;
    std::vector<ProfileTypeId> types;
    for (const auto &[service, type] : series) {
        services.insert(service);
        types.push_back(*ProfileTypeId::parse(type));
    }
    // SDKs stamp pushes in whole seconds, so the run's first push may start
    // up to a second before it.
    const TimeRange range{startMs - 1000, endMs + 1000};
    size_t index = 0;
    for (const auto &[service, type] : series) {
        LabelSelector selector;
        LabelMatcher matcher;
        matcher.name = std::string(LabelNames::serviceName);
        matcher.value = service;
        selector.addMatcher(matcher);
        QString error;
        const ProfilePtr merged = server.library()->merge(type, selector, range, &error);
        if (!merged) {
            fail(QStringLiteral("%1: %2").arg(how, error));
            continue;
        }
        recorded->push_back(
            {stemFor(types[index++], types,
                     services.size() > 1 ? QString::fromStdString(service) : QString()),
             merged, 0});
    }
    m_err << Text::tr("pyrograph adhoc: %1 profiles %2, stored in %3")
                 .arg(server.pushesReceived())
                 .arg(mode == Mode::Pull ? Text::tr("scraped") : Text::tr("pushed"))
                 .arg(server.library()->file())
          << '\n';
    m_err.flush();
    server.stop();
    return status;
}

bool AdhocCommand::store(const CommandLine &commandLine, const ProfilePtr &profile, qint64 startMs,
                         qint64 endMs)
{
    const CommandLine::AdhocArguments &adhoc = commandLine.adhoc;
    const QString file = adhoc.libraryFile.isEmpty() ? Library::defaultFile() : adhoc.libraryFile;
    QString error;
    const std::unique_ptr<Library> library = Library::open(file, &error);
    if (!library) {
        fail(error);
        return false;
    }
    ProfileRecord record;
    record.labels = {{std::string(LabelNames::serviceName), processName(adhoc).toStdString()}};
    record.startMs = startMs;
    record.endMs = endMs;
    record.origin = ProfileOrigin::File;
    const QString what =
        adhoc.pid > 0 ? QStringLiteral("--pid %1").arg(adhoc.pid) : adhoc.command.join(u' ');
    record.source = QStringLiteral("adhoc --perf %1").arg(what).toStdString();
    record.profile = profile;
    record.types = ProfileTypeNaming::forProfile(*profile, "");
    const qint64 id = library->add(record, &error);
    if (id < 0) {
        fail(error);
        return false;
    }
    m_err << Text::tr("pyrograph adhoc: stored as %1 in %2").arg(id).arg(library->file()) << '\n';
    m_err.flush();
    return true;
}

QStringList AdhocCommand::write(const CommandLine &commandLine, const QString &dir,
                                const std::vector<Recorded> &recorded)
{
    QStringList formats = commandLine.adhoc.formats;
    bool importable = false;
    for (const QString &name : formats)
        importable = importable || isImportable(*AdhocCommand::formatNamed(name));
    // The window opens profiles, not flamegraph pages.
    if (commandLine.adhoc.open && !importable)
        formats << QStringLiteral("pprof");
    QStringList written;
    for (const Recorded &r : recorded) {
        for (const QString &name : formats) {
            const ExportFormat format = *AdhocCommand::formatNamed(name);
            const QString path = QDir(dir).filePath(r.stem + ExportFormats::extension(format));
            ExportOptions options;
            options.sampleType = r.sampleType;
            QString error;
            if (ProfileExporter::write(format, *r.profile, options, path, Progress::none(), &error)
                != JobOutcome::Done) {
                fail(error);
                return {};
            }
            m_err << Text::tr("pyrograph adhoc: wrote %1").arg(path) << '\n';
            written << path;
        }
    }
    m_err.flush();
    return written;
}
