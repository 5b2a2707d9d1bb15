#include "tests/support/testregistry.h"

#include "importers/geckoprofileimporter.h"
#include "importers/profilereader.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "speedscopesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

const QString sample = QStringLiteral(PYROGRAPH_CORPUS_DIR "/firefox/simple-firefox.json");

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(GeckoProfileImporter(), bytes, QStringLiteral("gecko.json"));
}

// speedscope's weights are milliseconds as doubles; ours are nanoseconds from
// sample times rounded one by one: a sum may differ by a nanosecond per sample.
bool near(qint64 nanos, double millis)
{
    return std::llabs(nanos - std::llround(millis * 1e6)) <= 38;
}

// The sample file's profile as the raw Gecko profile Firefox writes itself
// (about:profiling): the DevTools wrapper's "profile" at the top.
QByteArray unwrapped()
{
    const QJsonObject root = QJsonDocument::fromJson(testutil::readFile(sample)).object();
    return QJsonDocument(root.value(QLatin1String("profile")).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

// The Firefox profiler's Gecko profile, checked against speedscope's importer
// (src/import/__snapshots__/firefox.test.ts.snap, "importFromFirefox", for
// the same recording of Firefox 59).
class tst_GeckoProfileImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesSpeedscope_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("DevTools export") << testutil::readFile(sample);
        QTest::newRow("raw Gecko profile") << unwrapped();
    }
    void matchesSpeedscope()
    {
        QFETCH(QByteArray, bytes);
        const ImportResult r =
            ProfileReader().readBytes(bytes, QStringLiteral("gecko.json"), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("Firefox profile"));
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{{"samples", "count"}, {"wall", "nanoseconds"}}));
        QCOMPARE(p.defaultSampleType(), 1);
        QCOMPARE(p.total(0), 38);
        // From the first sample to the last: 37.888739 - 0.910683 ms.
        QCOMPARE(p.total(1), qint64(37888739 - 910683));
        const auto f = testutil::functionWeights(p, 1);
        // Only the JavaScript functions of the page: native frames, labels and
        // Firefox's resource:// and self-hosted scripts are dropped.
        QCOMPARE(f.size(), size_t(4));
        QVERIFY(near(f.at("a").first, 0) && near(f.at("a").second, 31.992820999992546));
        QVERIFY(near(f.at("b").first, 0) && near(f.at("b").second, 20.971447000018088));
        QVERIFY(near(f.at("c").first, 0) && near(f.at("c").second, 11.021373999974458));
        QVERIFY2(near(f.at("d").first, 31.992820999992546)
                     && near(f.at("d").second, 31.992820999992546),
                 qPrintable(QString::number(f.at("d").first)));
        QVERIFY(p.findPath({"a", "b", "d"}).isValid());
        QVERIFY(p.findPath({"a", "c", "d"}).isValid());
        QCOMPARE(p.labels().values("thread"),
                 std::vector<std::string>{"GeckoMain (pid 60640, tid 9101203)"});
        QCOMPARE(p.labels().values("pid"), std::vector<std::string>{"tab"});
        // Sample times: meta.startTime (ms since the epoch) plus each time.
        const SampleTimes &times = p.metadata().sampleTimes;
        QCOMPARE(times.timeNanos.size(), size_t(38));
        QCOMPARE(times.timeNanos[1] - times.timeNanos[0], qint64(2038458 - 910683));
        QCOMPARE(p.metadata().timeNanos / 1000000000, qint64(1523986294));
        bool dDetail = false;
        for (const auto &[name, detail] : p.metadata().nameDetails)
            dDetail = dDetail
                || (name == "d"
                    && detail == "file:///Users/jlfwong/code/speedscope/sample/simple.js:20");
        QVERIFY(dDetail);
    }

    // about:profiling writes the child processes' profiles under "processes";
    // their threads come in with their own labels.
    void childProcessesAreRead()
    {
        QJsonObject parent = QJsonDocument::fromJson(unwrapped()).object();
        QJsonObject child = parent;
        QJsonArray threads = child.value(QLatin1String("threads")).toArray();
        QJsonObject thread = threads.at(0).toObject();
        thread.insert(QLatin1String("pid"), 70000);
        threads.replace(0, thread);
        child.insert(QLatin1String("threads"), threads);
        parent.insert(QLatin1String("processes"), QJsonArray{child});
        const ImportResult r = importBytes(QJsonDocument(parent).toJson(QJsonDocument::Compact));
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 76);
        QCOMPARE(r.profile->labels().values("thread").size(), size_t(2));
        QCOMPARE(testutil::functionWeights(*r.profile, 1).at("d").first,
                 2
                     * testutil::functionWeights(
                           *ProfileReader().readFile(sample, Progress::none()).profile, 1)
                           .at("d")
                           .first);
    }

    void badFilesNameTheFormatAndThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray whole = testutil::readFile(sample);
        const QString thread = QStringLiteral("gecko.json: Firefox profile: profile.threads[0]");
        QTest::newRow("truncated")
            << whole.left(whole.size() - 100)
            << QStringLiteral("gecko.json: Firefox profile: invalid JSON at byte");
        QByteArray stack = whole;
        stack.replace("[125,37.888738999987254", "[999,37.888738999987254");
        QTest::newRow("stack out of range")
            << stack
            << thread
                + QStringLiteral(
                    ": samples.data[37]: stack 999 is not in the stackTable (126 stacks)");
        QByteArray cycle = whole;
        cycle.replace("[[null,0],[0,1]", "[[null,0],[5,1]");
        QTest::newRow("stack cycle")
            << cycle
            << thread + QStringLiteral(": stackTable.data[1]: prefix 5 is not an earlier stack");
        QByteArray frame = whole;
        frame.replace("[124,7]]}", "[124,700]]}");
        QTest::newRow("frame out of range")
            << frame
            << thread
                + QStringLiteral(
                    ": stackTable.data[125]: frame 700 is not in the frameTable (59 frames)");
        QByteArray location = whole;
        location.replace("[44,null,null,685,64]]}", "[4400,null,null,685,64]]}");
        QTest::newRow("location out of range")
            << location
            << thread
                + QStringLiteral(
                    ": frameTable.data[58]: location 4400 is not in the stringTable (48 strings)");
        QTest::newRow("no threads")
            << QByteArray(R"({"meta":{"stackwalk":0,"interval":1}})")
            << QStringLiteral("gecko.json: Firefox profile: expected a \"threads\" array");
        QTest::newRow("processed format") << QByteArray(
            R"({"meta":{"stackwalk":0,"interval":1,"preprocessedProfileVersion":47},"threads":[]})")
                                          << QStringLiteral(
                                                 "gecko.json: Firefox profile: this is the Firefox "
                                                 "Profiler's processed format (version 47)");
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

PYROGRAPH_TEST_MAIN(tst_GeckoProfileImporter)
#include "tst_geckoprofileimporter.moc"
