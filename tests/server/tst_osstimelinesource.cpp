#include "tests/support/testregistry.h"

#include "ossreplayserver.h"
#include "servertestutil.h"

#include "importers/flamebearerimporter.h"
#include "model/progress.h"
#include "server/osstimelinesource.h"
#include "server/serversources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using osstest::OssReplayServer;

namespace {
const ProfileTypeId allocObjects{"alloc_objects", "alloc_objects", "objects", "alloc_objects",
                                 "objects"};
const TimeRange recorded{OssReplayServer::fromS * 1000, OssReplayServer::untilS * 1000};

std::unique_ptr<TimelineSource> openOss(const OssReplayServer &server, QString *error,
                                        ServerSources::Kind *kind, const QString &token = {})
{
    ServerConnection connection;
    connection.url = server.url();
    connection.token = token;
    return ServerSources::open(connection, error, kind);
}

LabelSelector selector(const char *text)
{
    QString error;
    return *LabelSelector::parse(text, &error);
}
} // namespace

// Pyroscope OSS 0.x as a timeline (OssTimelineSource): a server that replays
// a real 0.x /render answer is found to be 0.x (it has no Connect querier),
// its applications become profile types and service_name values, and the
// merge and the timeline are that answer's flamebearer and timeline.
class tst_OssTimelineSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDetectedAndListsItsApplications()
    {
        OssReplayServer server;
        QVERIFY(server.hasResponse());
        QString error;
        ServerSources::Kind kind = ServerSources::Kind::Querier;
        const std::unique_ptr<TimelineSource> source = openOss(server, &error, &kind);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(int(kind), int(ServerSources::Kind::Oss));
        const std::vector<ProfileTypeId> types = source->profileTypes(recorded);
        QCOMPARE(types.size(), size_t(2));
        QVERIFY(std::find(types.begin(), types.end(), allocObjects) != types.end());
        const ProfileTypeId cpu{"cpu", "cpu", "samples", "cpu", "samples"};
        QVERIFY(std::find(types.begin(), types.end(), cpu) != types.end());
        const LabelSelector all;
        QCOMPARE(source->labelValues("service_name", all, recorded),
                 std::vector<std::string>{"pyroscope.server"});
        QCOMPARE(source->labelNames(all, recorded),
                 (std::vector<std::string>{"hostname", "service_name"}));
        QCOMPARE(source->labelValues("hostname", all, recorded),
                 std::vector<std::string>{"pyroscope-0"});
    }

    void mergeIsTheRenderedFlamebearer()
    {
        OssReplayServer server;
        QString error;
        ServerSources::Kind kind;
        const std::unique_ptr<TimelineSource> source = openOss(server, &error, &kind);
        QVERIFY2(source, qPrintable(error));
        const ProfilePtr merged = source->merge(
            allocObjects, selector("{service_name=\"pyroscope.server\",hostname=\"pyroscope-0\"}"),
            recorded, &error);
        QVERIFY2(merged, qPrintable(error));
        const ImportResult direct = FlamebearerImporter().decode(osstest::renderResponse(),
                                                                 QStringLiteral("file"),
                                                                 Progress::none());
        QVERIFY(direct.isOk());
        QCOMPARE(merged->total(0), direct.profile->total(0));
        QCOMPARE(merged->total(0), qint64(2489323)); // the response's numTicks
        QCOMPARE(merged->tree().nodeCount(), direct.profile->tree().nodeCount());
        const std::vector<std::string_view> path = {"net/http.(*conn).serve"};
        QVERIFY(servertest::totalAt(merged, path) > 0);
        QCOMPARE(servertest::totalAt(merged, path), servertest::totalAt(direct.profile, path));

        // What the server was asked: FlameQL without the service (it is the
        // application's name), times in seconds, and a node cap.
        const auto renders = server.requests("/render");
        QCOMPARE(renders.size(), size_t(1));
        const auto &params = renders.front().params;
        QCOMPARE(params.find("query")->second,
                 std::string("pyroscope.server.alloc_objects{hostname=\"pyroscope-0\"}"));
        QCOMPARE(params.find("from")->second, std::to_string(OssReplayServer::fromS));
        QCOMPARE(params.find("until")->second, std::to_string(OssReplayServer::untilS));
        QCOMPARE(params.find("maxNodes")->second, std::to_string(OssTimelineSource::maxNodes));

        // A service that is not there: an empty merge, no request.
        const ProfilePtr none =
            source->merge(allocObjects, selector("{service_name=\"other\"}"), recorded, &error);
        QVERIFY2(none, qPrintable(error));
        QCOMPARE(none->total(0), qint64(0));
        QCOMPARE(server.requests("/render").size(), size_t(1));
    }

    void seriesIsTheTimelineInSteps()
    {
        OssReplayServer server;
        QString error;
        ServerSources::Kind kind;
        const std::unique_ptr<TimelineSource> source = openOss(server, &error, &kind);
        QVERIFY2(source, qPrintable(error));
        const QJsonObject timeline = QJsonDocument::fromJson(osstest::renderResponse())
                                         .object()
                                         .value(QLatin1String("timeline"))
                                         .toObject();
        double expected = 0;
        for (const QJsonValue &v : timeline.value(QLatin1String("samples")).toArray())
            expected += v.toDouble();
        QVERIFY(expected > 0);
        for (const qint64 stepMs : {qint64(10000), qint64(60000)}) {
            const auto series = source->series(allocObjects, LabelSelector(), recorded, stepMs,
                                               {"service_name"}, &error);
            QVERIFY2(series, qPrintable(error));
            QCOMPARE(series->size(), size_t(1));
            QCOMPARE(servertest::labelValue(series->front().labels, "service_name"),
                     std::string("pyroscope.server"));
            double sum = 0;
            for (const SeriesPoint &point : series->front().points) {
                QCOMPARE(point.timestampMs % stepMs, qint64(0));
                sum += point.value;
            }
            QCOMPARE(sum, expected);
            // Ten-second samples in one-minute steps: fewer, bigger points.
            if (stepMs == 60000)
                QVERIFY(series->front().points.size() <= 6);
        }
    }

    void failuresSayWhatToDo()
    {
        OssReplayServer server("s3cret");
        QString error;
        ServerSources::Kind kind;
        QVERIFY(!openOss(server, &error, &kind));
        QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));
        QVERIFY2(openOss(server, &error, &kind, QStringLiteral("s3cret")), qPrintable(error));
        QCOMPARE(int(kind), int(ServerSources::Kind::Oss));
    }
};

PYROGRAPH_TEST_MAIN(tst_OssTimelineSource)
#include "tst_osstimelinesource.moc"
