#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/speedscopeimporter.h"
#include "model/profile.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QTest>

#include <map>
#include <string>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/speedscope/") + name;
}

ImportResult importFile(const QString &path)
{
    return testutil::importFile(SpeedscopeImporter(), path);
}

ImportResult importBytes(const QByteArray &bytes, const QString &source = QStringLiteral("test.speedscope.json"))
{
    return testutil::importBytes(SpeedscopeImporter(), bytes, source);
}

// "a;b;c" -> {total, self} of that node for one sample type.
std::pair<qint64, qint64> node(const Profile &profile, const std::vector<std::string_view> &path, int type = 0)
{
    return testutil::totalSelf(profile, path, type);
}

const char header[] = "{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\",";

} // namespace

class tst_SpeedscopeImporter : public QObject
{
    Q_OBJECT
private slots:
    void probeNeedsTheSchema();
    void sampledProfile();
    void eventedProfile();
    void severalProfilesAreThreadLabels();
    void incompleteTraceIsAnError();
    void mismatchedCloseIsAnError();
    void frameIndexOutOfRangeIsAnError();
    void fractionalTimesMoveToAFinerUnit();
    void differentUnitsAreDifferentSampleTypes();
    void frameLocationsAreNameDetails();
    void readsFromNonSeekableStream();
    void invalidJsonNamesTheFile();
};

void tst_SpeedscopeImporter::probeNeedsTheSchema()
{
    const SpeedscopeImporter importer;
    QVERIFY(importer.probe("{\n  \"$schema\": \"https://www.speedscope.app/file-format-schema.json\"}"));
    QVERIFY(!importer.probe("{\"nodes\":[], \"samples\":[]}"));
    QVERIFY(!importer.probe("a;b 1\n"));
    QVERIFY(!importer.probe("[{\"ph\":\"B\"}] speedscope.app/file-format-schema.json"));
}

void tst_SpeedscopeImporter::sampledProfile()
{
    const ImportResult result = importFile(corpus(QStringLiteral("simple-sampled.speedscope.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"time", "seconds"}}));
    QCOMPARE(p.total(0), 14);
    // samples [a,b,c]x(1+1+3), [a,b,d]x4, [a,b]x5
    QCOMPARE(node(p, {"a"}), std::make_pair(qint64(14), qint64(0)));
    QCOMPARE(node(p, {"a", "b"}), std::make_pair(qint64(14), qint64(5)));
    QCOMPARE(node(p, {"a", "b", "c"}), std::make_pair(qint64(5), qint64(5)));
    QCOMPARE(node(p, {"a", "b", "d"}), std::make_pair(qint64(4), qint64(4)));
    QVERIFY(p.labels().isEmpty());
}

void tst_SpeedscopeImporter::eventedProfile()
{
    const ImportResult result = importFile(corpus(QStringLiteral("simple-evented.speedscope.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"samples", "count"}}));
    QCOMPARE(p.total(0), 14);
    // c open 0-2 and 6-9, d 2-6, b alone 9-14
    QCOMPARE(node(p, {"a", "b"}), std::make_pair(qint64(14), qint64(5)));
    QCOMPARE(node(p, {"a", "b", "c"}), std::make_pair(qint64(5), qint64(5)));
    QCOMPARE(node(p, {"a", "b", "d"}), std::make_pair(qint64(4), qint64(4)));
}

void tst_SpeedscopeImporter::severalProfilesAreThreadLabels()
{
    const ImportResult result = importFile(corpus(QStringLiteral("two-sampled.speedscope.json")));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypeCount(), 1);
    QCOMPARE(p.total(0), 28);
    QCOMPARE(p.labels().values("thread"), (std::vector<std::string>{"one", "two"}));
    std::map<std::string, qint64> perThread;
    for (const LabelledSample &s : p.labels().samples)
        perThread[p.labels().sets[s.labelSet].front().second] += s.values[0];
    QCOMPARE(perThread["one"], 14);
    QCOMPARE(perThread["two"], 14);
    const auto &labels = p.metadata().labels;
    QVERIFY(std::find(labels.begin(), labels.end(), std::pair<std::string, std::string>("name", "Two Samples"))
            != labels.end());
}

void tst_SpeedscopeImporter::incompleteTraceIsAnError()
{
    const ImportResult result = importFile(corpus(QStringLiteral("invalid-incomplete-trace.json")));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("invalid-incomplete-trace.json")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("speedscope")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("p1")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("never closed")), qPrintable(result.error));
}

void tst_SpeedscopeImporter::mismatchedCloseIsAnError()
{
    const ImportResult result = importBytes(QByteArray(header)
                                            + "\"shared\":{\"frames\":[{\"name\":\"a\"},{\"name\":\"b\"}]},"
                                              "\"profiles\":[{\"type\":\"evented\",\"name\":\"e\",\"unit\":\"none\","
                                              "\"events\":[{\"type\":\"O\",\"frame\":0,\"at\":0},"
                                              "{\"type\":\"O\",\"frame\":1,\"at\":1},"
                                              "{\"type\":\"C\",\"frame\":0,\"at\":2}]}]}");
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("event 2")), qPrintable(result.error));
}

void tst_SpeedscopeImporter::frameIndexOutOfRangeIsAnError()
{
    const ImportResult result = importBytes(QByteArray(header)
                                            + "\"shared\":{\"frames\":[{\"name\":\"a\"}]},"
                                              "\"profiles\":[{\"type\":\"sampled\",\"name\":\"s\",\"unit\":\"none\","
                                              "\"samples\":[[0],[0,5]],\"weights\":[1,1]}]}");
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(QStringLiteral("sample 1")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("frame 5")), qPrintable(result.error));
}

void tst_SpeedscopeImporter::fractionalTimesMoveToAFinerUnit()
{
    const ImportResult result = importBytes(QByteArray(header)
                                            + "\"shared\":{\"frames\":[{\"name\":\"a\"},{\"name\":\"b\"}]},"
                                              "\"profiles\":[{\"type\":\"sampled\",\"name\":\"s\",\"unit\":\"milliseconds\","
                                              "\"samples\":[[0],[0,1]],\"weights\":[1.5,0.25]}]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->sampleTypes()[0].unit, std::string("microseconds"));
    QCOMPARE(node(*result.profile, {"a"}), std::make_pair(qint64(1750), qint64(1500)));
}

void tst_SpeedscopeImporter::differentUnitsAreDifferentSampleTypes()
{
    const ImportResult result = importBytes(QByteArray(header)
                                            + "\"activeProfileIndex\":1,"
                                              "\"shared\":{\"frames\":[{\"name\":\"a\"}]},"
                                              "\"profiles\":[{\"type\":\"sampled\",\"name\":\"cpu\",\"unit\":\"nanoseconds\","
                                              "\"samples\":[[0]],\"weights\":[7]},"
                                              "{\"type\":\"sampled\",\"name\":\"heap\",\"unit\":\"bytes\","
                                              "\"samples\":[[0]],\"weights\":[64]}]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Profile &p = *result.profile;
    QCOMPARE(p.sampleTypes(), (std::vector<SampleType>{{"time", "nanoseconds"}, {"space", "bytes"}}));
    QCOMPARE(p.defaultSampleType(), 1);
    QCOMPARE(p.total(0), 7);
    QCOMPARE(p.total(1), 64);
}

void tst_SpeedscopeImporter::frameLocationsAreNameDetails()
{
    const ImportResult result = importBytes(QByteArray(header)
                                            + "\"shared\":{\"frames\":[{\"name\":\"a\",\"file\":\"x.js\",\"line\":3,\"col\":9},"
                                              "{\"name\":\"b\"}]},"
                                              "\"profiles\":[{\"type\":\"sampled\",\"name\":\"s\",\"unit\":\"none\","
                                              "\"samples\":[[0,1]],\"weights\":[2]}]}");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->metadata().nameDetails,
             (std::vector<std::pair<std::string, std::string>>{{"a", "x.js:3:9"}}));
}

void tst_SpeedscopeImporter::readsFromNonSeekableStream()
{
    QFile file(corpus(QStringLiteral("two-sampled.speedscope.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto device = std::make_unique<testutil::PipeDevice>(file.readAll(), 97);
    QVERIFY(device->open(QIODevice::ReadOnly));
    InputStream pipe(std::move(device), QStringLiteral("-"));
    QVERIFY(SpeedscopeImporter().probe(pipe.peek()));
    const ImportResult result = SpeedscopeImporter().read(pipe, Progress::none());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profile->total(0), 28);
}

void tst_SpeedscopeImporter::invalidJsonNamesTheFile()
{
    const ImportResult result = importBytes(QByteArray(header) + "\"profiles\": [", QStringLiteral("cut.json"));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.startsWith(QStringLiteral("cut.json: speedscope: ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("byte")), qPrintable(result.error));
}

PYROGRAPH_TEST_MAIN(tst_SpeedscopeImporter)
#include "tst_speedscopeimporter.moc"
