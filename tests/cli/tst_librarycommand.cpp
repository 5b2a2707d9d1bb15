#include "tests/support/testregistry.h"

#include "app/cli/commandline.h"
#include "app/cli/librarycommand.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

struct LibraryRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// `pyrograph library ARGS...` in process: CommandLine::parse, then LibraryCommand.
LibraryRun runLibrary(const QStringList &arguments)
{
    const CommandLine c = CommandLine::parse(
        QStringList{QStringLiteral("pyrograph"), QStringLiteral("library")} + arguments);
    LibraryRun r;
    if (c.outcome == CommandLine::Outcome::Help) {
        r.exitCode = 0;
        r.out = c.message;
        return r;
    }
    if (c.outcome != CommandLine::Outcome::Run) {
        r.exitCode = 2;
        r.err = c.message;
        return r;
    }
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    LibraryCommand command(out, err);
    r.exitCode = command.run(c);
    out.flush();
    err.flush();
    return r;
}

} // namespace

// `pyrograph library add/ls/rm` against real library files.
class tst_LibraryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newLibrary() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_files)); }

private slots:
    void addListRemove()
    {
        const QString lib = newLibrary();
        LibraryRun r = runLibrary({"add", corpus("pprof/go-cpu.pb.gz"),
                                   corpus("collapsed/simple.txt"), "--service", "app", "--label",
                                   "env=prod", "--at", "2024-05-01T12:00:00Z", "--library", lib});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("added 1: "))
                     && r.out.contains(QStringLiteral("added 2: ")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds")));

        r = runLibrary({"ls", "--json", "--library", lib});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray profiles = r.json()["profiles"].toArray();
        QCOMPARE(profiles.size(), 2);
        const QJsonObject first = profiles[0].toObject();
        QCOMPARE(first["id"].toInteger(), 1);
        QCOMPARE(first["service"].toString(), QStringLiteral("app"));
        QCOMPARE(first["labels"].toObject()["env"].toString(), QStringLiteral("prod"));
        QCOMPARE(first["startMs"].toInteger(), 1714564800000);
        QCOMPARE(first["time"].toString(), QStringLiteral("2024-05-01T12:00:00Z"));
        QCOMPARE(first["origin"].toString(), QStringLiteral("file"));
        QCOMPARE(first["source"].toString(),
                 QFileInfo(corpus("pprof/go-cpu.pb.gz")).absoluteFilePath());
        QVERIFY(first["types"].toArray().contains(
            QStringLiteral("process_cpu:cpu:nanoseconds:cpu:nanoseconds")));
        QCOMPARE(first["types"].toArray().size(), 2);
        QVERIFY(first["storedBytes"].toInteger() > 0);

        r = runLibrary({"ls", "--library", lib});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral("ID"))
                     && lines[0].contains(QStringLiteral("SOURCE")),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QStringLiteral("2024-05-01T12:00:00Z")));
        QVERIFY(lines[1].contains(QStringLiteral("env=prod")));
        QVERIFY(lines[2].contains(QStringLiteral("simple.txt")));

        r = runLibrary({"rm", "1", "--library", lib});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runLibrary({"ls", "--json", "--library", lib});
        QCOMPARE(r.json()["profiles"].toArray().size(), 1);
        QCOMPARE(r.json()["profiles"].toArray()[0].toObject()["id"].toInteger(), 2);
        r = runLibrary({"rm", "1", "--library", lib});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not in the library")), qPrintable(r.err));
    }
    void defaultTimeIsTheProfilesOwn()
    {
        const QString lib = newLibrary();
        LibraryRun r =
            runLibrary({"add", corpus("pprof/go-cpu.pb.gz"), "--service", "app", "--library", lib});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runLibrary({"ls", "--json", "--library", lib});
        const QJsonObject first = r.json()["profiles"].toArray()[0].toObject();
        // go-cpu.pb.gz: time_nanos 1795560085347569119, duration_nanos 20215396714
        QCOMPARE(first["startMs"].toInteger(), 1795560085347);
        QCOMPARE(first["endMs"].toInteger(), 1795560085347 + 20215);
    }
    void defaultTimeOfATimelessFileIsItsMtime()
    {
        const QString lib = newLibrary();
        const QString copy = m_dir.filePath(QStringLiteral("simple.txt"));
        QVERIFY(QFile::copy(corpus("collapsed/simple.txt"), copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime mtime = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
        file.close();
        LibraryRun r = runLibrary({"add", copy, "--service", "app", "--library", lib});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runLibrary({"ls", "--json", "--library", lib});
        QCOMPARE(r.json()["profiles"].toArray()[0].toObject()["startMs"].toInteger(),
                 1600000000000);
    }
    void atUnixSeconds()
    {
        const QString lib = newLibrary();
        LibraryRun r = runLibrary({"add", corpus("collapsed/simple.txt"), "--service", "s", "--at",
                                   "1714564800", "--library", lib});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runLibrary({"ls", "--json", "--library", lib});
        QCOMPARE(r.json()["profiles"].toArray()[0].toObject()["startMs"].toInteger(),
                 1714564800000);
        QCOMPARE(LibraryCommand::parseTime(QStringLiteral("2024-05-01T14:00:00+02:00")),
                 1714564800000);
        QCOMPARE(LibraryCommand::parseTime(QStringLiteral("2024-05-01T12:00:00.250Z")),
                 1714564800250);
        QCOMPARE(LibraryCommand::parseTime(QStringLiteral("2024-05-01T12:00:00")), -1); // no offset
        QCOMPARE(LibraryCommand::parseTime(QStringLiteral("yesterday")), -1);
    }
    void aBadFileStoresNothing()
    {
        const QString lib = newLibrary();
        const QString missing = m_dir.filePath(QStringLiteral("missing.pb.gz"));
        LibraryRun r = runLibrary(
            {"add", corpus("collapsed/simple.txt"), missing, "--service", "s", "--library", lib});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        r = runLibrary({"ls", "--json", "--library", lib});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()["profiles"].toArray().size(), 0);
    }
    void garbageLibraryRefused()
    {
        const QString lib = newLibrary();
        QFile file(lib);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'g'));
        file.close();
        const LibraryRun r = runLibrary({"ls", "--library", lib});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(lib + QStringLiteral(": not a Pyrograph library")),
                 qPrintable(r.err));
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << "add, ls or rm?";
        QTest::newRow("unknown action") << QStringList{"list"} << "unknown action \"list\"";
        QTest::newRow("no service") << QStringList{"add", "x.pb.gz"} << "no service given";
        QTest::newRow("no file") << QStringList{"add", "--service", "s"} << "no file given";
        QTest::newRow("bad at") << QStringList{"add", "x", "--service", "s", "--at", "noon"}
                                << "--at wants RFC 3339";
        QTest::newRow("bad label")
            << QStringList{"add", "x", "--service", "s", "--label", "novalue"} << "--label wants";
        QTest::newRow("reserved label")
            << QStringList{"add", "x", "--service", "s", "--label", "__name__=x"}
            << "--label wants";
        QTest::newRow("bad id") << QStringList{"rm", "abc"} << "\"abc\" is not a profile id";
        QTest::newRow("ls argument") << QStringList{"ls", "x"} << "takes no arguments";
        QTest::newRow("unknown option") << QStringList{"ls", "--service", "s"} << "Unknown option";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const LibraryRun r = runLibrary(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    void helpMentionsTheActions()
    {
        const LibraryRun r = runLibrary({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("library add FILE...")));
        const CommandLine top = CommandLine::parse({"pyrograph", "--help"});
        QVERIFY(top.message.contains(QStringLiteral("library rm ID...")));
        QVERIFY(!CommandLine::needsDisplay({"pyrograph", "library", "ls"}));
    }
};

PYROGRAPH_TEST_MAIN(tst_LibraryCommand)
#include "tst_librarycommand.moc"
