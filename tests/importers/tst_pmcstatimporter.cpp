#include "tests/support/testregistry.h"

#include "importers/pmcstatimporter.h"
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
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/pmcstat/") + name;
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(PmcstatImporter(), bytes, QStringLiteral("callgraph.txt"));
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

} // namespace

// FreeBSD pmcstat -G call graphs, checked against speedscope's importer
// (src/import/__snapshots__/pmcstat-callgraph.test.ts.snap, for the same two
// files in tests/data/pmcstat).
class tst_PmcstatImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesSpeedscope_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("warnings");
        QTest::newRow("simple") << QStringLiteral("simple.txt") << 0;
        QTest::newRow("with invalid lines") << QStringLiteral("simple-with-invalids.txt") << 1;
    }
    void matchesSpeedscope()
    {
        QFETCH(QString, file);
        QFETCH(int, warnings);
        const ImportResult r = ProfileReader().readFile(corpus(file), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("pmcstat"));
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"inst_retired.any", "count"}}));
        // speedscope's three stacks: 7,447 + 1,489 + 1
        QCOMPARE(p.total(0), 8937);
        const auto f = frames(p);
        QCOMPARE(f.size(), size_t(30));
        QCOMPARE(f.at("fork_exit"), std::make_pair(qint64(0), qint64(7448)));
        QCOMPARE(f.at("zfs_lz4_compress"), std::make_pair(qint64(7447), qint64(7447)));
        QCOMPARE(f.at("fletcher_2_native"), std::make_pair(qint64(1490), qint64(1490)));
        QCOMPARE(f.at("dmu_buf_will_dirty_impl"), std::make_pair(qint64(0), qint64(1490)));
        QCOMPARE(f.at("dmu_write_uio_dnode"), std::make_pair(qint64(0), qint64(1489)));
        QCOMPARE(f.at("dmu_write_impl"), std::make_pair(qint64(0), qint64(1)));
        const NodeId deep = p.findPath({"fork_exit", "txg_sync_thread", "spa_sync", "spa_flush_metaslabs",
                                        "metaslab_unflushed_bump", "metaslab_set_unflushed_txg", "dmu_write",
                                        "dmu_write_impl", "dmu_buf_will_dirty_impl", "arc_buf_thaw",
                                        "arc_cksum_verify", "fletcher_2_native"});
        QVERIFY(deep.isValid());
        QCOMPARE(p.tree().self(deep, 0), 1);
        QCOMPARE(int(p.metadata().warnings.size()), warnings);
    }

    void modulesAreDetails()
    {
        const ImportResult r = ProfileReader().readFile(corpus(QStringLiteral("simple.txt")), Progress::none());
        QVERIFY(r.isOk());
        const auto &details = r.profile->metadata().nameDetails;
        const auto find = [&](const std::string &name) {
            for (const auto &[n, d] : details)
                if (n == name)
                    return d;
            return std::string();
        };
        QCOMPARE(find("zio_execute"), std::string("/boot/kernel/zfs.ko")); // inherited from the line above
        QCOMPARE(find("fork_exit"), std::string("/boot/kernel/kernel"));
    }

    void twoEventsAreTwoSampleTypes()
    {
        const ImportResult r = importBytes("@ cycles [3 samples]\n\n"
                                           "100.0%  [3]  leaf @ /bin/x\n"
                                           " 100.0%  [3]   main\n\n"
                                           "@ cache_misses [2 samples]\n\n"
                                           "100.0%  [2]  leaf @ /bin/x\n"
                                           " 50.0%  [1]   main\n"
                                           " 50.0%  [1]   other\n");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypeCount(), 2);
        QCOMPARE(p.total(0), 3);
        QCOMPARE(p.total(1), 2);
        QCOMPARE(p.tree().self(p.findPath({"main", "leaf"}), 1), 1);
        QCOMPARE(p.tree().self(p.findPath({"other", "leaf"}), 1), 1);
    }

    void badInputNamesTheFileAndTheFormat()
    {
        const ImportResult noHeader = importBytes("100.0%  [3]  leaf\n");
        QVERIFY(!noHeader.isOk());
        QVERIFY2(noHeader.error.startsWith(QStringLiteral("callgraph.txt: pmcstat: ")), qPrintable(noHeader.error));
        const ImportResult empty = importBytes("@ cycles [0 samples]\n\n");
        QVERIFY(!empty.isOk());
        QVERIFY2(empty.error.contains(QStringLiteral("no call graph lines")), qPrintable(empty.error));
    }

    void probe()
    {
        const PmcstatImporter importer;
        QVERIFY(importer.probe("@ inst_retired.any [35705 samples]\n\n20.86%  [7447]     zfs_lz4_compress @ /k\n"));
        QVERIFY(!importer.probe("a;b;c 10\n"));
        QVERIFY(!importer.probe("perf 12 1.5: 10 cycles:\n\t1 a (/x)\n"));
        QVERIFY(!importer.probe("@ cycles [3 samples]\nnot a line\n"));
        QVERIFY(!importer.probe("{\"x\": 1}"));
    }
};

PYROGRAPH_TEST_MAIN(tst_PmcstatImporter)
#include "tst_pmcstatimporter.moc"
