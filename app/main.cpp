#include "app/clicommand.h"
#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/screenshotrunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pyrograph"));
    QCoreApplication::setApplicationName(QStringLiteral("pyrograph"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PYROGRAPH_VERSION));
}

// Help, version and parse errors; -1 when the command should run.
int handleOutcome(const CommandLine &commandLine)
{
    switch (commandLine.outcome) {
    case CommandLine::Outcome::Run:
        return -1;
    case CommandLine::Outcome::Help:
    case CommandLine::Outcome::Version:
        QTextStream(stdout) << commandLine.message;
        return 0;
    case CommandLine::Outcome::Error:
        QTextStream(stderr) << commandLine.message << (commandLine.message.endsWith(u'\n') ? "" : "\n");
        return CliCommand::UsageError;
    }
    return -1;
}

QStringList arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}
} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    // Subcommands run without a display, so they must not make a QApplication.
    if (!CommandLine::needsDisplay(arguments(argc, argv))) {
        QCoreApplication app(argc, argv);
        const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
        if (const int code = handleOutcome(commandLine); code >= 0)
            return code;
        return CliCommand::execute(commandLine);
    }

    QApplication app(argc, argv);
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    if (const int code = handleOutcome(commandLine); code >= 0)
        return code;

    MainWindow window;
    window.setRendererPreference(commandLine.renderer);
    if (!commandLine.screenshot.isEmpty()) {
        ScreenshotRunner runner(&window, commandLine);
        QObject::connect(&runner, &ScreenshotRunner::finished, &app, [&runner](int code) {
            if (!runner.errors().isEmpty())
                QTextStream(stderr) << runner.errors() << '\n';
            QCoreApplication::exit(code);
        });
        window.show();
        runner.start();
        return app.exec();
    }
    window.show();
    window.openFiles(commandLine.files);
    return app.exec();
}
