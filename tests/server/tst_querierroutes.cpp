#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "server/httprouter.h"
#include "server/httpserver.h"
#include "server/querierroutes.h"

#include "querier/v1/querier.pb.h"
#include "tests/server/queriertestutil.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace queriertest;

// The read API over real HTTP on loopback, through the ingest side's HttpServer.
class tst_QuerierRoutes : public QObject
{
    Q_OBJECT

    Fixture fixture;
    std::unique_ptr<HttpServer> server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fixture.fill());
        HttpRouter router;
        QuerierRoutes::add(router, *fixture.library);
        server = std::make_unique<HttpServer>(HttpServer::Settings(), std::move(router));
        QCOMPARE(server->start(), QString());
    }

    void connectJsonAndBinaryOverLoopback()
    {
        httplib::Client client("127.0.0.1", server->port());
        const std::string body =
            "{\"profileTypeID\":\"" + cpu + "\",\"labelSelector\":\"{region=\\\"eu\\\"}\"}";
        auto result = client.Post("/querier.v1.QuerierService/SelectMergeStacktraces", body,
                                  "application/json");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(result->get_header_value("Content-Type"), std::string("application/json"));
        const QJsonObject fg = QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
                                   .object()
                                   .value(QLatin1String("flamegraph"))
                                   .toObject();
        QCOMPARE(fg.value(QLatin1String("total")).toString(), QLatin1String("6"));

        querier::v1::SelectSeriesRequest request;
        request.set_profile_typeid(cpu);
        request.set_label_selector("{}");
        request.set_start(t0);
        request.set_end(t0 + 60000);
        request.set_step(60);
        result = client.Post("/querier.v1.QuerierService/SelectSeries", request.SerializeAsString(),
                             "application/proto");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        querier::v1::SelectSeriesResponse response;
        QVERIFY(response.ParseFromString(result->body));
        QCOMPARE(response.series_size(), 1);
        QCOMPARE(response.series(0).points(0).value(), 12.0);
    }

    void connectErrorsOverLoopback()
    {
        httplib::Client client("127.0.0.1", server->port());
        auto result = client.Post("/querier.v1.QuerierService/SelectMergeStacktraces", "{}",
                                  "application/json");
        QVERIFY(result);
        QCOMPARE(result->status, 400);
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
                     .object()
                     .value(QLatin1String("code"))
                     .toString(),
                 QLatin1String("invalid_argument"));
        result = client.Post("/querier.v1.QuerierService/Nope", "{}", "application/json");
        QVERIFY(result);
        QCOMPARE(result->status, 404);
        result = client.Get("/querier.v1.QuerierService/ProfileTypes");
        QVERIFY(result);
        QCOMPARE(result->status, 405);
    }

    void renderOverLoopback()
    {
        httplib::Client client("127.0.0.1", server->port());
        const httplib::Params params = {{"query", cpu + "{service_name=\"app\"}"},
                                        {"from", std::to_string(t0)},
                                        {"until", std::to_string(t0 + 60000)}};
        auto result = client.Get("/pyroscope/render", params, httplib::Headers());
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        const QJsonObject top =
            QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
        QCOMPARE(top.value(QLatin1String("flamebearer"))
                     .toObject()
                     .value(QLatin1String("numTicks"))
                     .toInt(),
                 7);
        result = client.Get("/pyroscope/label-values?label=__name__");
        QVERIFY(result);
        QCOMPARE(result->body, "[\"" + cpu + "\"]\n");
    }
};

PYROGRAPH_TEST_MAIN(tst_QuerierRoutes)
#include "tst_querierroutes.moc"
