#include "tests/support/testregistry.h"

#include "importers/callgrindimporter.h"
#include "importers/profilereader.h"
#include "model/functiontable.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QTest>

#include <map>
#include <string>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/callgrind/") + name;
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(CallgrindImporter(), bytes, QStringLiteral("callgrind.out.1"));
}

// name -> (self, total) in one sample type, as speedscope's snapshot lists its frames.
std::map<std::string, std::pair<qint64, qint64>> frames(const Profile &profile, int type)
{
    std::map<std::string, std::pair<qint64, qint64>> out;
    const FunctionTable table = FunctionTable::compute(profile, type);
    for (const FunctionStats &row : table.rows())
        out[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return out;
}

std::pair<qint64, qint64> st(qint64 self, qint64 total)
{
    return {self, total};
}

} // namespace

// valgrind callgrind files, checked against speedscope's importer
// (src/import/__snapshots__/callgrind.test.ts.snap for the speedscope samples
// in tests/data/callgrind).
class tst_CallgrindImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The same call graph written plainly, with name compression and with
    // subposition compression: speedscope's three identical snapshots.
    void matchesSpeedscope_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("example") << QStringLiteral("callgrind.example.log");
        QTest::newRow("name compression") << QStringLiteral("callgrind.name-compression.log");
        QTest::newRow("subposition compression")
            << QStringLiteral("callgrind.subposition-compression.log");
    }
    void matchesSpeedscope()
    {
        QFETCH(QString, file);
        const ImportResult r = ProfileReader().readFile(corpus(file), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("callgrind"));
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"Instructions", "count"}}));
        QCOMPARE(p.total(0), 820);
        const auto f = frames(p, 0);
        QCOMPARE(f.size(), size_t(3));
        QCOMPARE(f.at("main"), st(20, 820));
        QCOMPARE(f.at("func1"), st(100, 400));
        QCOMPARE(f.at("func2"), st(700, 700));
        // speedscope's stacks: main;func1;func2 300, main;func1 100, main;func2 400, main 20
        QCOMPARE(testutil::totalSelf(p, {"main", "func1", "func2"}, 0), st(300, 300));
        QCOMPARE(testutil::totalSelf(p, {"main", "func1"}, 0), st(400, 100));
        QCOMPARE(testutil::totalSelf(p, {"main", "func2"}, 0), st(400, 400));
        QCOMPARE(testutil::totalSelf(p, {"main"}, 0), st(820, 20));
    }

    // Xdebug's Time_(10ns) and Memory_(bytes): two sample types, time scaled to
    // nanoseconds; Memory is spread in proportion (speedscope: func1 self
    // 8888.89, func2 14111.11, rounded where frames start and end).
    void multipleEventTypes()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("callgrind.multiple-event-types.log")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{{"Time", "nanoseconds"}, {"Memory", "bytes"}}));
        QCOMPARE(p.defaultSampleType(), 0);
        QCOMPARE(p.total(0), 8200);
        QCOMPARE(p.total(1), 38000);
        const auto time = frames(p, 0);
        QCOMPARE(time.at("main"), st(200, 8200));
        QCOMPARE(time.at("func1"), st(1000, 4000));
        QCOMPARE(time.at("func2"), st(7000, 7000));
        const auto memory = frames(p, 1);
        QCOMPARE(memory.at("main"), st(15000, 38000));
        QCOMPARE(memory.at("func1"), st(8889, 20000));
        QCOMPARE(memory.at("func2"), st(14111, 14111));
        QCOMPARE(testutil::totalSelf(p, {"main", "func1", "func2"}, 1), st(11111, 11111));
        QCOMPARE(testutil::totalSelf(p, {"main", "func2"}, 1), st(3000, 3000));
    }

    // After a calls= line the callee is forgotten: the cfn=gamma that follows
    // names a function of the caller's file (alpha.c), not of beta.c from the
    // cfl= before it. Worked through speedscope's algorithm: alpha 10 of 50,
    // gamma 20 in all (10 under alpha, 10 under delta), beta 10, delta 10 of 20.
    void cfnResets()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("callgrind.cfn-reset.log")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.total(0), 50);
        const auto f = frames(p, 0);
        QCOMPARE(f.size(), size_t(4));
        QCOMPARE(f.at("alpha"), st(10, 50));
        QCOMPARE(f.at("beta"), st(10, 10));
        QCOMPARE(f.at("gamma"), st(20, 20));
        QCOMPARE(f.at("delta"), st(10, 20));
        QCOMPARE(testutil::totalSelf(p, {"alpha", "delta", "gamma"}, 0), st(10, 10));
        QCOMPARE(testutil::totalSelf(p, {"alpha", "gamma"}, 0), st(10, 10));
        // One gamma, from alpha.c: beta.c's name for it would be a second detail.
        int gammaDetails = 0;
        for (const auto &[name, file] : p.metadata().nameDetails)
            if (name == "gamma") {
                ++gammaDetails;
                QCOMPARE(file, std::string("alpha.c"));
            }
        QCOMPARE(gammaDetails, 1);
    }

    // A real valgrind 3.19 run of tests/data/callgrind/ours-prog.c (compressed
    // names and positions, recursion split by callgrind into fib and fib'2).
    void realValgrindFile()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("ours-callgrind.out.prog")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"Ir", "count"}}));
        // The roots' inclusive costs as the file gives them (self costs plus
        // the calls= costs of the functions no calls= line names, summed by a
        // separate script): 594,185. callgrind's totals: line says 587,102, but
        // functions reached by a jump rather than a call (ptmalloc_init.part.0,
        // handle_intel.constprop.0) have no caller in the file, so they are
        // roots too while their cost also sits inside their real caller's
        // inclusive cost; speedscope's natural roots count them twice alike.
        QCOMPARE(p.total(0), 594185);
        const auto f = frames(p, 0);
        // fib's recursion: fib'2 calls itself, cut at the cycle, so fib keeps
        // the inclusive cost main's calls= line gives it, 317,416 (fib's own
        // 13 + 3 + 2 and its two calls of fib'2, 196,167 and 121,231).
        QCOMPARE(f.at("fib").second + 0, 317416);
        // fib'2's calls of itself are cut: all of its 196,167 + 121,231 is self.
        QCOMPARE(f.at("fib'2"), st(317398, 317398));
        QVERIFY(f.at("main").second >= 317416);
    }

    // --dump-instr=yes --cache-sim=yes: "positions: instr line", hexadecimal
    // addresses, nine events, cost lines shorter than the event list.
    void instructionPositionsAndCacheEvents()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("ours-cachesim-instr.out")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypeCount(), 9);
        QCOMPARE(p.sampleTypes().front(), (SampleType{"Ir", "count"}));
        QCOMPARE(p.sampleTypes().back(), (SampleType{"DLmw", "count"}));
        // The roots' inclusive Ir, as for the file above (same script).
        QCOMPARE(p.total(0), 594187);
        for (int type = 1; type < 9; ++type)
            QVERIFY(p.total(type) > 0);
        QCOMPARE(frames(p, 0).at("fib").second + 0, 317416);
    }

    void badInputNamesTheFileTheFormatAndTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("cost before events")
            << QByteArray("fn=main\n16 20\n")
            << QStringLiteral(
                   "callgrind.out.1: callgrind: line 2: a cost line before the events: line");
        QTest::newRow("unknown compressed name")
            << QByteArray("events: Ir\nfn=(1) main\n1 2\ncfn=(7)\ncalls=1 2\n1 3\n")
            << QStringLiteral(
                   "callgrind.out.1: callgrind: line 4: name (7) is used before it is defined");
        QTest::newRow("garbage line") << QByteArray("events: Ir\nfn=main\n1 2\nhello world\n")
                                      << QStringLiteral("callgrind.out.1: callgrind: line 4: not a "
                                                        "header, an assignment or a cost line");
        QTest::newRow("relative first")
            << QByteArray("events: Ir\nfn=main\n+3 2\n")
            << QStringLiteral("callgrind.out.1: callgrind: line 3: \"+3\" is relative to column 1 "
                              "of the previous cost line, which has none");
        QTest::newRow("calls at the end")
            << QByteArray("events: Ir\nfn=main\n1 2\ncfn=f\ncalls=1 2")
            << QStringLiteral(
                   "callgrind.out.1: callgrind: line 5: the calls= line has no cost line after it");
        QTest::newRow("no events")
            << QByteArray("# callgrind format\nversion: 1\n")
            << QStringLiteral("callgrind.out.1: callgrind: no \"events:\" line");
        QTest::newRow("no costs") << QByteArray("events: Ir\nfn=main\n")
                                  << QStringLiteral("callgrind.out.1: callgrind: no cost lines");
    }
    void badInputNamesTheFileTheFormatAndTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, error);
    }

    // Every prefix of a real file either imports or fails with a message; none
    // crashes or hangs.
    void truncatedFilesFailCleanly()
    {
        const QByteArray bytes =
            testutil::readFile(corpus(QStringLiteral("ours-callgrind.out.prog")));
        QVERIFY(!bytes.isEmpty());
        for (qsizetype cut = 0; cut < bytes.size(); cut += 997) {
            const ImportResult r = importBytes(bytes.left(cut));
            QVERIFY(r.isOk() || r.error.startsWith(QStringLiteral("callgrind.out.1: callgrind: ")));
        }
    }

    void probe()
    {
        const CallgrindImporter importer;
        QVERIFY(importer.probe("# callgrind format\nevents: Ir\n"));
        QVERIFY(importer.probe("version: 1\ncreator: xdebug\npositions: line\n\nevents: "
                               "Time_(10ns)\n\nfl=(1) a.php\n"));
        QVERIFY(!importer.probe("version: 1\nfl=a.c\n")); // no events: line
        QVERIFY(!importer.probe("a;b;c 10\n"));
        QVERIFY(!importer.probe("@ cycles [3 samples]\n\n100.0%  [3]  leaf\n"));
        QVERIFY(!importer.probe("{\"events\": 1}"));
    }
};

PYROGRAPH_TEST_MAIN(tst_CallgrindImporter)
#include "tst_callgrindimporter.moc"
