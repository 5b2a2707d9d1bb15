#include "tests/support/testregistry.h"

#include "importers/instrumentsimporter.h"
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
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/instruments/") + name;
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(InstrumentsImporter(), bytes, QStringLiteral("deep-copy.txt"));
}

// name -> (self, total), as speedscope's snapshot lists its frames.
std::map<std::string, std::pair<qint64, qint64>> frames(const Profile &profile)
{
    std::map<std::string, std::pair<qint64, qint64>> out;
    const FunctionTable table = FunctionTable::compute(profile, 0);
    for (const FunctionStats &row : table.rows())
        out[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return out;
}

std::pair<qint64, qint64> st(qint64 self, qint64 total)
{
    return {self, total};
}

} // namespace

// Instruments deep copies, checked against speedscope's importer
// (src/import/__snapshots__/instruments.test.ts.snap) and against
// Instruments' own Self column.
class tst_InstrumentsImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Instruments 7.3.1 time profile: every row's self as computed equals the
    // "Self (ms)" column Instruments wrote beside it.
    void timeProfileSelfMatchesInstrumentsColumn()
    {
        const QString path = corpus(QStringLiteral("simple-time-profile-deep-copy.txt"));
        const ImportResult r = ProfileReader().readFile(path, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("instruments"));
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"time", "milliseconds"}}));
        QCOMPARE(p.total(0), 4273);
        std::vector<std::string> stack;
        int rows = 0;
        const QList<QByteArray> lines = testutil::readFile(path).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split('\t');
            if (cells.size() < 4)
                continue;
            const QByteArray symbol = cells[3];
            const QByteArray name = symbol.trimmed();
            stack.resize(size_t(symbol.size() - name.size()));
            stack.push_back(name.toStdString());
            const std::vector<std::string_view> path(stack.begin(), stack.end());
            QCOMPARE(testutil::totalSelf(p, path, 0).second, cells[1].toLongLong());
            ++rows;
        }
        QCOMPARE(rows, 58);
        // Functions over all their places (speedscope's frames).
        const auto f = frames(p);
        QCOMPARE(f.at("delta()"), st(693, 2126));
        QCOMPARE(f.at("alpha()"), st(696 + 715, 713 + 725));
        QCOMPARE(f.at("main"), st(0, 4273));
    }

    // Instruments 7.3.1 allocations: speedscope's "allocations profile 1" snapshot.
    void allocationsMatchSpeedscope()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("random-allocations-deep-copy.txt")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"memory", "bytes"}}));
        QCOMPARE(p.total(0), 449839104);
        const auto f = frames(p);
        QCOMPARE(f.size(), size_t(9));
        QCOMPARE(f.at("start"), st(0, 449839104));
        QCOMPARE(f.at("main"), st(1048576, 449839104));
        QCOMPARE(f.at("delta()"), st(1048576, 227540992));
        QCOMPARE(f.at("alpha()"), st(0, 150994944));
        QCOMPARE(f.at("leakMemory()"), st(0, 447741952));
        QCOMPARE(f.at("malloc"), st(0, 447741952));
        QCOMPARE(f.at("malloc_zone_malloc"), st(447741952, 447741952));
        QCOMPARE(f.at("beta()"), st(0, 147849216));
        QCOMPARE(f.at("gamma()"), st(0, 74448896));
    }

    // Instruments 13.4 CPU counters in cycles, Kc, Mc and Gc: speedscope's
    // "allocations profile 2" snapshot (cycles-example-deep-copy.txt).
    void cyclesMatchSpeedscope()
    {
        const ImportResult r = ProfileReader().readFile(
            corpus(QStringLiteral("cycles-example-deep-copy.txt")), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"cycles", "count"}}));
        QCOMPARE(p.total(0), 96000000000);
        const auto f = frames(p);
        QCOMPARE(f.at("example_app (40414)"), st(0, 96000000000));
        QCOMPARE(f.at("example_app::main::hddab13ae8d8b6a6e"), st(1385999000, 96000000000));
        QCOMPARE(f.at("example_app::example_a::h622d6879b734496d"), st(282000000, 47000000000));
        QCOMPARE(f.at("std::time::Instant::elapsed::h2e3793148fc23529"),
                 st(2000000000, 93081000000));
        QCOMPARE(f.at("mach_absolute_time"), st(91080000000, 91080000000));
        QCOMPARE(f.at("DYLD-STUB$$mach_absolute_time"), st(1000000, 1000000));
        QCOMPARE(f.at("core::time::Duration::as_millis::hae6ad1b9cf7bb5ec"),
                 st(1249000000, 1249000000));
        QCOMPARE(f.at("example_app::example_b::h71b31fcd89b9ffd2"), st(1000000, 84000000));
        QCOMPARE(f.at("example_app::example_c::h631759c10d7dee93"), st(0, 1000000));
        QCOMPARE(f.at("nanov2_find_block_and_allocate"), st(1000000, 1000000));
        QCOMPARE(f.at("core::fmt::write::hed96bcfc6342aee5"), st(468, 1000));
        QCOMPARE(f.at("_$LT$std..io..stdio..StdoutLock$u20$as$u20$std..io..Write$GT$::write_all::"
                      "h22667d0a03b2151b"),
                 st(532, 532));
    }

    void badInputNamesTheFileTheFormatAndTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("too deep") << QByteArray(
            "Weight\tSelf Weight\t\tSymbol Name\n5 ms  100.0%\t-\t \tmain\n"
            "3 ms  60.0%\t-\t \t   deep\n")
                                  << QStringLiteral("deep-copy.txt: instruments: line 3 is "
                                                    "indented 3 deep under a frame at depth 0");
        QTest::newRow("unknown unit")
            << QByteArray("Weight\tSelf Weight\t\tSymbol Name\n5 parsecs  100.0%\t-\t \tmain\n")
            << QStringLiteral("deep-copy.txt: instruments: line 2: unknown unit \"parsecs\"");
        // Found by fuzz_instruments: the weight times its unit overflowed.
        QTest::newRow("weight out of range")
            << QByteArray("Bytes Used\tCount\t\tSymbol Name\n"
                          " 9999999999999999.93 MB  100.0%\t1\t \tmain\n")
            << QStringLiteral(
                   "deep-copy.txt: instruments: line 2: weight \"9999999999999999.93 MB\" is out of range");
        QTest::newRow("header only")
            << QByteArray("Running Time\tSelf (ms)\t\tSymbol Name\n\n")
            << QStringLiteral("deep-copy.txt: instruments: no rows under the header");
        QTest::newRow("no header")
            << QByteArray("main;a 3\n")
            << QStringLiteral("deep-copy.txt: instruments: line 1 is not a deep copy header (a "
                              "weight column and \"Symbol Name\")");
    }
    void badInputNamesTheFileTheFormatAndTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, error);
    }

    void probe()
    {
        const InstrumentsImporter importer;
        QVERIFY(importer.probe(
            "Running Time\tSelf (ms)\t\tSymbol Name\n4273.0ms   99.9%\t0\t \tstart\n"));
        QVERIFY(importer.probe("Bytes Used\tCount\t\tSymbol Name\n"));
        QVERIFY(importer.probe("Weight\tSelf Weight\t\tSymbol Name\n"));
        QVERIFY(!importer.probe("Symbol Name\n"));
        QVERIFY(!importer.probe("a;b;c 10\n"));
    }
};

PYROGRAPH_TEST_MAIN(tst_InstrumentsImporter)
#include "tst_instrumentsimporter.moc"
