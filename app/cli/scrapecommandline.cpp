#include "scrapecommand.h"

#include "commandline.h"
#include "exportformat.h"
#include "profileexporter.h"

#include "server/scrapeprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

// ScrapeCommand's command line, apart from its run: CommandLine::parse needs
// it in the executable, which links none of the drawing that run() writes with
// (HeadlessCommands).

namespace {
// lupdate files Text::tr("...") under ScrapeCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScrapeCommand)
};

CommandLine error(const QString &program, const QString &message)
{
    return CommandLine::error(CommandLine::Command::Scrape, program, u"scrape", message);
}
} // namespace

CommandLine ScrapeCommand::parse(const QStringList &arguments)
{
    CommandLine c;
    c.command = CommandLine::Command::Scrape;
    const QString program = arguments.value(0);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Take one profile from a Go program's net/http/pprof (URL: http://host:port) and write "
        "it to OUT, in the format its extension names."));
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    QStringList types;
    for (const std::string &name : ScrapeProfile::endpointNames())
        types << QString::fromStdString(name);
    const QCommandLineOption type(
        "type", Text::tr("The profile: %1 (default cpu).").arg(types.join(u'|')), "TYPE");
    const QCommandLineOption seconds("seconds", Text::tr("cpu: how long to profile (default 10)."),
                                     "N");
    const QCommandLineOption output(
        {"o", "output"}, Text::tr("The file to write; its extension picks the format."), "OUT");
    parser.addOptions({help, type, seconds, output});
    parser.addPositionalArgument("URL", Text::tr("The target, http://host:port."),
                                 QStringLiteral("scrape URL"));
    if (!parser.parse(rest))
        return error(program, parser.errorText());
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        c.message = parser.helpText();
        return c;
    }
    if (parser.positionalArguments().size() != 1)
        return error(program,
                     Text::tr("wants one URL, got %1").arg(parser.positionalArguments().size()));
    c.files = parser.positionalArguments();
    const QUrl url(c.files[0], QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return error(program, Text::tr("\"%1\" is not an http://host:port URL").arg(c.files[0]));
    c.scrape.type = parser.isSet(type) ? parser.value(type) : QStringLiteral("cpu");
    if (!ScrapeProfile::fromEndpointName(c.scrape.type.toStdString()))
        return error(program,
                     Text::tr("--type: \"%1\" is not one of %2")
                         .arg(c.scrape.type, types.join(QStringLiteral(", "))));
    if (parser.isSet(seconds)) {
        bool ok = false;
        c.scrape.seconds = parser.value(seconds).toInt(&ok);
        if (!ok || c.scrape.seconds <= 0)
            return error(program,
                         Text::tr("--seconds wants a positive number, got \"%1\"")
                             .arg(parser.value(seconds)));
    }
    c.output = parser.value(output);
    if (c.output.isEmpty())
        return error(program, Text::tr("no output file given (-o OUT)"));
    if (!ExportFormats::forPath(c.output))
        return error(program,
                     Text::tr("%1: unknown export format; the supported extensions are: %2")
                         .arg(c.output, ProfileExporter::extensions().join(QStringLiteral(", "))));
    return c;
}
