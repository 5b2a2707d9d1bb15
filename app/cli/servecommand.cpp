#include "servecommand.h"

#include "limitoptions.h"

#include "commandline.h"

#include "library/library.h"
#include "server/pyroscopeserver.h"
#include "server/scrapemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <pthread.h>

namespace {
// lupdate files Text::tr("...") under ServeCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

CommandLine error(const QString &program, const QString &message)
{
    return CommandLine::error(CommandLine::Command::Serve, program, u"serve", message);
}
} // namespace

CommandLine ServeCommand::parse(const QStringList &arguments)
{
    CommandLine c;
    c.command = CommandLine::Command::Serve;
    const QString program = arguments.value(0);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Serve Grafana Pyroscope's API (ingest, push, query) over "
                 "a profile library until interrupted."));
    const QCommandLineOption help({"h", "help"}, Text::tr("Show this help."));
    const QCommandLineOption listen(
        "listen",
        Text::tr("The address to listen on (default 127.0.0.1:4040; port 0: any free port)."),
        "HOST:PORT");
    const QCommandLineOption library(
        "library", Text::tr("The library file (default: the one in the data folder)."), "FILE");
    const QCommandLineOption maxBody(
        "max-body", Text::tr("The largest request body taken, in bytes (default 16 MiB)."),
        "BYTES");
    const QCommandLineOption retention(
        "retention", Text::tr("How long profiles are kept: 7d, 12h, 30m (default 7d)."),
        "DURATION");
    const QCommandLineOption token(
        "token", Text::tr("Require \"Authorization: Bearer TOKEN\" on every request."), "TOKEN");
    const QCommandLineOption noAuth("no-auth",
                                    Text::tr("Allow a non-loopback --listen without --token."));
    const QCommandLineOption scrape(
        "scrape",
        Text::tr("Scrape the targets of FILE's scrape-configs (Pyroscope's pull mode; state at "
                 "GET /targets)."),
        "FILE");
    const QCommandLineOption maxConnections(
        "max-connections",
        Text::tr("Connections served at once; more are answered 503 (default %1).")
            .arg(ServerOptions().maxConnections),
        "N");
    parser.addOptions({help, listen, library, maxBody, maxConnections, retention, token, noAuth,
                       scrape});
    parser.addOptions(LimitOptions::options());
    // The usage line names the subcommand ("pyrograph [options] serve"); it
    // takes no positional argument, which parse() checks below.
    parser.addPositionalArgument(QStringLiteral("serve"), Text::tr("This subcommand."),
                                 QStringLiteral("serve"));
    if (!parser.parse(rest))
        return error(program, parser.errorText());
    if (parser.isSet(help)) {
        c.outcome = CommandLine::Outcome::Help;
        c.message = parser.helpText();
        return c;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(
            program,
            Text::tr("takes no files, got \"%1\"").arg(parser.positionalArguments().join(u' ')));
    ServerOptions &options = c.serve;
    QString problem;
    if (parser.isSet(listen) && !options.parseListen(parser.value(listen).toStdString(), &problem))
        return error(program, problem);
    options.libraryFile = parser.value(library);
    if (parser.isSet(maxBody)) {
        bool ok = false;
        options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
        if (!ok || options.maxBodyBytes <= 0)
            return error(program,
                         Text::tr("--max-body wants a number of bytes, got \"%1\"")
                             .arg(parser.value(maxBody)));
    }
    if (parser.isSet(maxConnections)) {
        bool ok = false;
        options.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || options.maxConnections <= 0)
            return error(program,
                         Text::tr("--max-connections wants a number above 0, got \"%1\"")
                             .arg(parser.value(maxConnections)));
    }
    if (const QString wrong = LimitOptions::read(parser, &c.limits); !wrong.isEmpty())
        return error(program, wrong);
    if (parser.isSet(retention)) {
        const auto ms = ServerOptions::parseDurationMs(parser.value(retention).toStdString());
        if (!ms)
            return error(program,
                         Text::tr("--retention wants a duration such as 7d, 12h or 30m, got \"%1\"")
                             .arg(parser.value(retention)));
        options.retentionMs = *ms;
    }
    options.token = parser.value(token).toStdString();
    options.noAuth = parser.isSet(noAuth);
    options.scrapeConfigFile = parser.value(scrape);
    if (const QString refused = options.check(); !refused.isEmpty())
        return error(program, refused);
    return c;
}

int ServeCommand::run(const CommandLine &commandLine)
{
    // The server's threads inherit this mask, so SIGINT and SIGTERM reach
    // sigwait() below, and the server stops cleanly: in-flight requests end,
    // the library closes.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    PyroscopeServer server(commandLine.serve);
    if (const QString problem = server.start(); !problem.isEmpty()) {
        fail(QStringLiteral("serve: %1").arg(problem));
        return Failure;
    }
    for (const QString &warning : server.scrapeWarnings())
        m_err << "pyrograph: " << Text::tr("warning: %1").arg(warning) << '\n';
    m_err.flush();
    // English whatever the language: scripts and tests read the address from this line.
    m_out << "pyrograph: serving Grafana Pyroscope's API on http://"
          << QString::fromStdString(server.address()) << " (library " << server.library()->file()
          << ")\n";
    if (!commandLine.serve.scrapeConfigFile.isEmpty()) {
        const size_t targets = server.scrapeManager()->targets().size();
        m_out << "pyrograph: "
              << (targets == 1 ? Text::tr("scraping %1 target of %2 (state: GET /targets)")
                               : Text::tr("scraping %1 targets of %2 (state: GET /targets)"))
                     .arg(targets)
                     .arg(commandLine.serve.scrapeConfigFile)
              << '\n';
    }
    m_out.flush();
    int received = 0;
    sigwait(&stopSignals, &received);
    m_out << "pyrograph: "
          << (received == SIGINT ? Text::tr("interrupted, stopping after %1 profiles received")
                                 : Text::tr("terminated, stopping after %1 profiles received"))
                 .arg(server.pushesReceived())
          << '\n';
    m_out.flush();
    server.stop();
    return Success;
}
