#include "tests/support/testregistry.h"

#include "importers/collapsedimporter.h"
#include "importers/flamebearerimporter.h"
#include "importers/flamebearerwriter.h"
#include "importers/inputstream.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace testutil;

namespace {
ProfilePtr importCollapsed(const QByteArray &bytes)
{
    return importBytes(CollapsedImporter(), bytes, QStringLiteral("folded")).profile;
}

ProfilePtr importJson(const QByteArray &json)
{
    const ImportResult r = FlamebearerImporter().decode(json, QStringLiteral("written.json"), Progress::none());
    if (!r.isOk())
        qWarning("%s", qPrintable(r.error));
    return r.profile;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        qWarning("%s at %d", qPrintable(error.errorString()), error.offset);
    return doc.object();
}

QString levels(const QJsonObject &top)
{
    return QString::fromUtf8(
        QJsonDocument(top.value(QLatin1String("flamebearer")).toObject().value(QLatin1String("levels")).toArray())
            .toJson(QJsonDocument::Compact));
}
} // namespace

class tst_FlamebearerWriter : public QObject
{
    Q_OBJECT
private slots:
    void singleLayoutAsPyroscope()
    {
        // pyroscope-notes.md's example, with names in first-use order (bar
        // sorts before foo here): children start at parent.x + parent.self.
        const ProfilePtr p = importCollapsed("main;foo 3\nmain;bar 2\nmain 1\n");
        const QJsonObject top = parse(FlamebearerWriter::write(*p));
        QCOMPARE(top.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject fb = top.value(QLatin1String("flamebearer")).toObject();
        QCOMPARE(fb.value(QLatin1String("names")).toArray(),
                 QJsonArray({QStringLiteral("total"), QStringLiteral("main"), QStringLiteral("bar"), QStringLiteral("foo")}));
        QCOMPARE(levels(top), QStringLiteral("[[0,6,0,0],[0,6,1,1],[1,2,2,2,0,3,3,3]]"));
        QCOMPARE(fb.value(QLatin1String("numTicks")).toInt(), 6);
        QCOMPARE(fb.value(QLatin1String("maxSelf")).toInt(), 3);
        const QJsonObject meta = top.value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("format")).toString(), QStringLiteral("single"));
        QCOMPARE(meta.value(QLatin1String("units")).toString(), QStringLiteral("samples"));
        QCOMPARE(meta.value(QLatin1String("sampleRate")).toInt(), 100);
        QVERIFY(top.value(QLatin1String("timeline")).isNull());
    }

    void doubleLayoutAsPyroscope()
    {
        const ProfilePtr p = importCollapsed("main;foo 3 1\nmain;bar 2 2\nmain 1 0\nmain;baz 0 3\n");
        QVERIFY(p->isDiff());
        const QJsonObject top = parse(FlamebearerWriter::write(*p));
        QCOMPARE(top.value(QLatin1String("metadata")).toObject().value(QLatin1String("format")).toString(),
                 QStringLiteral("double"));
        const QJsonObject fb = top.value(QLatin1String("flamebearer")).toObject();
        QCOMPARE(fb.value(QLatin1String("names")).toArray(),
                 QJsonArray({QStringLiteral("total"), QStringLiteral("main"), QStringLiteral("bar"),
                             QStringLiteral("baz"), QStringLiteral("foo")}));
        // The notes' row 2 is [1,2,2,0,2,2,4, 0,0,0,0,3,3,3, 0,3,3,0,1,1,2] with
        // bar=4, baz=3, foo=2; here bar=2, baz=3, foo=4.
        QCOMPARE(levels(top), QStringLiteral("[[0,6,0,0,6,0,0],[0,6,1,0,6,0,1],"
                                             "[1,2,2,0,2,2,2,0,0,0,0,3,3,3,0,3,3,0,1,1,4]]"));
        QCOMPARE(fb.value(QLatin1String("numTicks")).toInt(), 12);
        QCOMPARE(top.value(QLatin1String("leftTicks")).toInt(), 6);
        QCOMPARE(top.value(QLatin1String("rightTicks")).toInt(), 6);
        const ProfilePtr back = importJson(FlamebearerWriter::write(*p));
        QVERIFY(back && back->isDiff());
        QCOMPARE(printTree(*back), printTree(*p));
    }

    void roundTripKeepsTheTree_data()
    {
        addRoundTripRows();
        QTest::newRow("diff") << corpus("collapsed/inferno/differential_perf-cycles-instructions-01-collapsed-all-diff.txt");
    }
    void roundTripKeepsTheTree()
    {
        QFETCH(QString, file);
        const ProfilePtr p = importCollapsed(readFile(file));
        QVERIFY(p);
        const ProfilePtr back = importJson(FlamebearerWriter::write(*p));
        QVERIFY(back);
        QCOMPARE(printTree(*back), printTree(*p));
        QCOMPARE(back->isDiff(), p->isDiff());
        QVERIFY(back->metadata().warnings.empty());
    }

    void pyroscopeFileRoundTrip()
    {
        const QByteArray json = readFile(corpus("pyroscope/server-alloc-objects.json"));
        const ProfilePtr p = importJson(json);
        QVERIFY(p);
        const QByteArray written = FlamebearerWriter::write(*p);
        const ProfilePtr back = importJson(written);
        QVERIFY(back);
        QCOMPARE(printTree(*back), printTree(*p));
        QCOMPARE(back->sampleTypes(), p->sampleTypes());
        QCOMPARE(back->metadata().spyName, std::string("gospy"));
        QCOMPARE(back->metadata().timeline.samples, p->metadata().timeline.samples);
        QCOMPARE(back->metadata().timeline.startTime, p->metadata().timeline.startTime);
        const QJsonObject meta = parse(written).value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("units")).toString(), QStringLiteral("objects"));
        QCOMPARE(meta.value(QLatin1String("name")).toString(),
                 QStringLiteral("pyroscope.server.alloc_objects 2023-05-23T10:42:22Z"));
    }

    void sampleTypeAndCpuRateKept()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}, {"cpu", "nanoseconds"}});
        const std::string_view stack[] = {"main", "name with \"quotes\" and \\ and \t"};
        const qint64 v[] = {1, 10000000};
        builder.addStack(std::span<const std::string_view>(stack), v);
        const ProfilePtr p = builder.build();
        const QByteArray written = FlamebearerWriter::write(*p, 1);
        const QJsonObject meta = parse(written).value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("units")).toString(), QStringLiteral("samples"));
        QCOMPARE(meta.value(QLatin1String("sampleRate")).toDouble(), 1e9);
        const ProfilePtr back = importJson(written);
        QVERIFY(back);
        QCOMPARE(back->sampleTypes().front(), (SampleType{"cpu", "nanoseconds"}));
        QCOMPARE(back->total(0), 10000000);
        QVERIFY(back->findPath({"main", "name with \"quotes\" and \\ and \t"}).isValid());
    }

    void invalidSampleTypeGivesNothing()
    {
        const ProfilePtr p = importCollapsed("a 1\n");
        QVERIFY(FlamebearerWriter::write(*p, 3).isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_FlamebearerWriter)
#include "tst_flamebearerwriter.moc"
