#include "adhoccommand.h"

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <utility>

// AdhocCommand's command line, apart from its run: CommandLine::parse needs
// it in the executable, which links none of the drawing that run() writes with
// (HeadlessCommands).

namespace {
using Mode = CommandLine::AdhocArguments::Mode;

// lupdate files Text::tr("...") under AdhocCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdhocCommand)
};

CommandLine error(const QString &program, const QString &message)
{
    return CommandLine::error(CommandLine::Command::Adhoc, program, u"adhoc", message);
}

// --format's names; html and svg draw without a display, so png is not among them.
constexpr std::pair<const char *, ExportFormat> formatNames[] = {
    {"html", ExportFormat::Html},        {"svg", ExportFormat::Svg},
    {"json", ExportFormat::Flamebearer}, {"pprof", ExportFormat::Pprof},
    {"folded", ExportFormat::Folded},    {"speedscope", ExportFormat::Speedscope},
};

QStringList allFormatNames()
{
    QStringList names;
    for (const auto &[n, format] : formatNames)
        names << QLatin1String(n);
    return names;
}
} // namespace

std::optional<ExportFormat> AdhocCommand::formatNamed(const QString &name)
{
    for (const auto &[n, format] : formatNames)
        if (name == QLatin1String(n))
            return format;
    return std::nullopt;
}

QString AdhocCommand::usage(const QString &program)
{
    return Text::tr("       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format "
                    "FORMAT]... "
                    "[--open] "
                    "[--library FILE] -- COMMAND [ARGS...]\n")
        .arg(program);
}

CommandLine AdhocCommand::parse(const QStringList &arguments)
{
    CommandLine c;
    c.command = CommandLine::Command::Adhoc;
    const QString program = arguments.value(0);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    // COMMAND's own options (`adhoc ls -l`) are COMMAND's, not pyrograph's.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(Text::tr(
        "Run COMMAND, record its profiles until it exits, write one file per profile type and "
        "format into DIR and store the profiles in the library. COMMAND's stdin, stdout, stderr "
        "and exit status are its own."));
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    const QCommandLineOption perf(
        "perf", Text::tr("Record with perf record -g (the default for a native executable)."));
    const QCommandLineOption push(
        "push",
        Text::tr("Receive COMMAND's Pyroscope SDK pushes on a free loopback port "
                 "(PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script)."));
    const QCommandLineOption pull(
        "pull",
        Text::tr("Scrape COMMAND's Go net/http/pprof at URL (host:port) while it runs: cpu and "
                 "allocs every 2 s, as serve --scrape does."),
        "URL");
    const QCommandLineOption pid(
        "pid", Text::tr("Attach perf to a running process until it exits or Ctrl+C."), "PID");
    const QCommandLineOption output(
        {"o", "output"}, Text::tr("The folder to write into (default: adhoc-COMMAND-TIME here)."),
        "DIR");
    const QCommandLineOption format("format",
                                    Text::tr("A format to write, repeatable: %1 (default html).")
                                        .arg(allFormatNames().join(QStringLiteral(", "))),
                                    "FORMAT");
    const QCommandLineOption open("open", Text::tr("Open the profiles in the window afterwards."));
    const QCommandLineOption library(
        "library", Text::tr("The library file (default: the one in the data folder)."), "FILE");
    parser.addOptions({help, perf, push, pull, pid, output, format, open, library});
    parser.addPositionalArgument("COMMAND", Text::tr("The command to run, and its arguments."),
                                 QStringLiteral("adhoc -- COMMAND [ARGS...]"));
    if (!parser.parse(rest))
        return error(program, parser.errorText());
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        c.message = parser.helpText();
        return c;
    }
    CommandLine::AdhocArguments &adhoc = c.adhoc;
    const int modes = int(parser.isSet(perf)) + int(parser.isSet(push)) + int(parser.isSet(pull));
    if (modes > 1 || (parser.isSet(pid) && (parser.isSet(push) || parser.isSet(pull))))
        return error(program,
                     Text::tr("--perf, --push, --pull and --pid are alternatives; give one"));
    if (parser.isSet(perf) || parser.isSet(pid))
        adhoc.mode = Mode::Perf;
    else if (parser.isSet(push))
        adhoc.mode = Mode::Push;
    else if (parser.isSet(pull))
        adhoc.mode = Mode::Pull;
    adhoc.pullUrl = parser.value(pull);
    if (parser.isSet(pid)) {
        bool ok = false;
        adhoc.pid = parser.value(pid).toLongLong(&ok);
        if (!ok || adhoc.pid <= 0)
            return error(program,
                         Text::tr("--pid wants a process id, got \"%1\"").arg(parser.value(pid)));
    }
    adhoc.command = parser.positionalArguments();
    if (adhoc.pid > 0 && !adhoc.command.isEmpty())
        return error(program, Text::tr("--pid records a running process; give no COMMAND with it"));
    if (adhoc.pid == 0 && adhoc.command.isEmpty())
        return error(program, Text::tr("no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]"));
    for (const QString &name : parser.values(format)) {
        if (!AdhocCommand::formatNamed(name))
            return error(program,
                         Text::tr("unknown format \"%1\"; the formats are: %2")
                             .arg(name, allFormatNames().join(QStringLiteral(", "))));
        if (!adhoc.formats.contains(name))
            adhoc.formats << name;
    }
    if (adhoc.formats.isEmpty())
        adhoc.formats << QStringLiteral("html");
    adhoc.outputDir = parser.value(output);
    adhoc.open = parser.isSet(open);
    adhoc.libraryFile = parser.value(library);
    return c;
}
