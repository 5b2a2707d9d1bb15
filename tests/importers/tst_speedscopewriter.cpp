#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/perfscriptimporter.h"
#include "importers/speedscopeimporter.h"
#include "importers/speedscopewriter.h"
#include "model/profile.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <string>

namespace {

// Every node by its root-first path of names, with its self per sample type.
std::map<std::string, std::vector<qint64>> selfByPath(const Profile &profile)
{
    std::map<std::string, std::vector<qint64>> result;
    const CallTree &tree = profile.tree();
    std::vector<std::string> paths(size_t(tree.nodeCount()));
    for (quint32 n = 1; n < quint32(tree.nodeCount()); ++n) {
        const NodeId node(n);
        paths[n] = paths[tree.parent(node).index] + '\x1f' + std::string(profile.name(node));
        std::vector<qint64> self;
        for (int t = 0; t < profile.sampleTypeCount(); ++t)
            self.push_back(tree.self(node, t));
        if (std::any_of(self.begin(), self.end(), [](qint64 v) { return v != 0; }))
            result[paths[n]] = self;
    }
    return result;
}

ProfilePtr roundTrip(const Profile &profile, QString *error)
{
    const QByteArray json = SpeedscopeWriter::toJson(profile);
    auto input = InputStream::fromBytes(json, QStringLiteral("roundtrip.speedscope.json"));
    if (!SpeedscopeImporter().probe(input->peek())) {
        *error = QStringLiteral("the importer does not recognise the output");
        return nullptr;
    }
    const ImportResult result = SpeedscopeImporter().read(*input, Progress::none());
    *error = result.error;
    return result.profile;
}

ProfilePtr perfProfile(const QString &file)
{
    return testutil::importFile(PerfScriptImporter(), testutil::corpus("perf-script/") + file).profile;
}

ProfilePtr smallProfile()
{
    ProfileBuilder builder({{"cpu", "nanoseconds"}, {"samples", "count"}});
    builder.setDefaultSampleType(1);
    const std::vector<std::string_view> a{"main", "quote\"back\\slash", "tab\tnew\nline\x01"};
    const std::vector<std::string_view> b{"main", "caf\xc3\xa9"};
    const std::vector<std::string_view> c{"main"};
    const std::vector<qint64> va{100, 1}, vb{300, 3}, vc{5, 1};
    builder.addStack(a, va);
    builder.addStack(b, vb);
    builder.addStack(c, vc);
    builder.metadata().source = "/tmp/small.pb.gz";
    builder.metadata().nameDetails = {{"main", "file:///app.js:12:4"}};
    return builder.build();
}

} // namespace

class tst_SpeedscopeWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesSpeedscopeSchema();
    void roundTripKeepsValues_data();
    void roundTripKeepsValues();
    void namesAreEscaped();
    void locationDetailsBecomeFileAndLine();
    void writeErrorIsReported();
};

void tst_SpeedscopeWriter::writesSpeedscopeSchema()
{
    const ProfilePtr profile = smallProfile();
    const QJsonDocument doc = QJsonDocument::fromJson(SpeedscopeWriter::toJson(*profile));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("$schema")).toString(),
             QStringLiteral("https://www.speedscope.app/file-format-schema.json"));
    QCOMPARE(root.value(QLatin1String("name")).toString(), QStringLiteral("small.pb.gz"));
    QCOMPARE(root.value(QLatin1String("activeProfileIndex")).toInt(), 1);
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject cpu = profiles.at(0).toObject();
    QCOMPARE(cpu.value(QLatin1String("type")).toString(), QStringLiteral("sampled"));
    QCOMPARE(cpu.value(QLatin1String("unit")).toString(), QStringLiteral("nanoseconds"));
    QCOMPARE(profiles.at(1).toObject().value(QLatin1String("unit")).toString(), QStringLiteral("none"));
    QCOMPARE(cpu.value(QLatin1String("endValue")).toInteger(), 405);
    const QJsonArray samples = cpu.value(QLatin1String("samples")).toArray();
    const QJsonArray weights = cpu.value(QLatin1String("weights")).toArray();
    QCOMPARE(samples.size(), 3);
    QCOMPARE(weights.size(), samples.size());
    const qsizetype frames = root.value(QLatin1String("shared")).toObject().value(QLatin1String("frames")).toArray().size();
    QCOMPARE(frames, 4);
    qint64 sum = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        sum += weights.at(i).toInteger();
        for (const QJsonValue &f : samples.at(i).toArray())
            QVERIFY(f.toInt() >= 0 && f.toInt() < frames);
    }
    QCOMPARE(sum, 405);
}

void tst_SpeedscopeWriter::roundTripKeepsValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("two events") << QStringLiteral("flamegraph-perf-cycles-instructions-01.txt");
    QTest::newRow("java") << QStringLiteral("flamegraph-perf-java-stacks-01.txt");
    QTest::newRow("gzip, kernel") << QStringLiteral("flamegraph-example-perf-stacks.txt.gz");
    QTest::newRow("forks") << QStringLiteral("forks.linux-perf.txt");
}

void tst_SpeedscopeWriter::roundTripKeepsValues()
{
    QFETCH(QString, file);
    const ProfilePtr original = perfProfile(file);
    QVERIFY(original);
    QString error;
    const ProfilePtr copy = roundTrip(*original, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->sampleTypeCount(), original->sampleTypeCount());
    for (int t = 0; t < original->sampleTypeCount(); ++t) {
        QCOMPARE(copy->sampleTypes()[size_t(t)].type, original->sampleTypes()[size_t(t)].type);
        QCOMPARE(copy->total(t), original->total(t));
    }
    QCOMPARE(copy->defaultSampleType(), original->defaultSampleType());
    QCOMPARE(copy->tree().nodeCount(), original->tree().nodeCount());
    QVERIFY(selfByPath(*copy) == selfByPath(*original));
}

void tst_SpeedscopeWriter::namesAreEscaped()
{
    const ProfilePtr original = smallProfile();
    QString error;
    const ProfilePtr copy = roundTrip(*original, &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(selfByPath(*copy) == selfByPath(*original));
    QVERIFY(copy->findPath({"main", "quote\"back\\slash", "tab\tnew\nline\x01"}).isValid());
    QVERIFY(copy->findPath({"main", "caf\xc3\xa9"}).isValid());
}

void tst_SpeedscopeWriter::locationDetailsBecomeFileAndLine()
{
    const QJsonDocument doc = QJsonDocument::fromJson(SpeedscopeWriter::toJson(*smallProfile()));
    const QJsonArray frames = doc.object().value(QLatin1String("shared")).toObject().value(QLatin1String("frames")).toArray();
    QJsonObject main;
    for (const QJsonValue &f : frames)
        if (f.toObject().value(QLatin1String("name")).toString() == QLatin1String("main"))
            main = f.toObject();
    QCOMPARE(main.value(QLatin1String("file")).toString(), QStringLiteral("file:///app.js"));
    QCOMPARE(main.value(QLatin1String("line")).toInt(), 12);
    QCOMPARE(main.value(QLatin1String("col")).toInt(), 4);
    QString error;
    const ProfilePtr copy = roundTrip(*smallProfile(), &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->metadata().nameDetails, smallProfile()->metadata().nameDetails);
}

void tst_SpeedscopeWriter::writeErrorIsReported()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QString error;
    QCOMPARE(SpeedscopeWriter::write(*smallProfile(), readOnly, Progress::none(), &error),
             JobOutcome::Failed);
    QVERIFY(!error.isEmpty());
}

PYROGRAPH_TEST_MAIN(tst_SpeedscopeWriter)
#include "tst_speedscopewriter.moc"
