#include "tests/support/testregistry.h"

#include "importers/chromecpuprofileimporter.h"
#include "importers/inputstream.h"
#include "model/functiontable.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

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

ImportResult importFile(const QString &path)
{
    return testutil::importFile(ChromeCpuProfileImporter(), path);
}

ImportResult importBytes(const QByteArray &bytes, const QString &source = QStringLiteral("test.cpuprofile"))
{
    return testutil::importBytes(ChromeCpuProfileImporter(), bytes, source);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 selfOf(const Profile &profile, const std::string &name, int type)
{
    const FunctionTable table = FunctionTable::compute(profile, type);
    for (const FunctionStats &row : table.rows())
        if (profile.names().name(row.name) == name)
            return row.self;
    return -1;
}

} // namespace

class tst_ChromeCpuProfileImporter : public QObject
{
    Q_OBJECT
private slots:
    void probe();
    void sampleCountsMatchHitCounts();
    void wallTimeFromTimeDeltas();
    void oldFormatWithHeadAndTimestamps();
    void namesAsDevToolsShowsThem();
    void urlAndLineAreNameDetails();
    void sampleTimesAreKept();
    void readsFromNonSeekableStream();
    void unknownSampleNodeIsKeptWithAWarning();
    void mismatchedLengthsIsAnError();
    void timesOutOfRangeAreAnError();
};

void tst_ChromeCpuProfileImporter::probe()
{
    const ChromeCpuProfileImporter importer;
    QFile file(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(importer.probe(file.readAll().toStdString()));
    QFile old(corpus(QStringLiteral("node10-example.cpuprofile")));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(importer.probe(old.readAll().toStdString()));
    QVERIFY(!importer.probe("{\"traceEvents\":[{\"name\":\"ProfileChunk\",\"args\":{\"data\":{\"cpuProfile\":{\"nodes\":[{\"callFrame\":{}}]}}}}]}"));
    QVERIFY(!importer.probe("[{\"ph\":\"B\",\"ts\":0}]"));
    QVERIFY(!importer.probe("a;b 1\n"));
}

void tst_ChromeCpuProfileImporter::sampleCountsMatchHitCounts()
{
    const ImportResult result = importFile(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes()[0], (SampleType{"samples", "count"}));
    QCOMPARE(p.sampleTypes()[1], (SampleType{"wall", "microseconds"}));
    QCOMPARE(p.defaultSampleType(), 1);
    const QJsonObject json = readJson(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QCOMPARE(p.total(0), qint64(json.value(QLatin1String("samples")).toArray().size()));
    // The samples of the two "d" nodes equal their hitCounts; the first sample
    // hit node 2 ("(anonymous)"), whose hitCount Chrome left at 0.
    std::map<std::string, qint64> hits;
    for (const QJsonValue &n : json.value(QLatin1String("nodes")).toArray())
        hits[n.toObject().value(QLatin1String("callFrame")).toObject().value(QLatin1String("functionName")).toString().toStdString()]
            += n.toObject().value(QLatin1String("hitCount")).toInteger();
    QCOMPARE(selfOf(p, "d", 0), hits["d"]);
    QCOMPARE(selfOf(p, "d", 0), 28);
    QCOMPARE(selfOf(p, "(anonymous)", 0), 1);
}

void tst_ChromeCpuProfileImporter::wallTimeFromTimeDeltas()
{
    const ImportResult result = importFile(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const QJsonObject json = readJson(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    const QJsonArray deltas = json.value(QLatin1String("timeDeltas")).toArray();
    const QJsonArray samples = json.value(QLatin1String("samples")).toArray();
    // Each sample lasts until the next; the last one until endTime.
    std::vector<qint64> times;
    qint64 t = json.value(QLatin1String("startTime")).toInteger();
    for (const QJsonValue &d : deltas)
        times.push_back(t += d.toInteger());
    std::map<qint64, qint64> perNode;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qint64 next = i + 1 < samples.size() ? times[size_t(i) + 1] : json.value(QLatin1String("endTime")).toInteger();
        perNode[samples.at(i).toInteger()] += next - times[size_t(i)];
    }
    const Profile &p = *result.profile;
    QCOMPARE(p.total(1), json.value(QLatin1String("endTime")).toInteger() - times.front());
    QCOMPARE(p.total(1), 36317);
    QCOMPARE(selfOf(p, "(anonymous)", 1), perNode[2]);
    QCOMPARE(selfOf(p, "d", 1), perNode[5] + perNode[7]);
    QCOMPARE(p.tree().total(p.findPath({"(anonymous)", "a", "b"}), 1), perNode[5]);
    QCOMPARE(p.tree().total(p.findPath({"(anonymous)", "a", "c"}), 1), perNode[7]);
}

void tst_ChromeCpuProfileImporter::oldFormatWithHeadAndTimestamps()
{
    const ImportResult result = importFile(corpus(QStringLiteral("node10-example.cpuprofile")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    const QJsonObject json = readJson(corpus(QStringLiteral("node10-example.cpuprofile")));
    const QJsonArray stamps = json.value(QLatin1String("timestamps")).toArray();
    QCOMPARE(p.total(0), 29);
    QCOMPARE(selfOf(p, "d", 0), 28);
    // timestamps[0] is the start; samples at timestamps[1..]; no usable endTime.
    QCOMPARE(p.total(1), stamps.last().toInteger() - stamps.at(1).toInteger());
    QVERIFY(p.findPath({"(anonymous)", "a", "c", "d"}).isValid());
}

void tst_ChromeCpuProfileImporter::namesAsDevToolsShowsThem()
{
    const ImportResult result = importBytes(
        "{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"},\"children\":[2,3,4,5]},"
        "{\"id\":2,\"callFrame\":{\"functionName\":\"(program)\"}},"
        "{\"id\":3,\"callFrame\":{\"functionName\":\"(idle)\"}},"
        "{\"id\":4,\"callFrame\":{\"functionName\":\"(garbage collector)\"}},"
        "{\"id\":5,\"callFrame\":{\"functionName\":\"\",\"url\":\"file:///x.js\",\"lineNumber\":0,\"columnNumber\":4}}],"
        "\"startTime\":0,\"endTime\":40,\"samples\":[2,3,4,5],\"timeDeltas\":[0,10,10,10]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    for (const char *name : {"(program)", "(idle)", "(garbage collector)", "(anonymous)"}) {
        const NodeId n = p.findPath({name});
        QVERIFY2(n.isValid(), name);
        QCOMPARE(p.tree().total(n, 1), 10);
    }
    QVERIFY(!p.findPath({"(root)"}).isValid());
}

void tst_ChromeCpuProfileImporter::urlAndLineAreNameDetails()
{
    const ImportResult result = importBytes(
        "{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\",\"url\":\"\",\"lineNumber\":-1},\"children\":[2,3]},"
        "{\"id\":2,\"callFrame\":{\"functionName\":\"f\",\"url\":\"http://a/x.js\",\"lineNumber\":9,\"columnNumber\":2}},"
        "{\"id\":3,\"callFrame\":{\"functionName\":\"f\",\"url\":\"http://a/y.js\",\"lineNumber\":0,\"columnNumber\":0}}],"
        "\"startTime\":0,\"endTime\":2,\"samples\":[2,3],\"timeDeltas\":[0,1]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->metadata().nameDetails,
             (std::vector<std::pair<std::string, std::string>>{{"f", "http://a/x.js:10:3"}, {"f", "http://a/y.js:1:1"}}));
    QCOMPARE(result.profile->total(0), 2);
}

void tst_ChromeCpuProfileImporter::sampleTimesAreKept()
{
    const ImportResult result = importFile(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const SampleTimes &times = result.profile->metadata().sampleTimes;
    QCOMPARE(times.timeNanos.size(), size_t(29));
    QCOMPARE(times.timeNanos.front(), (Q_INT64_C(163140599286) + 11575) * 1000);
    qint64 sum = 0;
    for (qint64 w : times.weights)
        sum += w;
    QCOMPARE(sum, result.profile->total(1));
}

void tst_ChromeCpuProfileImporter::readsFromNonSeekableStream()
{
    QFile file(corpus(QStringLiteral("chrome65-simple.cpuprofile")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto device = std::make_unique<testutil::PipeDevice>(file.readAll(), 101);
    QVERIFY(device->open(QIODevice::ReadOnly));
    InputStream pipe(std::move(device), QStringLiteral("-"));
    QVERIFY(ChromeCpuProfileImporter().probe(pipe.peek()));
    const ImportResult result = ChromeCpuProfileImporter().read(pipe, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->total(1), 36317);
}

// A sample of a node the profile does not define (a trace that lost chunks)
// is kept under "(unknown node)" with a warning; a sample that is not a node
// id at all is an error naming it.
void tst_ChromeCpuProfileImporter::unknownSampleNodeIsKeptWithAWarning()
{
    const ImportResult result = importBytes("{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"}}],"
                                            "\"samples\":[1,7],\"timeDeltas\":[0,1],\"startTime\":0,\"endTime\":5}",
                                            QStringLiteral("lossy.cpuprofile"));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.total(0), 2);
    const NodeId unknown = p.findPath({"(unknown node)"});
    QVERIFY(unknown.isValid());
    QCOMPARE(p.tree().self(unknown, 0), 1);
    QCOMPARE(p.metadata().warnings.size(), size_t(1));
    QVERIFY(QString::fromStdString(p.metadata().warnings.front()).contains(QLatin1String("(unknown node)")));

    const ImportResult bad = importBytes("{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"}}],"
                                         "\"samples\":[1,\"x\"],\"timeDeltas\":[0,1],\"startTime\":0,\"endTime\":5}",
                                         QStringLiteral("bad.cpuprofile"));
    QVERIFY(!bad.isOk());
    QVERIFY2(bad.error.startsWith(QStringLiteral("bad.cpuprofile: Chrome cpuprofile: ")), qPrintable(bad.error));
    QVERIFY2(bad.error.contains(QStringLiteral("sample 1")), qPrintable(bad.error));
}

void tst_ChromeCpuProfileImporter::mismatchedLengthsIsAnError()
{
    const ImportResult result = importBytes("{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"}}],"
                                            "\"samples\":[1,1],\"timeDeltas\":[0],\"startTime\":0,\"endTime\":5}");
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("timeDeltas")), qPrintable(result.error));
}

// Found by fuzz_chromecpuprofile: times whose nanoseconds, or whose sum, overflow.
void tst_ChromeCpuProfileImporter::timesOutOfRangeAreAnError()
{
    const QByteArray nodes = "{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"}}],";
    const ImportResult delta =
        importBytes(nodes + "\"samples\":[1,1],\"timeDeltas\":[0,16314063274642791],\"startTime\":0}");
    QVERIFY(!delta.isOk());
    QVERIFY2(delta.error.contains(QStringLiteral("timeDeltas[1] 16314063274642791")), qPrintable(delta.error));
    const ImportResult stamps = importBytes(nodes + "\"samples\":[1],\"timestamps\":[-9000000000000000000]}");
    QVERIFY(!stamps.isOk());
    QVERIFY2(stamps.error.contains(QStringLiteral("timestamps[0]")), qPrintable(stamps.error));
    // Back and forth by 2^52 microseconds: each step fits, the sum of the steps forward does not.
    QByteArray samples, deltas;
    for (int i = 0; i < 4; ++i) {
        samples += QByteArray(i ? "," : "") + "1,1";
        deltas += QByteArray(i ? "," : "") + "4503599627370496,-4503599627370496";
    }
    const ImportResult sum =
        importBytes(nodes + "\"samples\":[" + samples + "],\"timeDeltas\":[" + deltas + "],\"startTime\":0}");
    QVERIFY(!sum.isOk());
    QVERIFY2(sum.error.contains(QStringLiteral("add up")), qPrintable(sum.error));
    // Real times stay fine.
    QVERIFY(importBytes(nodes + "\"samples\":[1,1],\"timeDeltas\":[0,1000],\"startTime\":1700000000000000}").isOk());
}

PYROGRAPH_TEST_MAIN(tst_ChromeCpuProfileImporter)
#include "tst_chromecpuprofileimporter.moc"
