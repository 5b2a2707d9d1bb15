#include "tests/support/testregistry.h"

#include "importers/flamebearerimporter.h"
#include "importers/inputstream.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QTest>

using namespace testutil;

namespace {
ImportResult decode(const QByteArray &json, const QString &source = QStringLiteral("fb.json"))
{
    return FlamebearerImporter().decode(json, source, Progress::none());
}

// pyroscope-notes.md section 1, the exact single example:
// main;foo 3, main;bar 2, main 1.
const QByteArray singleExample = R"({"version":1,
 "flamebearer":{"names":["total","main","foo","bar"],
   "levels":[[0,6,0,0],[0,6,1,1],[1,2,2,3, 0,3,3,2]],
   "numTicks":6,"maxSelf":3},
 "metadata":{"format":"single","spyName":"unknown","sampleRate":100,"units":"samples","name":"app.cpu"},
 "timeline":{"startTime":1700000000,"samples":[6],"durationDelta":10}})";

// The double example: left as above, right main;foo 1, main;bar 2, main;baz 3.
const QByteArray doubleExample = R"({"version":1,
 "flamebearer":{"names":["total","main","foo","baz","bar"],
   "levels":[[0,6,0,0,6,0,0],[0,6,1,0,6,0,1],[1,2,2,0,2,2,4, 0,0,0,0,3,3,3, 0,3,3,0,1,1,2]],
   "numTicks":12,"maxSelf":3},
 "metadata":{"format":"double","spyName":"gospy","sampleRate":100,"units":"samples","name":"app.cpu"},
 "leftTicks":6,"rightTicks":6,"timeline":null})";
} // namespace

class tst_FlamebearerImporter : public QObject
{
    Q_OBJECT
private slots:
    void singleExample()
    {
        const ImportResult r = decode(::singleExample);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(printTree(p), QStringLiteral("total 6/0\n  main 6/1\n    bar 2/2\n    foo 3/3\n"));
        QCOMPARE(p.sampleTypes().front(), (SampleType{"samples", "count"}));
        QVERIFY(!p.isDiff());
        const ProfileMetadata &m = p.metadata();
        QCOMPARE(m.format, std::string("flamebearer"));
        QCOMPARE(m.spyName, std::string("unknown"));
        QCOMPARE(m.sampleRate, 100);
        QCOMPARE(m.timeline.startTime, 1700000000);
        QCOMPARE(m.timeline.durationDelta, 10);
        QCOMPARE(m.timeline.samples, std::vector<qint64>{6});
        QVERIFY(m.warnings.empty());
    }

    void doubleExampleIsADiffProfile()
    {
        const ImportResult r = decode(::doubleExample);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QVERIFY(p.isDiff());
        QCOMPARE(p.sampleTypes()[0], (SampleType{"baseline", "count"}));
        QCOMPARE(p.sampleTypes()[1], (SampleType{"comparison", "count"}));
        QCOMPARE(printTree(p), QStringLiteral("total 6/0 6/0\n  main 6/1 6/0\n    bar 2/2 2/2\n    baz 0/0 3/3\n"
                                              "    foo 3/3 1/1\n"));
        QCOMPARE(p.metadata().spyName, std::string("gospy"));
        QVERIFY(p.metadata().timeline.isEmpty());
    }

    void pyroscopeServerRenderResponse()
    {
        const QByteArray json = readFile(corpus("pyroscope/server-alloc-objects.json"));
        const ImportResult r = decode(json, QStringLiteral("server-alloc-objects.json"));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.total(0), 2489323);
        QCOMPARE(p.sampleTypes().front(), (SampleType{"objects", "count"}));
        QCOMPARE(p.names().size(), 220);
        QVERIFY(p.metadata().warnings.empty()); // the nodes add up to numTicks
        QCOMPARE(p.metadata().spyName, std::string("gospy"));
        QCOMPARE(p.metadata().timeNanos, qint64(1684838542) * 1000000000);
        QCOMPARE(p.metadata().durationNanos, qint64(300) * 1000000000);
        QCOMPARE(p.metadata().timeline.startTime, 1684838540);
        QCOMPARE(p.metadata().timeline.samples.size(), size_t(31));
        QCOMPARE(p.metadata().timeline.samples.front(), 108392);
        qint64 timelineSum = 0;
        for (qint64 v : p.metadata().timeline.samples)
            timelineSum += v;
        QCOMPARE(timelineSum, 2489353); // the file's own buckets, which cover a wider range
        bool hasApp = false;
        for (const auto &label : p.metadata().labels)
            hasApp = hasApp || (label.first == "appName" && label.second == "pyroscope.server.alloc_objects");
        QVERIFY(hasApp);
        // Every level's nodes were placed: the deepest row is reachable.
        QCOMPARE(int(p.tree().maxDepth()), 32);
        // The self of each node matches the self column written in the file.
        qint64 maxSelf = 0;
        for (qint64 s : p.tree().selfColumn(0))
            maxSelf = std::max(maxSelf, s);
        QCOMPARE(maxSelf, 370285);
    }

    void grafanaPyroscopeFlamegraphWithStringInts()
    {
        const QByteArray json = R"({"flamegraph":{"names":["total","main","foo","bar"],
            "levels":[{"values":["0","6","0","0"]},{"values":["0","6","1","1"]},
                      {"values":["1","2","2","3","0","3","3","2"]}],
            "total":"6","maxSelf":"3"}})";
        const ImportResult r = decode(json);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(printTree(*r.profile), QStringLiteral("total 6/0\n  main 6/1\n    bar 2/2\n    foo 3/3\n"));
    }

    void readThroughAStreamGzipped()
    {
        auto in = InputStream::fromBytes(gzip(::singleExample), QStringLiteral("fb.json.gz"));
        const ImportResult r = FlamebearerImporter().read(*in, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 6);
    }

    void invalidJsonNamesTheOffset()
    {
        const ImportResult r = decode(R"({"flamebearer": {"names": ["total"], "levels": [[0,1,1,0]] )",
                                      QStringLiteral("broken.json"));
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("broken.json: flamebearer: invalid JSON at byte ")),
                 qPrintable(r.error));
    }

    void truncatedCorpusFileIsAnError()
    {
        const QByteArray json = readFile(corpus("pyroscope/server-alloc-objects.json"));
        const ImportResult r = decode(json.left(json.size() / 2), QStringLiteral("half.json"));
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.startsWith(QLatin1String("half.json: flamebearer: invalid JSON at byte")), qPrintable(r.error));
    }

    void badLevelsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a multiple of 4")
            << QByteArray(R"({"flamebearer":{"names":["total"],"levels":[[0,1,1]],"numTicks":1}})")
            << QStringLiteral("x.json: flamebearer: level 0 has 3 values, not a multiple of 4");
        QTest::newRow("name index")
            << QByteArray(R"({"flamebearer":{"names":["total"],"levels":[[0,1,0,0],[0,1,1,5]],"numTicks":1}})")
            << QStringLiteral("x.json: flamebearer: level 1, node 0: name index 5 outside names[0..1)");
        QTest::newRow("outside parent")
            << QByteArray(
                   R"({"flamebearer":{"names":["total","a"],"levels":[[0,2,0,0],[0,2,0,1],[1,5,5,1]],"numTicks":2}})")
            << QStringLiteral("x.json: flamebearer: level 2: the node at x=1 (width 5) lies in no node of level 1");
        QTest::newRow("not a number")
            << QByteArray(R"({"flamebearer":{"names":["total"],"levels":[[0,"x",0,0]],"numTicks":1}})")
            << QStringLiteral("x.json: flamebearer: level 0, value 1 is not an integer");
        QTest::newRow("no flamebearer") << QByteArray(R"({"profiles":[]})")
                                        << QStringLiteral("x.json: flamebearer: no \"flamebearer\" or \"flamegraph\" object");
        QTest::newRow("array") << QByteArray("[1,2]")
                               << QStringLiteral("x.json: flamebearer: the document is not a JSON object");
        QTest::newRow("empty") << QByteArray(R"({"flamebearer":{"names":["total"],"levels":[[0,0,0,0]],"numTicks":0}})")
                               << QStringLiteral("x.json: flamebearer: the flamegraph is empty (no samples)");
    }
    void badLevelsAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ImportResult r = decode(json, QStringLiteral("x.json"));
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, error);
    }

    void totalMismatchIsAWarning()
    {
        const ImportResult r =
            decode(R"({"flamebearer":{"names":["total","a"],"levels":[[0,5,0,0],[0,5,5,1]],"numTicks":7}})");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 5);
        QCOMPARE(QString::fromStdString(r.profile->metadata().warnings.at(0)),
                 QStringLiteral("the nodes add up to 5, not the 7 that the file gives as its total"));
    }

    void unitsMapToSampleTypes()
    {
        QCOMPARE(FlamebearerImporter::sampleTypeForUnits(QStringLiteral("bytes")), (SampleType{"space", "bytes"}));
        QCOMPARE(FlamebearerImporter::sampleTypeForUnits(QStringLiteral("lock_nanoseconds")),
                 (SampleType{"lock_time", "nanoseconds"}));
        QCOMPARE(FlamebearerImporter::sampleTypeForUnits(QString()), (SampleType{"samples", "count"}));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"alloc_objects", "count"}), QStringLiteral("objects"));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"inuse_space", "bytes"}), QStringLiteral("bytes"));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"cpu", "nanoseconds"}), QStringLiteral("samples"));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"contentions", "count"}), QStringLiteral("samples"));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"delay", "nanoseconds"}), QStringLiteral("samples"));
        QCOMPARE(FlamebearerImporter::unitsForSampleType({"lock_time", "nanoseconds"}),
                 QStringLiteral("lock_nanoseconds"));
    }

    void probe()
    {
        FlamebearerImporter importer;
        QVERIFY(importer.probe(readFile(corpus("pyroscope/server-alloc-objects.json")).toStdString()));
        QVERIFY(importer.probe(::doubleExample.toStdString()));
        QVERIFY(importer.probe(R"(  {"flamegraph":{"names":[],"levels":[]}})"));
        QVERIFY(!importer.probe(readFile(corpus("speedscope/simple-sampled.speedscope.json")).toStdString()));
        QVERIFY(!importer.probe(readFile(corpus("chrome/chrome65-simple.cpuprofile")).toStdString()));
        QVERIFY(!importer.probe("a;b 1\n"));
        QVERIFY(!importer.probe(""));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlamebearerImporter)
#include "tst_flamebearerimporter.moc"
