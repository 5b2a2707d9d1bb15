#include "tests/support/testregistry.h"

#include "importers/ghcprofimporter.h"
#include "importers/profilereader.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "speedscopesnapshot.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const QString json = QStringLiteral(PYROGRAPH_CORPUS_DIR "/haskell/simple.prof");
const QString text = QStringLiteral(PYROGRAPH_CORPUS_DIR "/haskell/simple-P.prof");

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(GhcProfImporter(), bytes, QStringLiteral("ghc.prof"));
}

// The -P report as plain -p writes it: without the ticks and bytes columns.
QByteArray withoutTicksAndBytes(const QByteArray &report)
{
    QList<QByteArray> lines = report.split('\n');
    bool tree = false;
    for (QByteArray &line : lines) {
        if (line.startsWith("COST CENTRE"))
            tree = true; // the summary, then the tree
        if (!tree || line.trimmed().isEmpty() || line.contains("individual"))
            continue;
        QByteArray trimmed = line.trimmed();
        for (int column = 0; column < 2; ++column)
            trimmed = trimmed.left(trimmed.lastIndexOf(' ')).trimmed();
        line = line.left(line.indexOf(trimmed.left(1))) + trimmed;
    }
    return lines.join('\n');
}

} // namespace

// GHC's cost-centre profile, checked against speedscope's importer
// (src/import/__snapshots__/haskell.test.ts.snap, "importFromHaskell" 1 for
// time and 2 for allocation, over the same sample/profiles/haskell/simple.prof).
class tst_GhcProfImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The -pj JSON and the same run's tree as the -P text report.
    void matchesSpeedscope_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("-pj JSON") << json;
        QTest::newRow("-P text") << text;
    }
    void matchesSpeedscope()
    {
        QFETCH(QString, file);
        const ImportResult r = ProfileReader().readFile(file, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("GHC profile"));
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{
                     {"cpu", "nanoseconds"}, {"alloc", "bytes"}, {"entries", "count"}}));
        QCOMPARE(p.defaultSampleType(), 0);
        QVERIFY(p.metadata().warnings.empty());
        // speedscope's time profile counts ticks; a tick here is 1000 us.
        const qint64 tick = 1000000;
        QCOMPARE(p.total(0), 798 * tick);
        QCOMPARE(p.total(1), qint64(1921672664));
        using W = std::pair<qint64, qint64>; // self, total
        const auto cpu = testutil::functionWeights(p, 0);
        QCOMPARE(cpu.at("MAIN.MAIN"), W(0, 798 * tick));
        QCOMPARE(cpu.at("Main.main"), W(0, 733 * tick));
        QCOMPARE(cpu.at("Main.check"), W(320 * tick, 320 * tick));
        QCOMPARE(cpu.at("Main.make"), W(406 * tick, 409 * tick));
        QCOMPARE(cpu.at("Main.make.d2"), W(2 * tick, 2 * tick));
        QCOMPARE(cpu.at("Main.make.i2"), W(1 * tick, 1 * tick));
        QCOMPARE(cpu.at("Main.sumT"), W(0, 721 * tick));
        QCOMPARE(cpu.at("Main.sumT.a"), W(3 * tick, 369 * tick));
        QCOMPARE(cpu.at("Main.sumT.b"), W(1 * tick, 352 * tick));
        QCOMPARE(cpu.at("GC.GC"), W(46 * tick, 46 * tick));
        QCOMPARE(cpu.at("SYSTEM.SYSTEM"), W(19 * tick, 19 * tick));
        QCOMPARE(cpu.at("Main.CAF:main11"), W(0, 4 * tick));
        const auto alloc = testutil::functionWeights(p, 1);
        QCOMPARE(alloc.at("MAIN.MAIN"), W(648, 1921672664));
        QCOMPARE(alloc.at("Main.main"), W(32, 1921591544));
        QCOMPARE(alloc.at("Main.make"), W(1512575520, 1512575520));
        QCOMPARE(alloc.at("Main.check"), W(406149056, 406149056));
        QCOMPARE(alloc.at("Main.io"), W(67912, 67912));
        QCOMPARE(alloc.at("Main.main.\\"), W(2224, 46672));
        QCOMPARE(alloc.at("Main.depth"), W(1120, 1891637344));
        QCOMPARE(alloc.at("Main.sumT.a"), W(1397760, 945818112));
        QCOMPARE(alloc.at("Main.sumT.b"), W(1397760, 945818112));
        QCOMPARE(alloc.at("GHC.IO.Handle.FD.CAF"), W(34704, 34704));
        QCOMPARE(alloc.at("PROFILING.OVERHEAD_of"), W(2496, 2496));
        QCOMPARE(alloc.at("SYSTEM.SYSTEM"), W(34736, 34736));
        // Entries: check is entered from four stacks.
        QCOMPARE(testutil::functionWeights(p, 2).at("Main.check").first,
                 qint64(131071 + 262143 + 12539232 + 12539232));
        QCOMPARE(testutil::totalSelf(p,
                                     {"MAIN.MAIN", "Main.main", "Main.main.vs", "Main.depth",
                                      "Main.sumT", "Main.sumT.b", "Main.make"},
                                     0),
                 std::make_pair(189 * tick, 189 * tick));
        bool detail = false;
        for (const auto &[name, where] : p.metadata().nameDetails)
            detail = detail || (name == "Main.make" && where == "src/Main.hs:(61,1)-(63,26)");
        QVERIFY(detail);
        QCOMPARE(p.metadata().period, tick);
    }

    // Plain -p has percentages only: the values are estimates, and say so.
    void textWithoutTicksColumnsIsEstimated()
    {
        const QByteArray report = withoutTicksAndBytes(testutil::readFile(text));
        QVERIFY(!report.contains("  ticks     bytes"));
        QVERIFY(report.contains("Main                  src/Main.hs:(61,1)-(63,26)     3       "
                                "65535    0.4    0.4     0.4    0.4\n"));
        const ImportResult r = importBytes(report);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().warnings.size(), size_t(1));
        QVERIFY(p.metadata().warnings[0].find("estimated") != std::string::npos);
        // 26.3% and 23.7% of 798 ticks, 0.4% and 0.5% twice: 210 + 189 + 3 + 4.
        QCOMPARE(testutil::functionWeights(p, 0).at("Main.make").first, qint64(406) * 1000000);
        const qint64 alloc = p.total(1);
        QVERIFY2(std::llabs(alloc - 1921672664) < 1921672664 / 100,
                 qPrintable(QString::number(alloc)));
    }

    // Before GHC 8.2 the report has no SRC column.
    void textWithoutSrcColumn()
    {
        QByteArray report = testutil::readFile(text);
        static const QRegularExpression src(QStringLiteral(" (<[a-z -]+>|src/\\S+) "));
        QString withoutSrc = QString::fromUtf8(report).replace(src, QStringLiteral("  "));
        withoutSrc.replace(QStringLiteral(" SRC "), QStringLiteral("  "));
        QVERIFY(!withoutSrc.contains(QLatin1String("src/Main.hs")));
        QVERIFY(!withoutSrc.contains(QLatin1String("<no location info>")));
        const ImportResult r = importBytes(withoutSrc.toUtf8());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const auto cpu = testutil::functionWeights(*r.profile, 0);
        QCOMPARE(cpu.at("Main.make").first, qint64(406) * 1000000);
        QCOMPARE(cpu.at("Main.sumT.a").second, qint64(369) * 1000000);
        QCOMPARE(r.profile->total(1), qint64(1921672664));
        QVERIFY(r.profile->metadata().nameDetails.empty());
    }

    void badFilesNameTheFormatAndThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray whole = testutil::readFile(json);
        const QByteArray report = testutil::readFile(text);
        QTest::newRow("JSON truncated")
            << whole.left(whole.size() / 2)
            << QStringLiteral("ghc.prof: GHC profile: invalid JSON at byte");
        QByteArray id = whole;
        id.replace(R"({"id": 5, "entries": 43680)", R"({"id": 555, "entries": 43680)");
        QTest::newRow("JSON unknown cost centre")
            << id
            << QStringLiteral("ghc.prof: GHC profile: "
                              "profile.children[130].children[2].children[0].children[0]."
                              "children[1]: cost centre 555 is not in cost_centres");
        QByteArray ticks = whole;
        ticks.replace(R"("ticks": 46,)", R"("ticks": "x",)");
        QTest::newRow("JSON ticks not a number")
            << ticks
            << QStringLiteral("ghc.prof: GHC profile: profile.children[125]: \"ticks\" is not a "
                              "number of 0 or more");
        QByteArray noCentres = whole;
        noCentres.replace("\"cost_centres\"", "\"centres\"");
        QTest::newRow("JSON without cost centres")
            << noCentres << QStringLiteral("ghc.prof: GHC profile: no \"cost_centres\" array");
        QTest::newRow("text truncated in the header")
            << report.left(report.indexOf("\n\n\n"))
            << QStringLiteral("ghc.prof: GHC profile: no cost-centre tree");
        QByteArray row = report;
        row.replace("  0       648\n", "  0       6x8\n");
        QTest::newRow("text garbage in a row")
            << row << QStringLiteral("ghc.prof: GHC profile: line 19: \"MAIN               MAIN");
        QByteArray huge = report;
        huge.replace("  0       648\n", "  8888888888888888       648\n");
        // Fuzzing found it: ticks times the tick's nanoseconds overflowed a qint64.
        QTest::newRow("text ticks past 2^53 nanoseconds")
            << huge << QStringLiteral("ghc.prof: GHC profile: line 19: \"MAIN               MAIN");
        QByteArray cut = report;
        cut.truncate(cut.indexOf("  main.long ") + 12);
        QTest::newRow("text cut inside a row")
            << cut
            << QStringLiteral("ghc.prof: GHC profile: line 28: expected 11 columns, found 1");
    }
    void badFilesNameTheFormatAndThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }
};

PYROGRAPH_TEST_MAIN(tst_GhcProfImporter)
#include "tst_ghcprofimporter.moc"
