#include "guimoduleentry.h"

#include "app/cli/allcommands.h"
#include "app/cli/apptranslations.h"
#include "app/cli/clistartup.h"
#include "app/cli/commandline.h"
#include "app/cli/exportformat.h"
#include "app/gui/instancechannel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/screenshotrunner.h"
#include "app/gui/timelinelauncher.h"
#include "app/gui/timelinewindow.h"
#include "library/timelinesources.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <QThreadPool>

#include <memory>

namespace {
// `export ... -o OUT.png` (or `scrape`): looked for before any application
// object exists, which decides the kind of application.
bool exportsImage(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("export")
        && arguments.value(1) != QLatin1String("scrape"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        QString out;
        if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            out = arguments.value(i + 1);
        else if (a.startsWith(QLatin1String("--output=")))
            out = a.mid(9);
        else if (a.startsWith(QLatin1String("-o")) && a.size() > 2)
            out = a.mid(2);
        if (ExportFormats::forPath(out) == ExportFormat::Png)
            return true;
    }
    return false;
}
int runTimeline(QApplication &app, const CommandLine &commandLine)
{
    QString error;
    bool usage = false;
    std::unique_ptr<TimelineWindow> window(TimelineLauncher::open(commandLine, &error, &usage));
    if (!window) {
        QTextStream(stderr) << "pyrograph: " << error << '\n';
        return usage ? CliCommand::UsageError : CliCommand::Failure;
    }
    window->resize(commandLine.size.isValid() ? commandLine.size : QSize(1400, 900));
    window->show();
    if (!commandLine.screenshot.isEmpty())
        TimelineLauncher::screenshot(window.get(), commandLine.screenshot,
                                     [](int code, const QString &why) {
                                         if (!why.isEmpty())
                                             QTextStream(stderr) << "pyrograph: " << why << '\n';
                                         QCoreApplication::exit(code);
                                     });
    return app.exec();
}

int runWindow(QApplication &app, const CommandLine &commandLine)
{
    if (commandLine.timelineWindow
        || (commandLine.files.size() == 1
            && TimelineSources::isLibraryFile(commandLine.files.front())))
        return runTimeline(app, commandLine);
    // A file manager opens each profile with a launch of its own: the files
    // go to the window that runs already, as tabs, unless --new-window (or
    // stdin, which only this process can read) asks otherwise.
    std::unique_ptr<InstanceChannel> channel;
    if (commandLine.screenshot.isEmpty()) {
        channel = std::make_unique<InstanceChannel>();
        if (!commandLine.newWindow && !commandLine.files.isEmpty()
            && !commandLine.files.contains(QStringLiteral("-"))
            && channel->sendToRunning(commandLine.files))
            return 0;
    }
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
    // Another window may hold the channel (one opened with --new-window);
    // this one then simply receives nothing.
    channel->listen();
    window.acceptFilesFrom(channel.get());
    window.show();
    window.openFiles(commandLine.files);
    return app.exec();
}
} // namespace

int pyrograph_gui_main(int argc, char **argv)
{
    CliStartup::setIdentity();
    const QStringList arguments = CliStartup::arguments(argc, argv);
    // Subcommands run without a display, so they must not make a QApplication.
    if (!CommandLine::needsDisplay(arguments)) {
        // Drawing a PNG needs fonts, so a QGuiApplication, but still no display:
        // it always runs on the offscreen platform.
        const bool drawsImage = exportsImage(arguments);
        if (drawsImage)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = drawsImage
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        return CliStartup::runSubcommand(AllCommands::create);
    }

    QApplication app(argc, argv);
    // The desktop entry and the icon the package installs (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("pyrograph"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("pyrograph")));
    AppTranslations::install(AppTranslations::windowLanguage());
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    if (const int code = CliStartup::handleOutcome(commandLine); code >= 0)
        return code;
    ImportLimits::setCurrent(commandLine.limits);

    const int code = runWindow(app, commandLine);
    // The window's background jobs were cancelled as it went, without waiting
    // (JobTracker); they end at their next check. Wait for that here, while the
    // application they may draw with (a PNG export's fonts) still exists.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
