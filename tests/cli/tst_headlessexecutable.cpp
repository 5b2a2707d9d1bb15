#include "tests/support/testregistry.h"

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

// The executable's NEEDED entries, as readelf prints them: what the dynamic loader maps at every
// start.
QStringList neededLibraries(const QString &file)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), file});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
        return {};
    QStringList needed;
    static const QRegularExpression entry(QStringLiteral(R"(\(NEEDED\).*\[([^\]]+)\])"));
    for (const QString &line : QString::fromUtf8(readelf.readAllStandardOutput()).split(u'\n'))
        if (const QRegularExpressionMatch m = entry.match(line); m.hasMatch())
            needed << m.captured(1);
    return needed;
}

// The files the dynamic loader opened during a run (LD_DEBUG=files writes them to stderr).
QString loadedFiles(const QStringList &arguments, const QString &executable, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(env);
    process.start(executable, arguments);
    if (!process.waitForFinished(120000))
        return {};
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardError());
}

QString guiModule()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../lib/pyrograph/libpyrograph-gui.so"));
}
} // namespace

// The executable runs the headless subcommands without Qt Gui and loads the
// graphical module for the windows and the subcommands that draw
// (HeadlessCommands, GuiModuleLoader).
class tst_HeadlessExecutable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRun::executable()), qPrintable(CliRun::executable()));
        QVERIFY2(QFile::exists(guiModule()), qPrintable(guiModule()));
    }

    // --as-needed drops a library nothing refers to: Gui here would mean a
    // headless file pulled in a drawing one.
    void linksNoGui()
    {
        const QStringList needed = neededLibraries(CliRun::executable());
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(u' ')));
        for (const QString &library : needed)
            QVERIFY2(!library.startsWith(QLatin1String("libQt6"))
                         || library == QLatin1String("libQt6Core.so.6"),
                     qPrintable(library));
        QVERIFY(neededLibraries(guiModule()).contains(QStringLiteral("libQt6Widgets.so.6")));
    }

    void headlessSubcommandsLoadNoModule()
    {
        int code = -1;
        for (const QStringList &arguments :
             {QStringList{"info", corpus("collapsed/simple.txt")},
              QStringList{"top", corpus("collapsed/simple.txt")}, QStringList{"--version"},
              QStringList{"info", "--help"}}) {
            const QString loaded = loadedFiles(arguments, CliRun::executable(), &code);
            QCOMPARE(code, 0);
            QVERIFY2(loaded.contains(QLatin1String("libQt6Core.so.6")),
                     qPrintable(arguments.join(u' ')));
            QVERIFY2(!loaded.contains(QLatin1String("libpyrograph-gui.so")),
                     qPrintable(arguments.join(u' ')));
            QVERIFY2(!loaded.contains(QLatin1String("libQt6Gui.so")),
                     qPrintable(arguments.join(u' ')));
        }
    }

    void drawingSubcommandsLoadTheModule()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("out.svg"));
        int code = -1;
        const QString loaded = loadedFiles({"export", corpus("collapsed/simple.txt"), "-o", svg},
                                           CliRun::executable(), &code);
        QCOMPARE(code, 0);
        QVERIFY(loaded.contains(QLatin1String("libpyrograph-gui.so")));
        QFile out(svg);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().contains("<svg"));
    }

    // An executable without its module still runs what it holds, and says
    // which file is missing for the rest.
    void missingModuleIsNamed()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("bin/pyrograph"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QFile::copy(CliRun::executable(), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner));

        QProcess info;
        info.start(copy, {QStringLiteral("info"), corpus("collapsed/simple.txt")});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        QVERIFY(info.readAllStandardOutput().contains("collapsed"));

        QProcess exporter;
        exporter.start(copy,
                       {QStringLiteral("export"), corpus("collapsed/simple.txt"),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg"))});
        QVERIFY(exporter.waitForFinished(60000));
        QCOMPARE(exporter.exitCode(), 1);
        const QString err = QString::fromUtf8(exporter.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("lib/pyrograph/libpyrograph-gui.so")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("cannot load")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.svg"))));
    }
};

PYROGRAPH_TEST_MAIN(tst_HeadlessExecutable)
#include "tst_headlessexecutable.moc"
