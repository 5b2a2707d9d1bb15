#include "commandline.h"

#include "adhoccommand.h"
#include "limitoptions.h"
#include "librarycommand.h"
#include "scrapecommand.h"
#include "servecommand.h"

#include "server/tlstrust.h"
#include "widgets/render/viewmodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// lupdate reads Text::tr("...") as the context "CommandLine"; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Subcommand
{
    const char *name;
    CommandLine::Command command;
    const char *description;
};

const Subcommand subcommands[] = {
    {"info", CommandLine::Command::Info,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Print the format, sample types, totals, node and function counts.")},
    {"top", CommandLine::Command::Top,
     QT_TRANSLATE_NOOP("CommandLine", "Print the function table, sorted by self.")},
    {"export", CommandLine::Command::Export,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Write the profile in the format that OUT's extension names.")},
    {"diff", CommandLine::Command::Diff,
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).")},
    {"timeline", CommandLine::Command::Timeline,
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "Print a library's or a timed profile's totals over time (--json: the series).")},
    {"fetch", CommandLine::Command::Fetch,
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "Write a server's merge of a range in the format that OUT's extension names.")},
    {"library", CommandLine::Command::Library,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Add profiles to the profile library, list them, remove them.")},
    {"adhoc", CommandLine::Command::Adhoc,
     QT_TRANSLATE_NOOP(
         "CommandLine",
         "Run a command, record its profiles (perf or SDK pushes), write and store them.")},
};

CommandLine error(QString message)
{
    CommandLine c;
    c.outcome = CommandLine::Outcome::Error;
    c.message = std::move(message);
    return c;
}

QString usageSummary(const QString &program)
{
    return Text::tr(
               "Usage: %1 [FILE...] [--screenshot OUT.png ...]\n"
               "       %1 info FILE [--json]\n"
               "       %1 top FILE [-t SAMPLE_TYPE] [-n N] [--json]\n"
               "       %1 export FILE -o OUT [-t SAMPLE_TYPE] [--width W] [--height H] [--scale S] "
               "[--minwidth PX] [--icicle] [--heat]\n"
               "       %1 diff BASE NEW [-o OUT] [-t SAMPLE_TYPE [--new-type SAMPLE_TYPE]] "
               "[--json]\n"
               "       %1 timeline SOURCE [--query 'TYPE{selector}'] [--from T] [--until T] "
               "[--step SECONDS] [--group-by LABEL] [--json]\n"
               "       %1 diff SOURCE [--query 'TYPE{selector}'] --base FROM..UNTIL --new "
               "FROM..UNTIL "
               "[-o OUT] [--json]\n"
               "       %1 top SOURCE [--query 'TYPE{selector}'] [--from T] [--until T] [-n N] "
               "[--json]\n"
               "       %1 fetch URL --query 'TYPE{selector}' [--from T] [--until T] -o OUT "
               "[--token TOKEN | --user USER --password PASSWORD] [--tenant TENANT] [--timeout "
               "SECONDS] [--ca-file FILE] [--trust-fingerprint SHA256]\n"
               "       %1 serve [--listen 127.0.0.1:4040] [--library FILE] [--max-body BYTES] "
               "[--retention DURATION] [--token TOKEN] [--no-auth] [--scrape FILE]\n"
               "       %1 scrape URL [--type cpu|allocs|heap|goroutine|block|mutex] [--seconds N] "
               "-o OUT\n")
               .arg(program)
        + LibraryCommand::usage(program) + AdhocCommand::usage(program);
}

// A SOURCE that is a server URL (ServerTimelineSource), for the subcommands
// and the timeline window alike.
QList<QCommandLineOption> serverOptions()
{
    return {
        {"token", Text::tr("A server's bearer token (default: $PYROGRAPH_TOKEN)."), "TOKEN"},
        {"user", Text::tr("A server's basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER)."),
         "USER"},
        {"password", Text::tr("That user's password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD)."),
         "PASSWORD"},
        {"tenant", Text::tr("A server's tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID)."),
         "TENANT"},
        {"timeout", Text::tr("Seconds a server may take to connect and to answer (default 30)."),
         "SECONDS"},
        {"ca-file", Text::tr("https: the CA certificates (PEM) to trust instead of the system's."),
         "FILE"},
        {"trust-fingerprint",
         Text::tr(
             "https: trust the server's certificate with this SHA-256 fingerprint, though no CA "
             "signed it."),
         "SHA256"},
    };
}

// What is wrong with them, or empty.
QString readServerOptions(const QCommandLineParser &parser, ServerConnection *server)
{
    server->token = parser.value(QStringLiteral("token"));
    server->user = parser.value(QStringLiteral("user"));
    server->password = parser.value(QStringLiteral("password"));
    server->tenant = parser.value(QStringLiteral("tenant"));
    server->caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
        server->trustedFingerprint =
            TlsTrust::normalizeFingerprint(parser.value(QStringLiteral("trust-fingerprint")));
        if (server->trustedFingerprint.isEmpty())
            return Text::tr(
                       "--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons "
                       "allowed), got \"%1\"")
                .arg(parser.value(QStringLiteral("trust-fingerprint")));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return Text::tr("--timeout wants seconds (more than 0, at most a day), got \"%1\"")
                .arg(parser.value(QStringLiteral("timeout")));
        server->timeoutMs = int(seconds * 1000);
    }
    return {};
}

CommandLine parseSubcommand(const Subcommand &sub, QStringList arguments)
{
    CommandLine c;
    c.command = sub.command;
    const QString program = arguments.value(0);
    arguments.removeAt(1); // the subcommand's name

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(sub.description));
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    const QCommandLineOption json("json", Text::tr("Print JSON instead of text."));
    const QCommandLineOption type(
        {"t", "sample-type"}, Text::tr("The sample type (default: the profile's)."), "SAMPLE_TYPE");
    const QCommandLineOption newType(
        "new-type",
        Text::tr("NEW's sample type, when it is named differently from BASE's (-t, or BASE's "
                 "default); the units must match."),
        "SAMPLE_TYPE");
    const QCommandLineOption limit({"n", "limit"}, Text::tr("Print only the first N functions."),
                                   "N");
    const QCommandLineOption output(
        {"o", "output"}, Text::tr("The file to write; its extension picks the format."), "OUT");
    const bool isDiff = sub.command == CommandLine::Command::Diff;
    // The flamegraph formats' options (.svg, .html, .png).
    const QCommandLineOption width(
        "width", Text::tr("SVG/PNG: the image width in pixels (SVG default 1200)."), "W");
    const QCommandLineOption height(
        "height", Text::tr("PNG: the image height in pixels (default 800)."), "H");
    const QCommandLineOption scale("scale", Text::tr("PNG: device pixels per pixel (default 1)."),
                                   "S");
    const QCommandLineOption minWidth(
        "minwidth", Text::tr("SVG: leave out boxes narrower than PX pixels (default 0.1)."), "PX");
    const QCommandLineOption icicle("icicle", Text::tr("SVG/HTML/PNG: the root on top."));
    const QCommandLineOption heat(
        "heat", Text::tr("SVG/HTML/PNG: colour by self (heat), as the window's \"By self\"."));
    // Over a SOURCE (TimelineQuery): a library file or a profile file with sample times.
    const bool isTimeline = sub.command == CommandLine::Command::Timeline;
    const bool isFetch = sub.command == CommandLine::Command::Fetch;
    const bool hasQuery = isTimeline || sub.command == CommandLine::Command::Top || isDiff || isFetch;
    const QCommandLineOption query(
        "query", Text::tr("SOURCE's profile type and label selector: 'TYPE{selector}'."),
        "TYPE{selector}");
    const QCommandLineOption from(
        "from", Text::tr("The range's start: now-1h, unix seconds or ms, RFC 3339."), "T");
    const QCommandLineOption until(
        "until", Text::tr("The range's end (default: now, or a file's end)."), "T");
    const QCommandLineOption step(
        "step", Text::tr("Seconds per point (default: about 100 points)."), "SECONDS");
    const QCommandLineOption groupBy("group-by", Text::tr("One series per value of LABEL."),
                                     "LABEL");
    const QCommandLineOption baseRange("base", Text::tr("SOURCE's baseline range."), "FROM..UNTIL");
    const QCommandLineOption newRange("new", Text::tr("SOURCE's range compared with it."),
                                      "FROM..UNTIL");
    if (hasQuery) {
        parser.addOption(query);
        parser.addOptions(serverOptions());
    }
    if (isTimeline || sub.command == CommandLine::Command::Top || isFetch)
        parser.addOptions({from, until});
    if (isTimeline)
        parser.addOptions({step, groupBy});
    if (isDiff)
        parser.addOptions({baseRange, newRange});
    const bool hasGraph = sub.command == CommandLine::Command::Export || isFetch;
    if (hasGraph)
        parser.addOptions({width, height, scale, minWidth, icicle, heat});
    parser.addOption(help);
    const bool imports = sub.command != CommandLine::Command::Library
        && sub.command != CommandLine::Command::Adhoc;
    if (imports)
        parser.addOptions(LimitOptions::options());
    if (sub.command == CommandLine::Command::Info || sub.command == CommandLine::Command::Top || isDiff || isTimeline)
        parser.addOption(json);
    if (sub.command == CommandLine::Command::Top || sub.command == CommandLine::Command::Export || isDiff)
        parser.addOption(type);
    if (sub.command == CommandLine::Command::Top)
        parser.addOption(limit);
    if (sub.command == CommandLine::Command::Export || isDiff || isFetch)
        parser.addOption(output);
    if (isDiff) {
        parser.addOption(newType);
        parser.addPositionalArgument(
            "BASE", Text::tr("The baseline profile (with --base and --new: the SOURCE)."),
            QStringLiteral("diff BASE"));
        parser.addPositionalArgument(
            "NEW", Text::tr("The profile compared with it (none with --base and --new)."),
            QStringLiteral("[NEW]"));
    } else if (isFetch) {
        parser.addPositionalArgument(
            "URL",
            Text::tr("A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or "
                     "pyrograph serve."),
            QStringLiteral("fetch URL"));
    } else if (isTimeline) {
        parser.addPositionalArgument(
            "SOURCE",
            Text::tr("A profile library, a profile file with sample times, or several "
                     "profile files (each at its own time)."),
            QStringLiteral("timeline SOURCE..."));
    } else {
        parser.addPositionalArgument("FILE", Text::tr("The profile to read (\"-\" reads stdin)."),
                                     QLatin1String(sub.name) + QStringLiteral(" FILE"));
    }

    if (!parser.parse(arguments))
        return error(QStringLiteral("%1 %2: %3").arg(program, QLatin1String(sub.name), parser.errorText()));
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        c.message = parser.helpText();
        return c;
    }
    c.files = parser.positionalArguments();
    if (imports) {
        if (const QString wrong = LimitOptions::read(parser, &c.limits); !wrong.isEmpty())
            return error(QStringLiteral("%1 %2: %3").arg(program, QLatin1String(sub.name), wrong));
    }
    if (hasQuery) {
        CommandLine::TimelineArguments &t = c.timeline;
        t.query = parser.value(query);
        if (const QString wrong = readServerOptions(parser, &t.server); !wrong.isEmpty())
            return error(QStringLiteral("%1 %2: %3").arg(program, QLatin1String(sub.name), wrong));
        if (!isDiff) {
            t.from = parser.value(from);
            t.until = parser.value(until);
        }
        if (isDiff) {
            t.base = parser.value(baseRange);
            t.compare = parser.value(newRange);
            if (t.base.isEmpty() != t.compare.isEmpty())
                return error(QStringLiteral("%1 diff: %2")
                                 .arg(program, Text::tr("--base and --new go together")));
            if (!t.query.isEmpty() && t.base.isEmpty())
                return error(QStringLiteral("%1 diff: %2")
                                 .arg(program, Text::tr("--query wants --base and --new")));
        }
        if (isTimeline) {
            t.groupBy = parser.value(groupBy);
            if (parser.isSet(step)) {
                bool ok = false;
                t.stepSeconds = parser.value(step).toDouble(&ok);
                if (!ok || !(t.stepSeconds > 0) || t.stepSeconds > 1e9)
                    return error(QStringLiteral("%1 timeline: %2")
                                     .arg(program,
                                          Text::tr("--step wants seconds (more than 0), got \"%1\"")
                                              .arg(parser.value(step))));
            }
        }
    }
    const bool diffOfRanges = isDiff && !c.timeline.base.isEmpty();
    if (diffOfRanges && c.files.size() != 1)
        return error(
            QStringLiteral("%1 diff: %2")
                .arg(program,
                     Text::tr("--base and --new compare two ranges of one SOURCE, got %1 inputs")
                         .arg(c.files.size())));
    if (isDiff && !diffOfRanges && c.files.size() != 2)
        return error(
            QStringLiteral("%1 diff: %2")
                .arg(program,
                     Text::tr("takes two input files, BASE and NEW, got %1").arg(c.files.size())));
    if (!isDiff && c.files.size() != 1 && !(isTimeline && c.files.size() > 1))
        return error(
            QStringLiteral("%1 %2: %3")
                .arg(program, QLatin1String(sub.name),
                     c.files.isEmpty()
                         ? Text::tr("no input file given")
                         : Text::tr("takes exactly one input file, got %1").arg(c.files.size())));
    // Only the options this subcommand added may be asked about.
    const bool hasJson = sub.command == CommandLine::Command::Info || sub.command == CommandLine::Command::Top || isDiff || isTimeline;
    const bool hasType = sub.command == CommandLine::Command::Top || sub.command == CommandLine::Command::Export || isDiff;
    c.json = hasJson && parser.isSet(json);
    if (hasType)
        c.sampleType = parser.value(type);
    if (sub.command == CommandLine::Command::Top && parser.isSet(limit)) {
        bool ok = false;
        c.limit = parser.value(limit).toInt(&ok);
        if (!ok || c.limit < 0)
            return error(QStringLiteral("%1 top: %2")
                             .arg(program,
                                  Text::tr("-n wants a count (0 or more), got \"%1\"")
                                      .arg(parser.value(limit))));
    }
    if (hasGraph) {
        auto number = [&](const QCommandLineOption &option, double min, double *value) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            *value = parser.value(option).toDouble(&ok);
            return ok && *value >= min;
        };
        double w = 0, h = 0;
        if (!number(width, 1, &w) || !number(height, 1, &h) || !number(scale, 0.01, &c.scale)
            || !number(minWidth, 0, &c.minWidth) || w > 100000 || h > 100000 || c.scale > 16)
            return error(
                QStringLiteral("%1 %2: %3")
                    .arg(program, QLatin1String(sub.name),
                         Text::tr("--width and --height want whole pixels (1 to 100000), "
                                  "--scale a factor (0.01 to 16), --minwidth pixels (0 or more)")));
        c.width = int(w);
        c.height = int(h);
        c.icicle = parser.isSet(icicle);
        c.heat = parser.isSet(heat);
    }
    if (isDiff) {
        c.output = parser.value(output);
        c.newSampleType = parser.value(newType);
    }
    if (sub.command == CommandLine::Command::Export || isFetch) {
        c.output = parser.value(output);
        if (c.output.isEmpty())
            return error(QStringLiteral("%1 %2: %3")
                             .arg(program, QLatin1String(sub.name),
                                  Text::tr("no output file given (-o OUT)")));
    }
    if (isFetch && !ServerConnection::isUrl(c.files.value(0)))
        return error(QStringLiteral("%1 fetch: %2")
                         .arg(program,
                              Text::tr("\"%1\" is not a server URL (http:// or https://)")
                                  .arg(c.files.value(0))));
    if (isFetch && c.timeline.query.isEmpty())
        return error(QStringLiteral("%1 fetch: %2")
                         .arg(program, Text::tr("no query given (--query 'TYPE{selector}')")));
    return c;
}

CommandLine parseGui(const QStringList &arguments)
{
    CommandLine c;
    const QString program = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below."));
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    const QCommandLineOption version({"v", "version"}, Text::tr("Show the version."));
    const QCommandLineOption screenshot(
        "screenshot",
        Text::tr("Open the files (none: the welcome page), save the "
                 "window to OUT.png once imported, exit."),
        "OUT.png");
    const QCommandLineOption size("size", Text::tr("The window size for --screenshot."), "WxH");
    const QCommandLineOption view(
        "view",
        Text::tr("The view: flamegraph, table, both or sandwich; for a diff file also diff, "
                 "side-by-side or diff-table."),
        "VIEW");
    const QCommandLineOption search("search", Text::tr("Search for TEXT in every tab."), "TEXT");
    const QCommandLineOption zoom(
        "zoom", Text::tr("Zoom to a call path, root first: 'main;serve;parse'."), "PATH");
    const QCommandLineOption renderer(
        "renderer", Text::tr("The flamegraph renderer: gl, raster or auto."), "RENDERER");
    const QCommandLineOption timeline(
        "timeline",
        Text::tr("Open SOURCE (a library, a profile with sample times or a "
                 "server's URL) in the timeline window."));
    const QCommandLineOption query(
        "query", Text::tr("Timeline: the profile type and label selector, 'TYPE{selector}'."),
        "TYPE{selector}");
    const QCommandLineOption from(
        "from", Text::tr("Timeline: the query's start (now-1h, unix s or ms, RFC 3339)."), "T");
    const QCommandLineOption until("until", Text::tr("Timeline: the query's end."), "T");
    const QCommandLineOption range(
        "range", Text::tr("Timeline: select this range (its merge is shown)."), "FROM..UNTIL");
    const QCommandLineOption compare(
        "compare", Text::tr("Timeline: compare --range with this range."), "FROM..UNTIL");
    const QCommandLineOption heatmap(
        "heatmap", Text::tr("Timeline: show a file's subsecond heatmap (FlameScope)."));
    const QCommandLineOption groupBy("group-by",
                                     Text::tr("Timeline: the label breakdown by LABEL."), "LABEL");
    const QCommandLineOption newWindow(
        "new-window",
        Text::tr("Open a window of its own, even when Pyrograph already runs (without it, "
                 "the FILEs open as tabs of the running window)."));
    parser.addOptions({help, version, screenshot, size, view, search, zoom, renderer, timeline, query, from, until,
                       range, compare, heatmap, groupBy, newWindow});
    parser.addOptions(serverOptions());
    parser.addOptions(LimitOptions::options());
    parser.addPositionalArgument("FILE", Text::tr("Profiles to open (\"-\" reads stdin)."),
                                 "[FILE...]");

    if (!parser.parse(arguments))
        return error(QStringLiteral("%1: %2\n%3").arg(program, parser.errorText(), usageSummary(program)));
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        QString text =
            parser.helpText() + u'\n' + Text::tr("Subcommands (no display needed):") + u'\n';
        for (const Subcommand &sub : subcommands)
            text +=
                QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(sub.name).leftJustified(8), Text::tr(sub.description));
        // serve and scrape parse their own options (ServeCommand, ScrapeCommand).
        text += QStringLiteral("  %1  %2\n")
                    .arg(QStringLiteral("serve").leftJustified(8),
                         Text::tr("Serve Grafana Pyroscope's API over a profile library (push, "
                                  "pull, query)."));
        text += QStringLiteral("  %1  %2\n")
                    .arg(QStringLiteral("scrape").leftJustified(8),
                         Text::tr("Take one profile from a Go program's net/http/pprof."));
        c.message = text + u'\n' + usageSummary(program);
        return c;
    }
    if (parser.isSet(version)) {
        c.outcome = CommandLine::Outcome::Version;
        c.message = QStringLiteral("pyrograph %1\n").arg(QCoreApplication::applicationVersion());
        return c;
    }
    c.files = parser.positionalArguments();
    c.screenshot = parser.value(screenshot);
    c.newWindow = parser.isSet(newWindow);
    c.timeline.query = parser.value(query);
    if (const QString wrong = LimitOptions::read(parser, &c.limits); !wrong.isEmpty())
        return error(QStringLiteral("%1: %2").arg(program, wrong));
    if (const QString wrong = readServerOptions(parser, &c.timeline.server); !wrong.isEmpty())
        return error(QStringLiteral("%1: %2").arg(program, wrong));
    c.timeline.from = parser.value(from);
    c.timeline.until = parser.value(until);
    c.timeline.base = parser.value(range);
    c.timeline.compare = parser.value(compare);
    c.heatmap = parser.isSet(heatmap);
    c.groupBy = parser.value(groupBy);
    c.timelineWindow = parser.isSet(timeline) || c.timeline.isSet() || !c.timeline.compare.isEmpty() || c.heatmap
        || !c.groupBy.isEmpty();
    if (c.timelineWindow && c.files.isEmpty())
        return error(
            QStringLiteral("%1: %2").arg(program, Text::tr("the timeline wants a SOURCE")));
    if (!c.timeline.compare.isEmpty() && c.timeline.base.isEmpty())
        return error(QStringLiteral("%1: %2").arg(program, Text::tr("--compare wants --range")));
    if (parser.isSet(size)) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const QRegularExpressionMatch m = wxh.match(parser.value(size));
        if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1)
            return error(QStringLiteral("%1: %2").arg(
                program,
                Text::tr("--size wants WIDTHxHEIGHT (e.g. 1600x900), got \"%1\"")
                    .arg(parser.value(size))));
        c.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(view)) {
        c.view = parser.value(view);
        if (!CommandLine::viewNames().contains(c.view))
            return error(QStringLiteral("%1: %2").arg(
                program,
                Text::tr("unknown view \"%1\"; the views are: %2")
                    .arg(c.view, CommandLine::viewNames().join(QStringLiteral(", ")))));
    }
    c.search = parser.value(search);
    if (parser.isSet(zoom)) {
        c.zoomPath = parser.value(zoom).split(u';', Qt::SkipEmptyParts);
        if (c.zoomPath.isEmpty())
            return error(QStringLiteral("%1: %2").arg(
                program, Text::tr("--zoom wants a call path, root first: 'main;serve'")));
    }
    if (parser.isSet(renderer)) {
        c.renderer = parser.value(renderer);
        if (c.renderer != QLatin1String("gl") && c.renderer != QLatin1String("raster") && c.renderer != QLatin1String("auto"))
            return error(QStringLiteral("%1: %2").arg(
                program,
                Text::tr("unknown renderer \"%1\"; the renderers are: gl, raster, auto")
                    .arg(c.renderer)));
    }
    return c;
}
} // namespace

CommandLine CommandLine::error(Command command, const QString &program, QStringView name, const QString &message)
{
    CommandLine c;
    c.command = command;
    c.outcome = Outcome::Error;
    c.message = QStringLiteral("%1 %2: %3").arg(program, name, message);
    return c;
}

QStringList CommandLine::viewNames()
{
    return ViewModes::allNames();
}

std::optional<CommandLine::Command> CommandLine::subcommandNamed(const QString &name)
{
    if (name == QLatin1String("serve"))
        return Command::Serve;
    if (name == QLatin1String("scrape"))
        return Command::Scrape;
    for (const Subcommand &sub : subcommands)
        if (name == QLatin1String(sub.name))
            return sub.command;
    return std::nullopt;
}

bool CommandLine::needsDisplay(const QStringList &arguments)
{
    if (subcommandNamed(arguments.value(1)))
        return false;
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v") || a == QLatin1String("--version"))
            return false;
    }
    return true;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("serve"))
        return ServeCommand::parse(arguments);
    if (first == QLatin1String("scrape"))
        return ScrapeCommand::parse(arguments);
    for (const Subcommand &sub : subcommands)
        if (first == QLatin1String(sub.name))
            switch (sub.command) {
            case Command::Library:
                return LibraryCommand::parse(arguments);
            case Command::Adhoc:
                return AdhocCommand::parse(arguments);
            default:
                return parseSubcommand(sub, arguments);
            }
    return parseGui(arguments);
}
