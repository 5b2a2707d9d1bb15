#include "tests/support/testregistry.h"

#include "app/cli/profileexporter.h"
#include "widgets/render/flamecolors.h"

#include "clirunner.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}
} // namespace

// `pyrograph export`: every exporter in the table writes a file that reads back
// with the same totals and the same function table.
class tst_ExportCommand : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("sampleType");
        const char *importable[] = {".folded", ".json", ".pb.gz", ".speedscope.json"};
        for (const char *ext : importable) {
            QTest::addRow("%s cpu", ext) << QString::fromLatin1(ext) << QStringLiteral("cpu");
            QTest::addRow("%s samples", ext) << QString::fromLatin1(ext) << QStringLiteral("samples");
        }
    }
    void roundTrip()
    {
        QFETCH(QString, extension);
        QFETCH(QString, sampleType);
        QTemporaryDir dir;
        const QString source = corpus("pprof/go-cpu.pb.gz");
        const QString out = dir.filePath(QStringLiteral("out") + extension);
        const CliRun exported = CliRun::run({"export", source, "-o", out, "-t", sampleType});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile(out).size() > 0);

        const CliRun original = CliRun::run({"top", source, "-t", sampleType, "--json"});
        QCOMPARE(original.exitCode, 0);
        // The written file may carry one sample type (folded, flamebearer) or all
        // of them (pprof): ask for the one exported when it is there.
        const CliRun info = CliRun::run({"info", out, "--json"});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QStringList args{"top", out, "--json"};
        if (info.json()["sampleTypes"].toArray().size() > 1)
            args << "-t" << sampleType;
        const CliRun back = CliRun::run(args);
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));

        QCOMPARE(back.json()["total"].toInteger(), original.json()["total"].toInteger());
        const QJsonArray a = original.json()["functions"].toArray();
        const QJsonArray b = back.json()["functions"].toArray();
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i]["name"].toString(), a[i]["name"].toString());
            QCOMPARE(b[i]["self"].toInteger(), a[i]["self"].toInteger());
            QCOMPARE(b[i]["total"].toInteger(), a[i]["total"].toInteger());
        }
        bool infoHasTotal = false;
        for (const QJsonValue &t : info.json()["sampleTypes"].toArray())
            infoHasTotal |= t["total"].toInteger() == original.json()["total"].toInteger();
        QVERIFY(infoHasTotal);
    }
    void foldedIsRootFirst()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("simple.folded"));
        QCOMPARE(CliRun::run({"export", corpus("collapsed/simple.txt"), "-o", out}).exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("a;b 5\na;b;c 5\na;b;d 4\n"));
    }
    // --heat: the SVG colours each box by its self (b: 5 of the largest self, 5),
    // as the window's "By self" scheme does; without it, by package.
    void heatColoursBySelf()
    {
        QTemporaryDir dir;
        const QString heat = dir.filePath(QStringLiteral("heat.svg")),
                      plain = dir.filePath(QStringLiteral("plain.svg"));
        QCOMPARE(
            CliRun::run({"export", corpus("collapsed/simple.txt"), "-o", heat, "--heat"}).exitCode,
            0);
        QCOMPARE(CliRun::run({"export", corpus("collapsed/simple.txt"), "-o", plain}).exitCode, 0);
        const QString hottest =
            QStringLiteral("fill=\"%1\"").arg(QColor::fromRgb(FlameColors::heatColor(1.0)).name());
        QFile h(heat), p(plain);
        QVERIFY(h.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(h.readAll()).contains(hottest));
        QVERIFY(!QString::fromUtf8(p.readAll()).contains(hottest));
    }
    void unknownExtensionListsTheSupported()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.bmp"));
        const CliRun r = CliRun::run({"export", corpus("collapsed/simple.txt"), "-o", out});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains(QStringLiteral("out.bmp")), qPrintable(r.err));
        for (const QString &ext : ProfileExporter::extensions())
            QVERIFY2(r.err.contains(ext), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
    void unwritableOutputNamesIt()
    {
        const QString out = QStringLiteral("/nonexistent/dir/out.folded");
        const CliRun r = CliRun::run({"export", corpus("collapsed/simple.txt"), "-o", out});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
    }
    void unknownSampleTypeWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.folded"));
        const CliRun r = CliRun::run({"export", corpus("pprof/go-cpu.pb.gz"), "-o", out, "-t", "alloc_space"});
        QVERIFY(r.exitCode > 0);
        QVERIFY(r.err.contains(QStringLiteral("samples, cpu")));
        QVERIFY(!QFile::exists(out));
    }
    void missingInputNamesIt()
    {
        QTemporaryDir dir;
        const CliRun r = CliRun::run({"export", "/nonexistent/p.pb.gz", "-o", dir.filePath(QStringLiteral("o.json"))});
        QVERIFY(r.exitCode > 0);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/p.pb.gz")));
    }
};

PYROGRAPH_TEST_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
