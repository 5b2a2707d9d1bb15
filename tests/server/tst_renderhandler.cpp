#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "server/querierservice.h"
#include "server/renderhandler.h"

#include "tests/server/queriertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace queriertest;

namespace {
const std::string cpuQuery = cpu + "{service_name=\"app\"}";
const std::string from = std::to_string(t0 / 1000); // unix seconds
const std::string until = std::to_string(t0 / 1000 + 60);

HttpRequest get(std::string path, std::multimap<std::string, std::string> query)
{
    HttpRequest r;
    r.method = "GET";
    r.path = std::move(path);
    r.query = std::move(query);
    return r;
}

QJsonObject object(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_RenderHandler : public QObject
{
    Q_OBJECT

    Fixture fixture;
    std::unique_ptr<QuerierService> service;
    std::unique_ptr<RenderHandler> handler;

    void expectBadRequest(const HttpRequest &request, const char *messagePart)
    {
        const HttpResponse response = handler->handle(request);
        QCOMPARE(response.status, 400);
        if (!response.body.contains(messagePart))
            qWarning("body: %s", response.body.constData());
        QVERIFY(response.body.contains(messagePart));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fixture.fill());
        service = std::make_unique<QuerierService>(*fixture.library);
        handler = std::make_unique<RenderHandler>(*service, [] { return t0 + 60000; });
    }

    void renderIsFlamebearerWithTimeline()
    {
        const HttpResponse response = handler->handle(
            get("/pyroscope/render", {{"query", cpuQuery}, {"from", from}, {"until", until}}));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, std::string("application/json"));
        const QJsonObject top = object(response);
        QCOMPARE(top.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject fb = top.value(QLatin1String("flamebearer")).toObject();
        QCOMPARE(compact(fb.value(QLatin1String("names"))),
                 QByteArray("[\"total\",\"main\",\"bar\",\"foo\"]"));
        QCOMPARE(compact(fb.value(QLatin1String("levels"))),
                 QByteArray("[[0,7,0,0],[0,7,1,1],[1,2,2,2,0,4,4,3]]"));
        QCOMPARE(fb.value(QLatin1String("numTicks")).toInt(), 7);
        QCOMPARE(fb.value(QLatin1String("maxSelf")).toInt(), 4);
        // Pyroscope's ExportToFlamebearer: cpu counts "samples" at rate 100, named by the sample
        // type.
        QCOMPARE(compact(top.value(QLatin1String("metadata"))),
                 QByteArray(
                     "{\"format\":\"single\",\"name\":\"cpu\",\"sampleRate\":100,\"spyName\":\"\","
                     "\"units\":\"samples\"}"));
        // A minute: 10-second steps (Pyroscope's minimum), six of them, gaps filled with zeros.
        QCOMPARE(compact(top.value(QLatin1String("timeline"))),
                 QByteArray(
                     "{\"durationDelta\":10,\"samples\":[6,1,0,0,0,0],\"startTime\":1700000000}"));
        QVERIFY(top.value(QLatin1String("groups")).isNull());
    }

    void renderRelativeTimesAndMaxNodes()
    {
        // now-1m .. now, with now pinned at t0 + 60 s: the same minute.
        const HttpResponse response = handler->handle(
            get("/pyroscope/render",
                {{"query", cpuQuery}, {"from", "now-1m"}, {"until", "now"}, {"maxNodes", "2"}}));
        QCOMPARE(response.status, 200);
        const QJsonObject top = object(response);
        const QJsonObject fb = top.value(QLatin1String("flamebearer")).toObject();
        QCOMPARE(compact(fb.value(QLatin1String("names"))),
                 QByteArray("[\"total\",\"main\",\"foo\",\"other\"]"));
        QCOMPARE(compact(fb.value(QLatin1String("levels"))),
                 QByteArray("[[0,7,0,0],[0,7,1,1],[1,4,4,2,0,2,2,3]]"));
        QCOMPARE(
            compact(
                top.value(QLatin1String("timeline")).toObject().value(QLatin1String("samples"))),
            QByteArray("[6,1,0,0,0,0]"));
        // max-nodes is read too; milliseconds as well as seconds.
        const HttpResponse ms = handler->handle(get("/pyroscope/render",
                                                    {{"query", cpuQuery},
                                                     {"from", std::to_string(t0)},
                                                     {"until", std::to_string(t0 + 60000)},
                                                     {"max-nodes", "2"}}));
        QCOMPARE(compact(object(ms)
                             .value(QLatin1String("flamebearer"))
                             .toObject()
                             .value(QLatin1String("names"))),
                 QByteArray("[\"total\",\"main\",\"foo\",\"other\"]"));
    }

    void renderGroupBy()
    {
        const HttpResponse response = handler->handle(
            get("/pyroscope/render",
                {{"query", cpuQuery}, {"from", from}, {"until", until}, {"groupBy", "region"}}));
        QCOMPARE(response.status, 200);
        const QJsonObject top = object(response);
        // Two series: the timeline is zeros, as Pyroscope gives it, and each group has its own.
        QCOMPARE(
            compact(
                top.value(QLatin1String("timeline")).toObject().value(QLatin1String("samples"))),
            QByteArray("[0,0,0,0,0,0]"));
        const QJsonObject groups = top.value(QLatin1String("groups")).toObject();
        QCOMPARE(groups.keys(), (QStringList{QStringLiteral("eu"), QStringLiteral("us")}));
        QCOMPARE(
            compact(groups.value(QLatin1String("eu")).toObject().value(QLatin1String("samples"))),
            QByteArray("[6,0,0,0,0,0]"));
        QCOMPARE(
            compact(groups.value(QLatin1String("us")).toObject().value(QLatin1String("samples"))),
            QByteArray("[0,1,0,0,0,0]"));
        // Average per step: one profile each step here, so the same figures.
        const HttpResponse avg = handler->handle(
            get("/pyroscope/render",
                {{"query", cpu + "{}"}, {"from", from}, {"until", until}, {"aggregation", "avg"}}));
        QCOMPARE(compact(object(avg)
                             .value(QLatin1String("timeline"))
                             .toObject()
                             .value(QLatin1String("samples"))),
                 QByteArray("[6,1,5,0,0,0]"));
    }

    void renderDiffIsDouble()
    {
        const HttpResponse response = handler->handle(get("/pyroscope/render-diff",
                                                          {{"leftQuery", cpu + "{region=\"eu\"}"},
                                                           {"leftFrom", from},
                                                           {"leftUntil", until},
                                                           {"rightQuery", cpu + "{region=\"us\"}"},
                                                           {"rightFrom", from},
                                                           {"rightUntil", until}}));
        QCOMPARE(response.status, 200);
        const QJsonObject top = object(response);
        QCOMPARE(top.value(QLatin1String("leftTicks")).toInt(), 6);
        QCOMPARE(top.value(QLatin1String("rightTicks")).toInt(), 1);
        const QJsonObject fb = top.value(QLatin1String("flamebearer")).toObject();
        QCOMPARE(fb.value(QLatin1String("numTicks")).toInt(), 7);
        QCOMPARE(compact(fb.value(QLatin1String("levels"))),
                 QByteArray("[[0,6,0,0,1,0,0],[0,6,1,0,1,0,1],[1,2,2,0,0,0,2,0,3,3,0,1,1,3]]"));
        QCOMPARE(top.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("format"))
                     .toString(),
                 QLatin1String("double"));
        QVERIFY(top.value(QLatin1String("timeline")).isNull());
    }

    void labelValues()
    {
        HttpResponse response =
            handler->handle(get("/pyroscope/label-values", {{"label", "__name__"}}));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("[\"") + cpu.c_str() + "\"]\n");
        response = handler->handle(get("/pyroscope/label-values", {{"label", "region"}}));
        QCOMPARE(response.body, QByteArray("[\"eu\",\"us\"]\n"));
        expectBadRequest(get("/pyroscope/label-values", {}), "label parameter is required");
        // query and time narrow the series, as in Pyroscope: app's region in
        // its first 10 s only, then db's series, which has no region
        response = handler->handle(get("/pyroscope/label-values",
                                       {{"label", "region"},
                                        {"query", cpu + "{service_name=\"app\"}"},
                                        {"from", std::to_string(t0)},
                                        {"until", std::to_string(t0 + 5000)}}));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("[\"eu\"]\n"));
        response = handler->handle(get("/pyroscope/label-values",
                                       {{"label", "service_name"},
                                        {"query", cpu + "{region=\"us\"}"},
                                        {"from", std::to_string(t0)},
                                        {"until", std::to_string(t0 + 60000)}}));
        QCOMPARE(response.body, QByteArray("[\"app\"]\n"));
        response = handler->handle(get("/pyroscope/label-values",
                                       {{"label", "region"},
                                        {"query", "other:cpu:count:cpu:count{}"},
                                        {"from", std::to_string(t0)},
                                        {"until", std::to_string(t0 + 60000)}}));
        QCOMPARE(response.body, QByteArray("[]\n"));
        expectBadRequest(get("/pyroscope/label-values", {{"label", "region"}, {"query", "{a=}"}}),
                         "failed to parse 'query'");
    }

    void badRequests()
    {
        expectBadRequest(get("/pyroscope/render", {}), "'query' is required");
        expectBadRequest(get("/pyroscope/render", {{"query", "{service_name=\"app\"}"}}),
                         "'query' must contain a profile-type selection");
        expectBadRequest(get("/pyroscope/render", {{"query", cpu + "{service_name=}"}}),
                         "failed to parse 'query'");
        expectBadRequest(get("/pyroscope/render", {{"query", "cpu{}"}}), "failed to parse 'query'");
        expectBadRequest(get("/pyroscope/render", {{"query", cpuQuery}, {"from", "yesterday"}}),
                         "invalid 'from'");
        expectBadRequest(get("/pyroscope/render", {{"query", cpuQuery}, {"format", "pprof"}}),
                         "unknown format");
        expectBadRequest(get("/pyroscope/render", {{"query", cpuQuery}, {"aggregation", "max"}}),
                         "invalid 'aggregation'");
        expectBadRequest(get("/pyroscope/render", {{"query", cpuQuery}, {"maxNodes", "9999999"}}),
                         "greater than allowed");
        expectBadRequest(get("/pyroscope/render-diff", {{"leftQuery", cpuQuery}}),
                         "'rightQuery' is required");
        expectBadRequest(get("/pyroscope/render-diff",
                             {{"leftQuery", cpuQuery},
                              {"rightQuery", "memory:alloc_space:bytes:space:bytes{}"}}),
                         "same profile type");
    }
};

PYROGRAPH_TEST_MAIN(tst_RenderHandler)
#include "tst_renderhandler.moc"
