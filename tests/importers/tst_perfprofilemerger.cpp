#include "tests/support/testregistry.h"

#include "importers/perfprofilemerger.h"

#include "importertestutil.h"

#include "model/progress.h"

#include <QTest>

#include <memory>
#include <string>
#include <vector>

namespace {
const std::string chunk0 = "# hostname : box1\n"
                           "app 10/11 3.0: 100 cycles:\n"
                           "\t a1 work (/bin/app)\n"
                           "\t a2 main (/bin/app)\n"
                           "\n";
const std::string chunk1 = "other 20/21 1.0: 7 instructions:\n"
                           "\t b1 idle (/bin/other)\n"
                           "\n"
                           "noise\n"
                           "app 10/11 2.0: 40 cycles:\n"
                           "\t a2 main (/bin/app)\n"
                           "\n";

ImportResult merge(std::vector<std::unique_ptr<PerfScriptParser>> &parsers, std::vector<PerfChunkRecord> &records)
{
    return PerfProfileMerger::merge(parsers, records, QStringLiteral("t.perf"), Progress::none());
}
} // namespace

class tst_PerfProfileMerger : public QObject
{
    Q_OBJECT
private slots:
    void workersMergeAsOneParserWould()
    {
        // One parser for the whole text...
        std::vector<std::unique_ptr<PerfScriptParser>> one;
        one.push_back(std::make_unique<PerfScriptParser>("cycles"));
        std::vector<PerfChunkRecord> oneRecords{one[0]->parse(0, chunk0 + chunk1)};
        const ImportResult whole = merge(one, oneRecords);
        QVERIFY2(whole.isOk(), qPrintable(whole.error));
        // ...and two workers, whose records arrive out of file order.
        std::vector<std::unique_ptr<PerfScriptParser>> two;
        two.push_back(std::make_unique<PerfScriptParser>("cycles"));
        two.push_back(std::make_unique<PerfScriptParser>("cycles"));
        std::vector<PerfChunkRecord> records;
        records.push_back(two[1]->parse(1, chunk1));
        records.push_back(two[0]->parse(0, chunk0));
        const ImportResult split = merge(two, records);
        QVERIFY2(split.isOk(), qPrintable(split.error));

        QCOMPARE(testutil::printTree(*split.profile), testutil::printTree(*whole.profile));
        const Profile &p = *split.profile;
        QCOMPARE(p.sampleTypes().size(), size_t(2));
        QCOMPARE(p.sampleTypes()[0].type, std::string("cycles"));
        QCOMPARE(p.sampleTypes()[0].unit, std::string("count"));
        QCOMPARE(p.total(0), qint64(140));
        QCOMPARE(p.total(1), qint64(7));
        // Times in file order, sorted: chunk 0's 3.0 s comes before chunk 1's 2.0 s.
        QCOMPARE(p.metadata().sampleTimes.timeNanos, (std::vector<qint64>{2000000000, 3000000000}));
        QCOMPARE(p.metadata().durationNanos, qint64(1000000000));
        QCOMPARE(p.metadata().format, std::string("perf script"));
        QCOMPARE(p.metadata().labels.size(), size_t(1));
        // Line numbers count from the file's start, whichever worker read the line.
        QCOMPARE(p.metadata().warnings.size(), size_t(1));
        QCOMPARE(p.metadata().warnings[0], std::string("skipped 1 unrecognized line (first: line 9)"));
        QCOMPARE(p.metadata().warnings, whole.profile->metadata().warnings);
    }
    void clocksCountNanoseconds()
    {
        std::vector<std::unique_ptr<PerfScriptParser>> parsers;
        parsers.push_back(std::make_unique<PerfScriptParser>("cpu-clock"));
        std::vector<PerfChunkRecord> records{
            parsers[0]->parse(0, "app 1 1.0: 250000 cpu-clock:\n\t a main (/bin/app)\n\n")};
        const ImportResult result = merge(parsers, records);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.profile->sampleTypes()[0].unit, std::string("nanoseconds"));
        QCOMPARE(result.profile->total(0), qint64(250000));
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfProfileMerger)
#include "tst_perfprofilemerger.moc"
