#include "tests/support/testregistry.h"

#include "clirunner.h"
#include "tests/server/gotarget.h"

#include "importers/profilereader.h"
#include "model/progress.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {
QString url(const gotarget::Process &target)
{
    return QStringLiteral("http://") + QString::fromStdString(target.address());
}

} // namespace

// `pyrograph scrape URL` against a real Go program (tests/server/gotarget).
class tst_ScrapeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(!gotarget::binary(&error).isEmpty(), qPrintable(error));
    }

    void cpuProfileToPprof()
    {
        gotarget::Process go;
        QVERIFY2(go.port() > 0, qPrintable(go.error()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cpu.pb.gz"));
        const CliRun r =
            CliRun::run({QStringLiteral("scrape"), url(go), QStringLiteral("--seconds"),
                         QStringLiteral("1"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("/debug/pprof/profile?seconds=1")),
                 qPrintable(r.out));
        const ImportResult imported = ProfileReader().readFile(out, Progress::none());
        QVERIFY2(imported.isOk(), qPrintable(imported.error));
        QCOMPARE(imported.profile->sampleTypes().back().type, "cpu");
        QCOMPARE(gotarget::hottestFunction(*imported.profile, 1), "main.pyrographBusyLoop");
    }

    void goroutinesToFolded()
    {
        gotarget::Process go;
        QVERIFY2(go.port() > 0, qPrintable(go.error()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("g.folded"));
        const CliRun r = CliRun::run({QStringLiteral("scrape"), url(go) + QStringLiteral("/"),
                                      QStringLiteral("--type"), QStringLiteral("goroutine"),
                                      QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray folded = file.readAll();
        // eight goroutines wait in pyrographParked
        static const QRegularExpression parked(
            QStringLiteral("(^|\n)main\\.pyrographParked;[^\n]* 8\n"));
        QVERIFY2(parked.match(QString::fromUtf8(folded)).hasMatch(), folded.constData());
    }

    void failuresSayWhy()
    {
        gotarget::Process html(QStringLiteral("html"));
        QVERIFY2(html.port() > 0, qPrintable(html.error()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.pb.gz"));
        CliRun r = CliRun::run({QStringLiteral("scrape"), url(html), QStringLiteral("--type"),
                                QStringLiteral("heap"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("/debug/pprof/heap: answered text/html, not a pprof")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        r = CliRun::run({QStringLiteral("scrape"), QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--type"), QStringLiteral("allocs"), QStringLiteral("-o"),
                         out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not connect to 127.0.0.1:1")),
                 qPrintable(r.err));

        const QList<QStringList> usage{
            {QStringLiteral("http://h:1"), QStringLiteral("--type"), QStringLiteral("mem"),
             QStringLiteral("-o"), out},
            {QStringLiteral("http://h:1")},
            {QStringLiteral("ftp://h:1"), QStringLiteral("-o"), out},
            {QStringLiteral("http://h:1"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("x.doc"))},
            {QStringLiteral("http://h:1"), QStringLiteral("--seconds"), QStringLiteral("0"),
             QStringLiteral("-o"), out},
        };
        for (const QStringList &arguments : usage) {
            r = CliRun::run(QStringList{QStringLiteral("scrape")} + arguments);
            QVERIFY2(r.exitCode == 2, qPrintable(arguments.join(u' ') + u'\n' + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("scrape:")), qPrintable(r.err));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ScrapeCommand)
#include "tst_scrapecommand.moc"
