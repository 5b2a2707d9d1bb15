#include "tests/support/testregistry.h"

#include "importers/profilereader.h"
#include "importers/stackprofimporter.h"
#include "model/functiontable.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <string>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/stackprof/") + name;
}

ImportResult importBytes(const QByteArray &bytes)
{
    return testutil::importBytes(StackprofImporter(), bytes, QStringLiteral("stackprof.json"));
}

std::map<std::string, std::pair<qint64, qint64>> frames(const Profile &profile)
{
    std::map<std::string, std::pair<qint64, qint64>> out;
    const FunctionTable table = FunctionTable::compute(profile, 0);
    for (const FunctionStats &row : table.rows())
        out[std::string(profile.names().name(row.name))] = {row.self, row.total};
    return out;
}

// stackprof's own summary of the same run: per frame name (names that occur
// once), its "samples" (as the leaf) and "total_samples".
std::map<std::string, std::pair<qint64, qint64>> stackprofSummary(const QString &path)
{
    const QJsonObject root = QJsonDocument::fromJson(testutil::readFile(path)).object();
    const QJsonObject table = root.value(QLatin1String("frames")).toObject();
    std::map<std::string, std::pair<qint64, qint64>> out;
    std::map<std::string, int> seen;
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        const std::string name = f.value(QLatin1String("name")).toString().toStdString();
        out[name] = {f.value(QLatin1String("samples")).toInteger(),
                     f.value(QLatin1String("total_samples")).toInteger()};
        ++seen[name];
    }
    for (const auto &[name, n] : seen)
        if (n > 1)
            out.erase(name);
    return out;
}

} // namespace

// Ruby stackprof 0.2.21 (Debian's ruby-stackprof) runs of
// tests/data/stackprof/ours-work.rb in the three modes. speedscope's
// stackprof.ts weighs a cpu stack by count * interval and an object stack by
// its count, so every function's self and total are stackprof's own
// per-frame "samples" and "total_samples" times that factor.
class tst_StackprofImporter : public QObject
{
    Q_OBJECT private Q_SLOTS : void matchesStackprofsOwnSummary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("factor");
        QTest::addColumn<qint64>("total");
        QTest::newRow("cpu") << QStringLiteral("ours-cpu.json") << QStringLiteral("cpu")
                             << qint64(1000) << qint64(20000);
        QTest::newRow("object") << QStringLiteral("ours-object.json") << QStringLiteral("objects")
                                << qint64(1) << qint64(239);
    }
    void matchesStackprofsOwnSummary()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(qint64, factor);
        QFETCH(qint64, total);
        const ImportResult r = ProfileReader().readFile(corpus(file), Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.metadata().format, std::string("stackprof"));
        QCOMPARE(QString::fromStdString(p.sampleTypes().front().type), type);
        QCOMPARE(p.total(0), total);
        const auto ours = frames(p);
        const auto theirs = stackprofSummary(corpus(file));
        QVERIFY(theirs.size() >= 10);
        for (const auto &[name, counts] : theirs) {
            QVERIFY2(ours.count(name), name.c_str());
            QCOMPARE(ours.at(name), std::make_pair(counts.first * factor, counts.second * factor));
        }
    }

    // wall mode: each stack weighs the sum of its samples' timestamp deltas;
    // GC stacks ("(garbage collection)" over "(marking)"/"(sweeping)") are roots.
    void wallWeighsTimestampDeltas()
    {
        const QString path = corpus(QStringLiteral("ours-wall.json"));
        const ImportResult r = ProfileReader().readFile(path, Progress::none());
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"wall", "microseconds"}}));
        const QJsonObject root = QJsonDocument::fromJson(testutil::readFile(path)).object();
        qint64 sum = 0;
        for (const QJsonValue &d : root.value(QLatin1String("raw_timestamp_deltas")).toArray())
            sum += d.toInteger();
        QCOMPARE(sum, 181451);
        QCOMPARE(p.total(0), sum);
        QVERIFY(testutil::totalSelf(p, {"(garbage collection)", "(marking)"}, 0).second > 0);
        // Kernel#sleep: 51 samples of about a millisecond each.
        const qint64 sleep = frames(p).at("Kernel#sleep").first;
        QVERIFY2(sleep > 45000 && sleep < 60000, qPrintable(QString::number(sleep)));
    }

    // Older stackprof wrote a GC sample as a one-frame stack; speedscope puts
    // it on top of the stack before it.
    void loneGarbageCollectionFrameSitsOnThePreviousStack()
    {
        const ImportResult r = importBytes(
            "{\"version\":1.2,\"mode\":\"cpu\",\"interval\":1000,\"frames\":{\"1\":{\"name\":"
            "\"main\"},"
            "\"2\":{\"name\":\"work\"},\"3\":{\"name\":\"(garbage collection)\"},\"4\":{}},"
            "\"raw\":[2,1,2,3, 1,3,1, 2,1,4,1]}");
        QVERIFY2(r.isOk(), qPrintable(r.error));
        const Profile &p = *r.profile;
        QCOMPARE(p.total(0), 5000);
        QCOMPARE(testutil::totalSelf(p, {"main", "work", "(garbage collection)"}, 0),
                 std::make_pair(qint64(1000), qint64(1000)));
        QCOMPARE(testutil::totalSelf(p, {"main", "(unknown)"}, 0),
                 std::make_pair(qint64(1000), qint64(1000)));
    }

    void badInputNamesTheFileTheFormatAndThePlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown frame")
            << QByteArray("{\"mode\":\"cpu\",\"interval\":1,\"frames\":{\"1\":{\"name\":\"a\"}},"
                          "\"raw\":[2,1,9,1]}")
            << QStringLiteral("stackprof.json: stackprof: raw[2]: frame 9 is not in \"frames\"");
        QTest::newRow("cut stack") << QByteArray(
            "{\"mode\":\"cpu\",\"interval\":1,\"frames\":{\"1\":{\"name\":\"a\"}},\"raw\":[5,1,1]}")
                                   << QStringLiteral("stackprof.json: stackprof: raw[0]: a stack "
                                                     "of 5 frames does not fit in raw");
        QTest::newRow("deltas run out")
            << QByteArray("{\"mode\":\"wall\",\"interval\":1,\"frames\":{\"1\":{\"name\":\"a\"}},"
                          "\"raw\":[1,1,3],\"raw_timestamp_deltas\":[5]}")
            << QStringLiteral("stackprof.json: stackprof: raw[0]: 3 samples but only 1 "
                              "raw_timestamp_deltas left");
        QTest::newRow("not raw")
            << QByteArray("{\"mode\":\"cpu\",\"interval\":1,\"frames\":{}}")
            << QStringLiteral(
                   "stackprof.json: stackprof: no \"raw\" stacks (record with raw: true)");
        QTest::newRow("cut JSON")
            << QByteArray("{\"mode\":\"cpu\",\"interval\":1,\"frames\":{")
            << QStringLiteral(
                   "stackprof.json: stackprof: invalid JSON at byte 37: unterminated object");
    }
    void badInputNamesTheFileTheFormatAndThePlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult r = importBytes(bytes);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error, error);
    }

    void probe()
    {
        const StackprofImporter importer;
        QVERIFY(importer.probe(
            "{\"version\":1.2,\"mode\":\"cpu\",\"interval\":1000,\"samples\":20,\"frames\":{"));
        QVERIFY(importer.probe("{\n  \"version\": 1.2,\n  \"mode\": \"wall\",\n  \"interval\": "
                               "1000,\n  \"frames\": {\n"));
        QVERIFY(!importer.probe("{\"nodes\":[],\"samples\":[],\"timeDeltas\":[]}"));
        QVERIFY(!importer.probe("{\"$schema\":\"https://www.speedscope.app/"
                                "file-format-schema.json\",\"shared\":{\"frames\":[]}}"));
        QVERIFY(!importer.probe("a;b 1\n"));
    }
};

PYROGRAPH_TEST_MAIN(tst_StackprofImporter)
#include "tst_stackprofimporter.moc"
