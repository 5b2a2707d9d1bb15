#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "server/httprouter.h"
#include "server/httpserver.h"
#include "server/querierroutes.h"

#include "querier/v1/querier.pb.h"
#include "tests/server/queriertestutil.h"
#include "tests/server/servertestutil.h"

#include <httplib.h>

#include <QJsonArray>
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
        // a Connect client's compressed request (Content-Encoding: gzip)
        const QByteArray packed = servertest::gzip(QByteArray::fromStdString(body));
        result = client.Post("/querier.v1.QuerierService/SelectMergeStacktraces",
                             {{"Content-Encoding", "gzip"}}, packed.constData(),
                             size_t(packed.size()), "application/json");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QVERIFY(result->body.find("\"total\":\"6\"") != std::string::npos);

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

    void pyroscopeServerServesWhatItIngests()
    {
        // pyrograph serve's routes: a push to /ingest, then the read API finds it.
        servertest::TestServer server;
        QCOMPARE(server.error(), QString());
        auto client = server.client();
        const std::string from = std::to_string(t0 / 1000);
        const std::string until = std::to_string(t0 / 1000 + 10);
        auto pushed = client->Post("/ingest?name=shop.cpu%7Benv%3Dprod%7D&from=" + from + "&until="
                                       + until + "&format=folded&spyName=gospy&sampleRate=100",
                                   "main;foo 3\nmain;bar 2\nmain 1\n", "text/plain");
        QVERIFY(pushed);
        QCOMPARE(pushed->status, 200);

        auto types =
            client->Post("/querier.v1.QuerierService/ProfileTypes", "{}", "application/json");
        QVERIFY(types);
        QCOMPARE(types->status, 200);
        const QJsonArray list = QJsonDocument::fromJson(QByteArray::fromStdString(types->body))
                                    .object()
                                    .value(QLatin1String("profileTypes"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        const std::string type =
            list.at(0).toObject().value(QLatin1String("ID")).toString().toStdString();

        querier::v1::SelectMergeStacktracesRequest request;
        request.set_profile_typeid(type);
        request.set_label_selector("{service_name=\"shop\",env=\"prod\"}");
        request.set_start(t0);
        request.set_end(t0 + 10000);
        auto merged = client->Post("/querier.v1.QuerierService/SelectMergeStacktraces",
                                   request.SerializeAsString(), "application/proto");
        QVERIFY(merged);
        QCOMPARE(merged->status, 200);
        querier::v1::SelectMergeStacktracesResponse response;
        QVERIFY(response.ParseFromString(merged->body));
        const querier::v1::FlameGraph &fg = response.flamegraph();
        QCOMPARE(std::vector<std::string>(fg.names().begin(), fg.names().end()),
                 (std::vector<std::string>{"total", "main", "bar", "foo"}));
        // Whatever unit the ingest gives the samples: bar and foo weigh 2 : 3 of 6.
        QCOMPARE(fg.levels_size(), 3);
        const auto &row = fg.levels(2).values();
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.Get(1) * 3, fg.total());
        QCOMPARE(row.Get(5) * 2, fg.total());

        const httplib::Params params = {
            {"query", type + "{service_name=\"shop\"}"}, {"from", from}, {"until", until}};
        auto render = client->Get("/pyroscope/render", params, httplib::Headers());
        QVERIFY(render);
        QCOMPARE(render->status, 200);
        const QJsonObject top =
            QJsonDocument::fromJson(QByteArray::fromStdString(render->body)).object();
        QCOMPARE(qint64(top.value(QLatin1String("flamebearer"))
                            .toObject()
                            .value(QLatin1String("numTicks"))
                            .toDouble()),
                 fg.total());
    }
};

PYROGRAPH_TEST_MAIN(tst_QuerierRoutes)
#include "tst_querierroutes.moc"
