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
#include <functional>

namespace {

const QString sample = QStringLiteral(PYROGRAPH_CORPUS_DIR "/firefox/simple-firefox.json");
// The Firefox Profiler's own fixture of its processed format, version 17.
const QString processedSample = QStringLiteral(PYROGRAPH_CORPUS_DIR "/firefox/processed-17a.json");

// The processed fixture changed the way newer versions write it.
QByteArray processedVariant(const std::function<void(QJsonObject &profile)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(testutil::readFile(processedSample)).object();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Each thread's samples changed alike.
void changeSamples(QJsonObject &profile, const std::function<void(QJsonObject &samples)> &change)
{
    QJsonArray threads = profile.value(QLatin1String("threads")).toArray();
    for (qsizetype t = 0; t < threads.size(); ++t) {
        QJsonObject thread = threads.at(t).toObject();
        QJsonObject samples = thread.value(QLatin1String("samples")).toObject();
        change(samples);
        thread.insert(QLatin1String("samples"), samples);
        threads.replace(t, thread);
    }
    profile.insert(QLatin1String("threads"), threads);
}

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

    // The processed fixture: three threads, each with the same seven samples of
    // stacks [1, 2, 2, 3, 0, 1, 4], one millisecond apart (stackTable prefix
    // [null, 0, 1, 1, 1], one function per frame).
    void processedFormatKeepsEveryFrame()
    {
        const ImportResult r = ProfileReader().readFile(processedSample, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("Firefox profile"));
        QCOMPARE(p.sampleTypes(),
                 (std::vector<SampleType>{{"samples", "count"}, {"wall", "nanoseconds"}}));
        QCOMPARE(p.total(0), 21);
        // Each sample lasts until the next; the last of each thread is 0.
        QCOMPARE(p.total(1), 3 * 6 * qint64(1000000));
        using W = std::pair<qint64, qint64>; // self, total
        const auto count = testutil::functionWeights(p, 0);
        QCOMPARE(count.size(), size_t(5));
        QCOMPARE(count.at("(root)"), W(3, 21));
        QCOMPARE(count.at("0x100000f84"), W(6, 18));
        QCOMPARE(count.at("0x100001a45"), W(6, 6));
        QCOMPARE(count.at("Startup::XRE_Main"), W(3, 3));
        QCOMPARE(count.at("frobnicate"), W(3, 3));
        const auto wall = testutil::functionWeights(p, 1);
        QCOMPARE(wall.at("0x100000f84").first, 3 * 2 * qint64(1000000));
        // frobnicate is each thread's last sample: it lasts 0.
        QCOMPARE(testutil::totalSelf(p, {"(root)", "0x100000f84", "frobnicate"}, 1),
                 std::make_pair(qint64(0), qint64(0)));
        QCOMPARE(testutil::totalSelf(p, {"(root)", "0x100000f84", "frobnicate"}, 0),
                 std::make_pair(qint64(3), qint64(3)));
        QVERIFY(p.findPath({"(root)", "0x100000f84", "Startup::XRE_Main"}).isValid());
        QCOMPARE(p.labels().values("thread").size(), size_t(3));
        QCOMPARE(p.labels().values("pid"), (std::vector<std::string>{"default", "tab"}));
        QCOMPARE(p.metadata().sampleTimes.timeNanos.size(), size_t(21));
        // meta.startTime 1460221352723.438 ms, as near as a double gets.
        QVERIFY(std::llabs(p.metadata().timeNanos - qint64(1460221352723438000)) < 1000);
        bool detail = false;
        for (const auto &[n, d] : p.metadata().nameDetails)
            detail = detail || (n == "frobnicate" && d == "chrome://blargh:34");
        QVERIFY(detail);
    }

    // What later versions changed: strings shared by all threads, times as
    // deltas, weights with a weightType.
    void processedFormatNewerShapes()
    {
        const QByteArray shared = processedVariant([](QJsonObject &profile) {
            QJsonArray threads = profile.value(QLatin1String("threads")).toArray();
            const QJsonValue strings = threads.at(0).toObject().value(QLatin1String("stringArray"));
            for (qsizetype t = 0; t < threads.size(); ++t) {
                QJsonObject thread = threads.at(t).toObject();
                thread.remove(QLatin1String("stringArray"));
                threads.replace(t, thread);
            }
            profile.insert(QLatin1String("threads"), threads);
            profile.insert(QLatin1String("shared"), QJsonObject{{"stringArray", strings}});
        });
        ImportResult r = importBytes(shared);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(testutil::functionWeights(*r.profile, 0).at("0x100001a45").first, 6);

        // Tables shared by all threads, prefixOffset, a sources table.
        const QByteArray sharedTables = processedVariant([](QJsonObject &profile) {
            QJsonArray threads = profile.value(QLatin1String("threads")).toArray();
            QJsonObject first = threads.at(0).toObject();
            QJsonObject stackTable = first.value(QLatin1String("stackTable")).toObject();
            stackTable.remove(QLatin1String("prefix"));
            stackTable.insert(QLatin1String("prefixOffset"), QJsonArray{0, 1, 1, 2, 3});
            QJsonObject funcTable = first.value(QLatin1String("funcTable")).toObject();
            funcTable.remove(QLatin1String("fileName"));
            funcTable.insert(QLatin1String("source"),
                             QJsonArray{QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), 0});
            QJsonObject shared{
                {"stringArray", first.value(QLatin1String("stringArray"))},
                {"stackTable", stackTable},
                {"frameTable", first.value(QLatin1String("frameTable"))},
                {"funcTable", funcTable},
                {"sources", QJsonObject{{"length", 1}, {"filename", QJsonArray{12}}}}};
            for (qsizetype t = 0; t < threads.size(); ++t) {
                QJsonObject thread = threads.at(t).toObject();
                for (const char *key : {"stringArray", "stackTable", "frameTable", "funcTable"})
                    thread.remove(QLatin1String(key));
                threads.replace(t, thread);
            }
            profile.insert(QLatin1String("threads"), threads);
            profile.insert(QLatin1String("shared"), shared);
        });
        r = importBytes(sharedTables);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const auto sharedCount = testutil::functionWeights(*r.profile, 0);
        QCOMPARE(sharedCount.at("(root)"), std::make_pair(qint64(3), qint64(21)));
        QCOMPARE(sharedCount.at("0x100000f84"), std::make_pair(qint64(6), qint64(18)));
        QCOMPARE(sharedCount.at("Startup::XRE_Main"), std::make_pair(qint64(3), qint64(3)));
        QVERIFY(r.profile->findPath({"(root)", "0x100000f84", "frobnicate"}).isValid());
        bool detail = false;
        for (const auto &[n, d] : r.profile->metadata().nameDetails)
            detail = detail || (n == "frobnicate" && d == "chrome://blargh:34");
        QVERIFY(detail);
        QByteArray badOffset = sharedTables;
        badOffset.replace("\"prefixOffset\":[0,1,1,2,3]", "\"prefixOffset\":[0,1,1,2,9]");
        QVERIFY(badOffset != sharedTables);
        r = importBytes(badOffset);
        QCOMPARE(r.error,
                 QStringLiteral("gecko.json: Firefox profile (processed, version 17): "
                                "shared.stackTable.prefixOffset[4]: 9 reaches before the "
                                "first stack"));

        const QByteArray weighted = processedVariant([](QJsonObject &profile) {
            changeSamples(profile, [](QJsonObject &samples) {
                samples.remove(QLatin1String("time"));
                samples.insert(QLatin1String("timeDeltas"), QJsonArray{0, 1, 1, 1, 1, 1, 2});
                samples.insert(QLatin1String("weight"), QJsonArray{1, 1, 1, 1, 1, 1, 5});
                samples.insert(QLatin1String("weightType"), QLatin1String("samples"));
            });
        });
        r = importBytes(weighted);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->total(0), 3 * 11);
        QCOMPARE(testutil::functionWeights(*r.profile, 0).at("frobnicate").first, 15);
        // The sixth sample of each thread now lasts 2 ms: 7 ms a thread.
        QCOMPARE(r.profile->total(1), 3 * 7 * qint64(1000000));

        const QByteArray traced = processedVariant([](QJsonObject &profile) {
            changeSamples(profile, [](QJsonObject &samples) {
                samples.insert(QLatin1String("weight"), QJsonArray{0.5, 1, 1, 1, 1, 1, 4.25});
                samples.insert(QLatin1String("weightType"), QLatin1String("tracing-ms"));
            });
        });
        r = importBytes(traced);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(testutil::functionWeights(*r.profile, 1).at("frobnicate").first,
                 3 * qint64(4250000));
        QCOMPARE(r.profile->total(0), 21);

        const QByteArray bytes = processedVariant([](QJsonObject &profile) {
            changeSamples(profile, [](QJsonObject &samples) {
                samples.insert(QLatin1String("weight"), QJsonArray{8, 16, 16, 32, 0, 8, 64});
                samples.insert(QLatin1String("weightType"), QLatin1String("bytes"));
            });
        });
        r = importBytes(bytes);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.profile->sampleTypes().size(), size_t(3));
        QCOMPARE(r.profile->sampleTypes()[2], (SampleType{"bytes", "bytes"}));
        QCOMPARE(r.profile->total(2), 3 * qint64(8 + 16 + 16 + 32 + 8 + 64));
        QCOMPARE(testutil::functionWeights(*r.profile, 2).at("0x100001a45").first, 3 * 32);
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
        QTest::newRow("processed format without samples") << QByteArray(
            R"({"meta":{"stackwalk":0,"interval":1,"preprocessedProfileVersion":47},"threads":[]})")
                                                          << QStringLiteral(
                                                                 "gecko.json: Firefox profile "
                                                                 "(processed, version 47): no "
                                                                 "samples in "
                                                                 "any thread");
        const QByteArray processed = testutil::readFile(processedSample);
        const QString processedThread =
            QStringLiteral("gecko.json: Firefox profile (processed, version 17): threads[0]");
        QTest::newRow("processed truncated")
            << processed.left(processed.size() / 3)
            << QStringLiteral("gecko.json: Firefox profile: invalid JSON at byte");
        QTest::newRow("processed garbage")
            << QByteArray(R"({"meta":{"preprocessedProfileVersion":17},"threads":[7]})")
            << QStringLiteral("gecko.json: Firefox profile (processed, version 17): threads[0] is "
                              "not a thread object");
        QByteArray sampleStack = processed;
        sampleStack.replace("\"stack\": [1, 2, 2, 3, 0, 1, 4]", "\"stack\": [1, 2, 2, 9, 0, 1, 4]");
        QTest::newRow("processed stack out of range") << sampleStack
                                                      << processedThread
                + QStringLiteral(".samples.stack[3]: 9 is not in the stackTable (5 stacks)");
        QByteArray prefix = processed;
        prefix.replace("\"prefix\": [null, 0, 1, 1, 1]", "\"prefix\": [null, 3, 1, 1, 1]");
        QTest::newRow("processed prefix not earlier")
            << prefix
            << processedThread + QStringLiteral(".stackTable.prefix[1]: 3 is not an earlier stack");
        QByteArray func = processed;
        func.replace("\"func\": [0, 1, 2, 3, 4]", "\"func\": [0, 1, 2, 3, 7]");
        QTest::newRow("processed func out of range") << func
                                                     << processedThread
                + QStringLiteral(".frameTable.func[4]: 7 is not in the funcTable (5 functions)");
        QByteArray name = processed;
        name.replace("\"name\": [0, 1, 2, 3, 13]", "\"name\": [0, 1, 2, 3, 99]");
        QTest::newRow("processed name out of range") << name
                                                     << processedThread
                + QStringLiteral(".funcTable.name[4]: 99 is not in the string array (14 strings)");
        QByteArray times = processed;
        times.replace("\"time\": [0, 1, 2, 3, 4, 5, 6]", "\"time\": [0, 1, 2]");
        QTest::newRow("processed times missing")
            << times << processedThread + QStringLiteral(".samples: 7 stacks but 3 times");
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
