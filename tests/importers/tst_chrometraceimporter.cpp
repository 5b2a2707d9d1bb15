#include "tests/support/testregistry.h"

#include "importers/chrometraceimporter.h"
#include "importers/inputstream.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"
#include "speedscopesnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/chrome/") + name;
}

ImportResult importFile(const QString &name)
{
    return testutil::importFile(ChromeTraceImporter(), corpus(name));
}

ImportResult importBytes(const QByteArray &bytes,
                         const QString &source = QStringLiteral("trace.json"))
{
    return testutil::importBytes(ChromeTraceImporter(), bytes, source);
}

// {total, self} of the node at a root-first path, in the default sample type.
std::pair<qint64, qint64> node(const Profile &p, const std::vector<std::string_view> &path)
{
    return testutil::totalSelf(p, path, p.defaultSampleType());
}

using Cost = std::pair<qint64, qint64>;

bool hasWarning(const Profile &p, const char *text)
{
    for (const std::string &w : p.metadata().warnings)
        if (w.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

class tst_ChromeTraceImporter : public QObject
{
    Q_OBJECT
private slots:
    void probe();
    void sampleTimesPastQint64AreClamped();
    void beginEndAndCompleteEvents();
    void identicalCompleteEventsNestInFileOrder();
    void outOfOrderEventsAreSorted();
    void unbalancedNamesAreWarned();
    void zeroDurationEventsStayAsNodes();
    void fractionalTimesAreNanoseconds();
    void threadsAreLabels();
    void profileChunksAreCpuSamples();
    void stackFrameSamples();
    void readsFromNonSeekableStream();
    void invalidInputNamesTheFile();
    void arrayWithoutItsClosingBracket();
    void chunksWithMissingNodesStillOpen();
    void chrome65TimelineCpuProfileEvent();
    void chrome65TimelineMatchesSpeedscope();
};

// Fuzzing found it: a sample's "ts" of 1e300 µs went through llround(),
// undefined past a qint64, and the duration subtracted INT64_MIN.
void tst_ChromeTraceImporter::sampleTimesPastQint64AreClamped()
{
    const ImportResult r = importBytes(R"({"traceEvents":[],"stackFrames":{"1":{"name":"main"}},
        "samples":[{"sf":"1","ts":0,"weight":1},{"sf":"1","ts":1e300,"weight":1e300}]})");
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.profile->metadata().durationNanos, qint64(1) << 60);
    QCOMPARE(r.profile->total(0), 1 + (qint64(1) << 53));
}

void tst_ChromeTraceImporter::probe()
{
    const ChromeTraceImporter importer;
    QVERIFY(importer.probe(
        "[\n  {\"pid\": 0, \"tid\": 0, \"ph\": \"B\", \"name\": \"alpha\", \"ts\": 0}"));
    QVERIFY(importer.probe("{\"traceEvents\": []}"));
    QVERIFY(!importer.probe("{\"nodes\":[{\"callFrame\":{}}]}"));
    QVERIFY(!importer.probe("[1, 2, 3]"));
    QVERIFY(!importer.probe("a;b 3\n"));
}

void tst_ChromeTraceImporter::beginEndAndCompleteEvents()
{
    const ImportResult result = importFile(QStringLiteral("trace-event-simple.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"wall", "microseconds"}}));
    // alpha B0-E14 > beta B1-E13 > gamma X2+5, epsilon X7+tdur4
    QCOMPARE(node(p, {"alpha"}), Cost(14, 2));
    QCOMPARE(node(p, {"alpha", "beta"}), Cost(12, 3));
    QCOMPARE(node(p, {"alpha", "beta", "gamma"}), Cost(5, 5));
    QCOMPARE(node(p, {"alpha", "beta", "epsilon"}), Cost(4, 4));
    QVERIFY(p.metadata().warnings.empty());
}

void tst_ChromeTraceImporter::identicalCompleteEventsNestInFileOrder()
{
    const ImportResult result = importFile(QStringLiteral("trace-event-matching-x.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(node(p, {"alpha"}), Cost(10, 8));
    QCOMPARE(node(p, {"alpha", "beta", "gamma"}), Cost(1, 1)); // beta listed first at ts 1
    QCOMPARE(node(p, {"alpha", "gamma", "beta"}), Cost(1, 1)); // gamma listed first at ts 5
}

void tst_ChromeTraceImporter::outOfOrderEventsAreSorted()
{
    const ImportResult result = importFile(QStringLiteral("trace-event-out-of-order.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(node(p, {"A"}), Cost(10, 2));
    QCOMPARE(node(p, {"A", "B"}), Cost(8, 2));
    QCOMPARE(node(p, {"A", "B", "C"}), Cost(6, 6));
    QVERIFY(p.metadata().warnings.empty());
}

void tst_ChromeTraceImporter::unbalancedNamesAreWarned()
{
    // B alpha@0, B beta@1, E alpha@9 (closes beta too), E beta@10 (nothing open)
    const ImportResult result = importFile(QStringLiteral("trace-event-unbalanced-name.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(node(p, {"alpha"}), Cost(9, 1));
    QCOMPARE(node(p, {"alpha", "beta"}), Cost(8, 8));
    QVERIFY(hasWarning(p, "closed by the E event of an enclosing frame"));
    QVERIFY(hasWarning(p, "matched no open B event"));

    const ImportResult unclosed =
        importBytes("[{\"ph\":\"B\",\"name\":\"a\",\"ts\":0,\"pid\":1,\"tid\":1},"
                    "{\"ph\":\"X\",\"name\":\"b\",\"ts\":2,\"dur\":3,\"pid\":1,\"tid\":1}]");
    QVERIFY2(unclosed.isOk(), qPrintable(unclosed.error));
    QCOMPARE(node(*unclosed.profile, {"a"}), Cost(5, 2)); // ends at the last timestamp, b's end
    QVERIFY(hasWarning(*unclosed.profile, "never closed"));
}

void tst_ChromeTraceImporter::zeroDurationEventsStayAsNodes()
{
    const ImportResult result = importFile(QStringLiteral("trace-event-zero-duration-events.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.total(0), 10);
    QCOMPARE(node(p, {"A"}), Cost(10, 2));
    QCOMPARE(node(p, {"A", "B"}), Cost(0, 0));
    QCOMPARE(node(p, {"A", "C"}), Cost(8, 8));
    QCOMPARE(node(p, {"A", "C", "D"}), Cost(0, 0));
}

void tst_ChromeTraceImporter::fractionalTimesAreNanoseconds()
{
    const ImportResult result =
        importBytes("{\"traceEvents\":[{\"ph\":\"X\",\"name\":\"a\",\"ts\":1.5,\"dur\":2.25,"
                    "\"pid\":1,\"tid\":2},"
                    "{\"ph\":\"X\",\"name\":\"b\",\"ts\":2,\"dur\":0.5,\"pid\":1,\"tid\":2}]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->sampleTypes()[0], (SampleType{"wall", "nanoseconds"}));
    QCOMPARE(node(*result.profile, {"a"}), Cost(2250, 1750));
    QCOMPARE(node(*result.profile, {"a", "b"}), Cost(500, 500));
}

void tst_ChromeTraceImporter::threadsAreLabels()
{
    const ImportResult result = importBytes(
        "[{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":2,\"args\":{\"name\":\"main\"}},"
        "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":1,\"args\":{\"name\":\"browser\"}},"
        "{\"ph\":\"X\",\"name\":\"a\",\"ts\":0,\"dur\":3,\"pid\":1,\"tid\":2},"
        "{\"ph\":\"X\",\"name\":\"a\",\"ts\":0,\"dur\":5,\"pid\":1,\"tid\":3}]");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(node(p, {"a"}), Cost(8, 8));
    QCOMPARE(p.labels().values("thread"),
             (std::vector<std::string>{"main (pid 1, tid 2)", "pid 1, tid 3"}));
    QCOMPARE(p.labels().values("pid"), (std::vector<std::string>{"browser"}));
    std::map<std::string, qint64> perThread;
    for (const LabelledSample &s : p.labels().samples)
        for (const auto &[k, v] : p.labels().sets[s.labelSet])
            if (k == "thread")
                perThread[v] += s.values[0];
    QCOMPARE(perThread["main (pid 1, tid 2)"], 3);
    QCOMPARE(perThread["pid 1, tid 3"], 5);
}

void tst_ChromeTraceImporter::profileChunksAreCpuSamples()
{
    const ImportResult result = importFile(QStringLiteral("chrome69-simple-trace.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(),
             (std::vector<SampleType>{{"samples", "count"}, {"wall", "microseconds"}}));
    // Count the samples of the chunks here, independently.
    QFile file(corpus(QStringLiteral("chrome69-simple-trace.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 samples = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("name")).toString() == QLatin1String("ProfileChunk"))
            samples += e.value(QLatin1String("args"))
                           .toObject()
                           .value(QLatin1String("data"))
                           .toObject()
                           .value(QLatin1String("cpuProfile"))
                           .toObject()
                           .value(QLatin1String("samples"))
                           .toArray()
                           .size();
    }
    QVERIFY(samples > 0);
    QCOMPARE(p.total(0), samples);
    const SampleTimes &times = p.metadata().sampleTimes;
    QCOMPARE(qint64(times.timeNanos.size()), samples);
    qint64 wall = 0;
    for (qint64 w : times.weights)
        wall += w;
    QCOMPARE(p.total(1), wall);
    // speedscope's sample program: alpha calls beta and delta, both call gamma.
    QVERIFY(p.findPath({"(anonymous)", "alpha", "beta", "gamma"}).isValid());
    QVERIFY(p.findPath({"(anonymous)", "alpha", "delta", "gamma"}).isValid());
    QVERIFY(p.findPath({"(idle)"}).isValid());
    QVERIFY(!p.labels().values("thread").empty());
    bool gammaDetail = false;
    for (const auto &[name, detail] : p.metadata().nameDetails)
        gammaDetail = gammaDetail || (name == "gamma" && detail.ends_with("simple.js:20:15"));
    QVERIFY(gammaDetail);
}

void tst_ChromeTraceImporter::stackFrameSamples()
{
    const ImportResult result =
        importFile(QStringLiteral("trace-event-multi-thread-with-samples.json"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.total(0), 8);
    QCOMPARE(node(p, {"[root]"}), Cost(3, 1));
    QCOMPARE(node(p, {"[root]", "function1"}), Cost(1, 1));
    QCOMPARE(node(p, {"[root thread 2]"}), Cost(5, 3));
    QCOMPARE(p.labels().values("thread"),
             (std::vector<std::string>{"mqt_js (pid 7512, tid 1)", "pid 7512, tid 2"}));
    QCOMPARE(p.labels().values("pid"), (std::vector<std::string>{"hermes"}));
}

void tst_ChromeTraceImporter::readsFromNonSeekableStream()
{
    QFile file(corpus(QStringLiteral("chrome69-simple-trace.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto device = std::make_unique<testutil::PipeDevice>(file.readAll(), 4099);
    QVERIFY(device->open(QIODevice::ReadOnly));
    InputStream pipe(std::move(device), QStringLiteral("-"));
    QVERIFY(ChromeTraceImporter().probe(pipe.peek()));
    const ImportResult fromPipe = ChromeTraceImporter().read(pipe, Progress::none());
    QVERIFY2(fromPipe.isOk(), qPrintable(fromPipe.error));
    const ImportResult fromFile = importFile(QStringLiteral("chrome69-simple-trace.json"));
    QVERIFY(fromFile.isOk());
    QCOMPARE(fromPipe.profile->total(1), fromFile.profile->total(1));
    QCOMPARE(fromPipe.profile->tree().nodeCount(), fromFile.profile->tree().nodeCount());
}

void tst_ChromeTraceImporter::invalidInputNamesTheFile()
{
    const ImportResult cut = importBytes("[{\"ph\":\"B\",\"ts\":", QStringLiteral("cut.json"));
    QVERIFY(!cut.isOk());
    QVERIFY2(cut.error.startsWith(QStringLiteral("cut.json: Chrome trace: invalid JSON at byte")),
             qPrintable(cut.error));
    const ImportResult empty = importBytes("[{\"ph\":\"M\",\"ts\":0,\"name\":\"thread_name\"}]",
                                           QStringLiteral("meta.json"));
    QVERIFY(!empty.isOk());
    QVERIFY2(empty.error.contains(QStringLiteral("no B/E/X events")), qPrintable(empty.error));
}

// The Trace Event Format allows the array form without its closing ']' (a
// trace whose writer stopped early), with or without a last comma.
void tst_ChromeTraceImporter::arrayWithoutItsClosingBracket()
{
    const QByteArray events =
        "[{\"ph\":\"X\",\"name\":\"a\",\"ts\":0,\"dur\":10,\"pid\":1,\"tid\":1},\n"
        " {\"ph\":\"X\",\"name\":\"b\",\"ts\":2,\"dur\":5,\"pid\":1,\"tid\":1}";
    for (const QByteArray &text : {events, events + ",\n", events + "]"}) {
        const ImportResult result = importBytes(text);
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(node(*result.profile, {"a"}), Cost(10, 5));
        QCOMPARE(node(*result.profile, {"a", "b"}), Cost(5, 5));
    }
    // a cut inside an event is still an error
    QVERIFY(!importBytes(events.left(events.size() - 3)).isOk());
}

// Chrome 141: a node's parent may come in a later ProfileChunk, and a trace
// that lost chunks (events with empty args) names parents and sample nodes
// that nothing defines. The file opens: every sample kept, with warnings.
void tst_ChromeTraceImporter::chunksWithMissingNodesStillOpen()
{
    const QByteArray text = R"json({"traceEvents":[
{"args":{"data":{"startTime":100}},"id":"0x7b","name":"Profile","ph":"P","pid":7,"tid":1,"ts":100},
{"args":{"data":{"cpuProfile":{"nodes":[{"callFrame":{"functionName":"(root)","scriptId":0},"id":1},
  {"callFrame":{"functionName":"leaf","scriptId":1,"url":"a.js"},"id":3,"parent":2},
  {"callFrame":{"functionName":"orphan","scriptId":1,"url":"a.js"},"id":5,"parent":753}],
  "samples":[3,3,5,752]},"timeDeltas":[10,10,10,10]}},"id":"0x7b","name":"ProfileChunk","ph":"P","pid":7,"tid":2,"ts":200},
{"args":{"data":{"cpuProfile":{"nodes":[{"callFrame":{"functionName":"caller","scriptId":1,"url":"a.js"},"id":2,"parent":1}],
  "samples":[2]},"timeDeltas":[10]}},"id":"0x7b","name":"ProfileChunk","ph":"P","pid":7,"tid":2,"ts":300},
{"args":{},"id":"0x7b","name":"ProfileChunk","ph":"P","pid":7,"tid":2,"ts":400}
]})json";
    const ImportResult result = importBytes(text);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.total(0), 5); // every sample
    const NodeId leaf = p.findPath({"caller", "leaf"});
    const NodeId orphan = p.findPath({"orphan"});
    const NodeId unknown = p.findPath({"(unknown node)"});
    QVERIFY(leaf.isValid() && orphan.isValid() && unknown.isValid());
    QCOMPARE(p.tree().self(leaf, 0), 2);
    QCOMPARE(p.tree().self(orphan, 0), 1);
    QCOMPARE(p.tree().self(unknown, 0), 1);
    QCOMPARE(p.metadata().warnings.size(), size_t(2));
}

// A DevTools timeline export of Chrome 65 (speedscope's
// sample/profiles/Chrome/65/simple-timeline.json): an array of trace events
// whose samples sit in one "CpuProfile" instant event, timeDeltas inside
// cpuProfile. The nodes are that file's; samples and deltas are its first
// and JavaScript ones, shortened.
void tst_ChromeTraceImporter::chrome65TimelineCpuProfileEvent()
{
    const QByteArray events =
        R"js([{"pid":7796,"tid":775,"ts":895158070542,"ph":"X","cat":"toplevel","name":"ThreadControllerImpl::DoWork","args":{},"dur":19,"tdur":17,"tts":248866},
{"pid":7802,"tid":775,"ts":0,"ph":"M","cat":"__metadata","name":"thread_name","args":{"name":"CrRendererMain"}},
{"cat":"disabled-by-default-devtools.timeline","ph":"I","ts":895158623226,"pid":7792,"tid":775,"name":"CpuProfile","args":{"data":{"cpuProfile":{"nodes":[{"id":1,"callFrame":{"functionName":"(root)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1},"hitCount":0,"children":[2,3,4]},{"id":2,"callFrame":{"functionName":"(program)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1},"hitCount":18},{"id":3,"callFrame":{"functionName":"(idle)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1},"hitCount":3818},{"id":4,"callFrame":{"functionName":"a","scriptId":"122","url":"file:///Users/jlfwong/code/speedscope/sample/programs/javascript/simple.js","lineNumber":0,"columnNumber":10},"hitCount":0,"children":[5,6]},{"id":5,"callFrame":{"functionName":"c","scriptId":"122","url":"file:///Users/jlfwong/code/speedscope/sample/programs/javascript/simple.js","lineNumber":13,"columnNumber":10},"hitCount":120,"positionTicks":[{"line":18,"ticks":90},{"line":15,"ticks":30}]},{"id":6,"callFrame":{"functionName":"b","scriptId":"122","url":"file:///Users/jlfwong/code/speedscope/sample/programs/javascript/simple.js","lineNumber":7,"columnNumber":10},"hitCount":125,"positionTicks":[{"line":8,"ticks":1},{"line":9,"ticks":24},{"line":12,"ticks":100}]}],"startTime":895158058782,"endTime":895158614529,"samples":[2,2,3,3,2,5,5,6,6,6,6,5,3],"timeDeltas":[10064,97,105,190,37,79,177,26,138,1238,81,100,151]}}}}])js";
    const ImportResult result = importBytes(events);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(),
             (std::vector<SampleType>{{"samples", "count"}, {"wall", "microseconds"}}));
    QCOMPARE(p.total(0), 13);
    // Each sample lasts until the next; the last until endTime.
    QCOMPARE(testutil::totalSelf(p, {"a", "b"}, 1),
             std::make_pair(qint64(138 + 1238 + 81 + 100), qint64(138 + 1238 + 81 + 100)));
    QCOMPARE(testutil::totalSelf(p, {"a", "c"}, 1),
             std::make_pair(qint64(177 + 26 + 151), qint64(177 + 26 + 151)));
    QCOMPARE(testutil::totalSelf(p, {"(program)"}, 1).second, qint64(97 + 105 + 79));
    QCOMPARE(p.labels().values("pid"), std::vector<std::string>{"7792"});
}

// speedscope's sample/profiles/Chrome/65/simple-timeline.json cut to its
// CpuProfile event, whole (tests/data/chrome/chrome65-timeline-cpuprofile.json),
// against speedscope's snapshot "importFromChromeTimeline"
// (src/import/__snapshots__/chrome.test.ts.snap): a, b and c exactly. Two
// differences are ours by design (ChromeCpuProfileImporter): "(idle)" stays a
// frame where speedscope leaves a gap, and the last sample, a "(program)" one,
// lasts until endTime where speedscope gives it nothing.
void tst_ChromeTraceImporter::chrome65TimelineMatchesSpeedscope()
{
    const QString file = QStringLiteral("chrome65-timeline-cpuprofile.json");
    const ImportResult result = importFile(file);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    using W = std::pair<qint64, qint64>; // self, total, microseconds
    const auto f = testutil::functionWeights(p, 1);
    QCOMPARE(f.at("c"), W(16275, 16275));
    QCOMPARE(f.at("b"), W(16911, 16911));
    QCOMPARE(f.at("a"), W(0, 33186));

    // The file read apart: sample times, and what each node's samples span.
    QFile in(corpus(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonObject cpuProfile = QJsonDocument::fromJson(in.readAll())
                                       .array()
                                       .at(1)
                                       .toObject()
                                       .value(QLatin1String("args"))
                                       .toObject()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("cpuProfile"))
                                       .toObject();
    const QJsonArray samples = cpuProfile.value(QLatin1String("samples")).toArray();
    const QJsonArray deltas = cpuProfile.value(QLatin1String("timeDeltas")).toArray();
    QCOMPARE(samples.size(), 4081); // 18 + 3818 + 120 + 125 hits
    std::vector<qint64> times;
    qint64 t = cpuProfile.value(QLatin1String("startTime")).toInteger();
    for (const QJsonValue &d : deltas)
        times.push_back(t += d.toInteger());
    const qint64 end = cpuProfile.value(QLatin1String("endTime")).toInteger();
    QCOMPARE(samples.last().toInteger(), 2); // "(program)"
    QCOMPARE(end - times.back(), 640);
    QCOMPARE(f.at("(program)"), W(2299 + 640, 2299 + 640));
    qint64 idle = 0;
    for (qsizetype i = 0; i < samples.size(); ++i)
        if (samples.at(i).toInteger() == 3)
            idle += (i + 1 < samples.size() ? times[size_t(i) + 1] : end) - times[size_t(i)];
    QCOMPARE(f.at("(idle)"), W(idle, idle));
    QCOMPARE(p.total(0), 4081);
    QCOMPARE(p.total(1), end - times.front());
    QCOMPARE(p.labels().values("pid"), std::vector<std::string>{"7792"});

    // Cut inside its timeDeltas, and with one delta fewer than samples.
    in.seek(0);
    const QByteArray whole = in.readAll();
    const ImportResult cut =
        importBytes(whole.left(whole.size() - 5000), QStringLiteral("65.json"));
    QVERIFY(!cut.isOk());
    QVERIFY2(cut.error.startsWith(QStringLiteral("65.json: Chrome trace: invalid JSON at byte")),
             qPrintable(cut.error));
    QByteArray shortDeltas = whole;
    shortDeltas.replace(",140,129,131]", ",140,129]");
    const ImportResult mismatch = importBytes(shortDeltas, QStringLiteral("65.json"));
    QVERIFY(!mismatch.isOk());
    QCOMPARE(mismatch.error,
             QStringLiteral("65.json: Chrome trace: CPU profile 0 (pid 7792, tid "
                            "775): 4081 samples but 4080 timeDeltas"));
}

PYROGRAPH_TEST_MAIN(tst_ChromeTraceImporter)
#include "tst_chrometraceimporter.moc"
