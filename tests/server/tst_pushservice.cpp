#include "tests/support/testregistry.h"

#include "tests/server/servertestutil.h"

// The generated types.v1 messages have a field named slots, Qt's keyword.
#undef slots
#include "push/v1/push.pb.h"
#define slots Q_SLOTS

#include <google/protobuf/util/json_util.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace servertest;

namespace {

const char *pushPath = "/push.v1.PusherService/Push";

push::v1::PushRequest request(const std::vector<std::pair<std::string, std::string>> &labels,
                              const std::vector<QByteArray> &samples)
{
    push::v1::PushRequest push;
    auto *series = push.add_series();
    for (const auto &[name, value] : labels) {
        auto *label = series->add_labels();
        label->set_name(name);
        label->set_value(value);
    }
    for (const QByteArray &sample : samples) {
        auto *raw = series->add_samples();
        raw->set_raw_profile(sample.constData(), size_t(sample.size()));
        raw->set_id("00000000-0000-0000-0000-000000000001");
    }
    return push;
}

QByteArray cpuProfile(qint64 work)
{
    return pprof({{"cpu", "nanoseconds"}},
                 {{{"main", "work"}, {work}}, {{"main", "idle"}, {1000}}});
}

QJsonObject errorBody(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

} // namespace

class tst_PushService : public QObject
{
    Q_OBJECT

private slots:
    void binaryPush()
    {
        TestServer t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const auto push =
            request({{"__name__", "process_cpu"}, {"service_name", "pusher"}, {"env", "prod"}},
                    {gzip(cpuProfile(5000)), cpuProfile(7000)});
        const auto result =
            t.client()->Post(pushPath, push.SerializeAsString(), "application/proto");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(result->get_header_value("Content-Type"), "application/proto");
        push::v1::PushResponse response;
        QVERIFY(response.ParseFromString(result->body));
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(2)); // one per sample
        for (const auto &info : stored) {
            QCOMPARE(labelValue(info.labels, "service_name"), "pusher");
            QCOMPARE(labelValue(info.labels, "env"), "prod");
            QCOMPARE(labelValue(info.labels, "__name__"), "<absent>"); // it names the type instead
            QCOMPARE(info.types.size(), size_t(1));
            QVERIFY2(info.types[0].starts_with("process_cpu:cpu:nanoseconds:"),
                     info.types[0].c_str());
            QVERIFY(info.source.starts_with("POST /push.v1.PusherService/Push from 127.0.0.1"));
        }
        const ProfilePtr merged = t.merged(stored[0].types[0]);
        QCOMPARE(totalAt(merged, {"main", "work"}), 12000);
    }

    void jsonPush()
    {
        TestServer t;
        const auto push = request({{"__name__", "memory"}, {"service_name", "json-app"}},
                                  {pprof({{"alloc_space", "bytes"}}, {{{"main", "alloc"}, {4096}}},
                                         524288, {"space", "bytes"})});
        std::string json;
        QVERIFY(google::protobuf::util::MessageToJsonString(push, &json).ok());
        QVERIFY(json.find("rawProfile")
                != std::string::npos); // bytes as base64, as Connect's JSON has them
        const auto result = t.client()->Post(pushPath, json, "application/json");
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        QCOMPARE(result->get_header_value("Content-Type"), "application/json");
        QCOMPARE(result->body, "{}");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "json-app");
        QVERIFY2(stored[0].types[0].starts_with("memory:alloc_space:bytes:"),
                 stored[0].types[0].c_str());
    }

    // A bad sample anywhere refuses the whole push: nothing of it is stored.
    void badPushStoresNothing()
    {
        TestServer t;
        auto push =
            request({{"__name__", "process_cpu"}, {"service_name", "half"}}, {cpuProfile(1)});
        auto *second = push.add_series();
        auto *label = second->add_labels();
        label->set_name("service_name");
        label->set_value("half");
        second->add_samples()->set_raw_profile("definitely not a pprof");
        const auto result =
            t.client()->Post(pushPath, push.SerializeAsString(), "application/proto");
        QCOMPARE(result->status, 400);
        const QJsonObject error = errorBody(result->body);
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_argument"));
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("series 1 sample 0")),
                 result->body.c_str());
        QVERIFY(t.stored().empty());
    }

    void malformedRequests()
    {
        ServerOptions options = TestServer::withoutRetention();
        options.maxDecompressedBytes = 1 << 20;
        TestServer t(options);
        auto client = t.client();
        auto result = client->Post(pushPath, "{\"series\": [", "application/json");
        QCOMPARE(result->status, 400);
        QCOMPARE(errorBody(result->body).value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_argument"));
        result = client->Post(pushPath, "\xff\xff\xff garbage", "application/proto");
        QCOMPARE(result->status, 400);
        result = client->Post(pushPath, "x", "text/html");
        QCOMPARE(result->status, 400);
        QVERIFY(errorBody(result->body)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("text/html")));
        // a truncated gzip
        const QByteArray gz = gzip(cpuProfile(1));
        result = client->Post(
            pushPath,
            request({{"service_name", "x"}}, {gz.left(gz.size() - 10)}).SerializeAsString(),
            "application/proto");
        QCOMPARE(result->status, 400);
        // a gzip bomb
        result = client->Post(
            pushPath,
            request({{"service_name", "x"}}, {gzip(QByteArray(32 << 20, 0))}).SerializeAsString(),
            "application/proto");
        QCOMPARE(result->status, 413);
        QCOMPARE(errorBody(result->body).value(QStringLiteral("code")).toString(),
                 QStringLiteral("resource_exhausted"));
        QVERIFY(t.stored().empty());
    }

    void serviceNameDefaultsAsPyroscope()
    {
        TestServer t;
        const auto result = t.client()->Post(
            pushPath, request({{"__name__", "process_cpu"}}, {cpuProfile(1)}).SerializeAsString(),
            "application/proto");
        QCOMPARE(result->status, 200);
        QCOMPARE(labelValue(t.stored().at(0).labels, "service_name"), "unknown_service");
    }
};

PYROGRAPH_TEST_MAIN(tst_PushService)
#include "tst_pushservice.moc"
