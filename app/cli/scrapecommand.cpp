#include "scrapecommand.h"

#include "commandline.h"
#include "exportcommand.h"
#include "exportformat.h"
#include "profileexporter.h"

#include "model/progress.h"
#include "server/requestbody.h"
#include "server/scrapeclient.h"
#include "server/scrapeprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

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

// A cpu profile's seconds plus this for the answer to come.
constexpr qint64 kTimeoutMs = 15000;
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

int ScrapeCommand::run(const CommandLine &commandLine)
{
    const QUrl url(commandLine.files.value(0));
    const ScrapeProfile profile =
        *ScrapeProfile::fromEndpointName(commandLine.scrape.type.toStdString());
    std::string request = url.path(QUrl::FullyEncoded).toStdString();
    if (request.find("/debug/pprof/") != std::string::npos) {
        if (url.hasQuery())
            request += '?' + url.query(QUrl::FullyEncoded).toStdString();
    } else {
        while (!request.empty() && request.back() == '/')
            request.pop_back();
        request += profile.request(commandLine.scrape.seconds);
    }
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const std::string address = QStringLiteral("%1:%2").arg(host).arg(url.port(80)).toStdString();
    ScrapeAuth auth;
    auth.username = url.userName().toStdString();
    auth.password = url.password().toStdString();
    ScrapeClient client(address, auth);
    const QString source =
        QStringLiteral("http://%1%2")
            .arg(QString::fromStdString(address), QString::fromStdString(request));
    QString error;
    const qint64 timeoutMs =
        kTimeoutMs + (profile.takesSeconds ? qint64(commandLine.scrape.seconds) * 1000 : 0);
    const auto body = client.get(request, timeoutMs, &error);
    if (!body) {
        fail(QStringLiteral("%1: %2").arg(source, error));
        return Failure;
    }
    RequestBody::Failure failure = RequestBody::Failure::None;
    const auto inflated = RequestBody::inflate(*body, qint64(1) << 30, source, &error, &failure);
    if (!inflated) {
        fail(error);
        return Failure;
    }
    const ImportResult imported = RequestBody::import("pprof", *inflated, source);
    if (!imported.isOk()) {
        fail(imported.error);
        return Failure;
    }
    ExportOptions options = ExportCommand::options(commandLine);
    if (ProfileExporter::write(*ExportFormats::forPath(commandLine.output), *imported.profile,
                               options, commandLine.output, Progress::none(), &error)
        != JobOutcome::Done) {
        fail(error);
        return Failure;
    }
    QStringList types;
    for (const SampleType &type : imported.profile->sampleTypes())
        types << QString::fromStdString(type.type);
    m_out << "pyrograph: "
          << Text::tr("%1: %2 bytes (%3), wrote %4")
                 .arg(source)
                 .arg(body->size())
                 .arg(types.join(u','), commandLine.output)
          << '\n';
    return Success;
}
