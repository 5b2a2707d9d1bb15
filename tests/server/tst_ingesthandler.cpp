#include "tests/support/testregistry.h"

#include "server/ingestname.h"
#include "tests/server/servertestutil.h"

#include "profile.pb.h"

#include <QTest>
#include <QUrlQuery>

#include <map>

using namespace servertest;

namespace {

std::string ingestPath(const std::vector<std::pair<QString, QString>> &parameters,
                       const char *path = "/ingest")
{
    QUrlQuery query;
    for (const auto &[name, value] : parameters)
        query.addQueryItem(QString(name).replace(u'+', QStringLiteral("%2B")),
                           QString(value)
                               .replace(u'%', QStringLiteral("%25"))
                               .replace(u'+', QStringLiteral("%2B"))
                               .replace(u'&', QStringLiteral("%26"))
                               .replace(u'#', QStringLiteral("%23")));
    return std::string(path) + "?" + query.toString(QUrl::FullyEncoded).toStdString();
}

// The shape .NET's exporter wrote: every function id 0, function i being
// location i's, each location's line naming the location's id.
QByteArray withZeroFunctionIds(const QByteArray &bytes)
{
    perftools::profiles::Profile p;
    if (!p.ParseFromArray(bytes.constData(), int(bytes.size()))
        || p.function_size() != p.location_size())
        return {};
    std::map<quint64, int> functionIndex;
    for (int i = 0; i < p.function_size(); ++i)
        functionIndex[p.function(i).id()] = i;
    perftools::profiles::Profile out = p;
    out.clear_function();
    for (int i = 0; i < p.location_size(); ++i) {
        auto *location = out.mutable_location(i);
        if (location->line_size() != 1)
            return {};
        *out.add_function() = p.function(functionIndex[location->line(0).function_id()]);
        out.mutable_function(i)->set_id(0);
        location->mutable_line(0)->set_function_id(location->id());
    }
    const std::string serialized = out.SerializeAsString();
    return QByteArray(serialized.data(), qsizetype(serialized.size()));
}

const std::vector<SampleType> cpuTypes{{"samples", "count"}, {"cpu", "nanoseconds"}};

} // namespace

class tst_IngestHandler : public QObject
{
    Q_OBJECT

private slots:
    void nameParsing()
    {
        QString error;
        auto name =
            IngestName::parse("my.app.cpu{env=prod, region = eu-west-1,version=1.2.3}", &error);
        QVERIFY2(name, qPrintable(error));
        QCOMPARE(name->app, "my.app.cpu");
        QCOMPARE(name->serviceName(), "my.app");
        QCOMPARE(name->typeSuffix(), "cpu");
        QCOMPARE(name->labels,
                 (Labels{{"env", "prod"}, {"region", "eu-west-1"}, {"version", "1.2.3"}}));
        name = IngestName::parse("plain", &error);
        QVERIFY(name);
        QCOMPARE(name->serviceName(), "plain");
        QCOMPARE(name->typeSuffix(), "cpu");
        QVERIFY(name->labels.empty());
        name = IngestName::parse("app.cpu{}", &error);
        QVERIFY(name && name->labels.empty());
        // values are unquoted and kept verbatim, markup included
        name = IngestName::parse("app{html=<script>alert(1)</script>,q=\"x\"}", &error);
        QVERIFY2(name, qPrintable(error));
        QCOMPARE(labelValue(name->labels, "html"), "<script>alert(1)</script>");
        QCOMPARE(labelValue(name->labels, "q"), "\"x\"");
        for (const char *bad : {"", "{env=prod}", "app{env}", "app{env=prod", "app{=x}",
                                "app{b@d=1}", "app}{", "app{a={}}"}) {
            QVERIFY2(!IngestName::parse(bad, &error), bad);
            QVERIFY2(error.startsWith(QStringLiteral("name: ")), qPrintable(error));
        }
    }

    void foldedIsTheDefault()
    {
        TestServer t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        auto client = t.client();
        const auto result =
            client->Post(ingestPath({{"name", "shop.cpu{env=prod,region=eu,otel.scope.name=sdk}"},
                                     {"from", "1700000000"},
                                     {"until", "1700000010"},
                                     {"spyName", "rbspy"},
                                     {"sampleRate", "100"}}),
                         "main;work 3\nmain;idle 1\n", "text/plain");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "shop");
        QCOMPARE(labelValue(stored[0].labels, "env"), "prod");
        QCOMPARE(labelValue(stored[0].labels, "region"), "eu");
        QCOMPARE(labelValue(stored[0].labels, "pyroscope_spy"), "rbspy");
        QCOMPARE(labelValue(stored[0].labels, "otel_scope_name"),
                 "sdk"); // dots sanitized as Pyroscope does
        QCOMPARE(stored[0].startMs, 1700000000000);
        QCOMPARE(stored[0].endMs, 1700000010000);
        QCOMPARE(stored[0].origin, ProfileOrigin::Push);
        QVERIFY(stored[0].source.starts_with("POST /ingest from 127.0.0.1"));
        QCOMPARE(stored[0].types,
                 std::vector<std::string>{"process_cpu:cpu:nanoseconds:cpu:nanoseconds"});
        // 100 Hz: each sample is 10 ms of CPU, stored in nanoseconds as Pyroscope does
        const ProfilePtr merged = t.merged(stored[0].types[0]);
        QVERIFY(merged);
        QCOMPARE(totalAt(merged, {"main", "work"}), 30000000);
        QCOMPARE(merged->total(0), 40000000);
    }

    // A count the sum limit allows, times the period, leaves qint64 (found by
    // the ingest fuzz target): refused by name, and nothing is stored.
    void countTimesPeriodPastQint64IsRefused()
    {
        TestServer t;
        auto client = t.client();
        const auto result = client->Post(ingestPath({{"name", "shop.cpu"}, {"sampleRate", "100"}}),
                                         "main;work 2222222222222222221\n", "text/plain");
        QVERIFY(result);
        QCOMPARE(result->status, 422); // as for a body that imports with an error
        QVERIFY2(result->body.find("add up past") != std::string::npos, result->body.c_str());
        QVERIFY(t.stored().empty());
    }

    void everyFormat()
    {
        TestServer t;
        auto client = t.client();
        // /pyroscope/ingest is the same handler
        auto result = client->Post(ingestPath({{"name", "a.cpu"}}, "/pyroscope/ingest"), "x;y 2\n",
                                   "text/plain");
        QCOMPARE(result->status, 200);
        // lines: a stack per line, each one sample
        result = client->Post(ingestPath({{"name", "b.cpu"}, {"format", "lines"}}),
                              "main;work\nmain;work\n\nmain;idle\n", "text/plain");
        QCOMPARE(result->status, 200);
        // gzipped folded
        result = client->Post(ingestPath({{"name", "c.cpu"}}), text(gzip("g;z 5\n")),
                              "application/octet-stream");
        QCOMPARE(result->status, 200);
        // pprof, raw and gzipped
        const QByteArray goCpu = readCorpus(QStringLiteral("pprof/go-cpu.pb.gz"));
        QVERIFY(!goCpu.isEmpty());
        result = client->Post(ingestPath({{"name", "d.cpu"}, {"format", "pprof"}}), text(goCpu),
                              "application/octet-stream");
        QCOMPARE(result->status, 200);
        // speedscope
        const QByteArray speedscope =
            readCorpus(QStringLiteral("speedscope/simple-evented.speedscope.json"));
        result = client->Post(ingestPath({{"name", "e.cpu"}, {"format", "speedscope"}}),
                              text(speedscope), "application/json");
        QVERIFY2(result->status == 200, result->body.c_str());
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(5));
        std::map<std::string, StoredProfileInfo> byService;
        for (const auto &info : stored)
            byService[labelValue(info.labels, "service_name")] = info;
        QCOMPARE(byService.size(), size_t(5));
        const ProfilePtr lines = t.merged(byService["b"].types[0]);
        QVERIFY(lines);
        // b's profile alone: the merge is over every service, so look at b's stack
        QCOMPARE(totalAt(lines, {"main", "work"}), 20000000);
        QCOMPARE(totalAt(lines, {"main", "idle"}), 10000000);
        QVERIFY(lines->findPath({"g", "z"}).isValid());
        // pprof names its own types
        QVERIFY(std::find(byService["d"].types.begin(), byService["d"].types.end(),
                          "process_cpu:cpu:nanoseconds:cpu:nanoseconds")
                != byService["d"].types.end());
    }

    // The Go SDK (pyroscope-go upstream/remote): a multipart form with a gzipped
    // pprof as "profile" (file profile.pprof), for cumulative types the previous
    // one as "prev_profile", name "app.cpu{tags}" and no format.
    void goSdkMultipart()
    {
        TestServer t;
        auto client = t.client();
        const QByteArray profile = gzip(pprof(cpuTypes, {{{"main", "handler"}, {7, 70000000}}}));
        httplib::MultipartFormDataItems items{
            {"profile", text(profile), "profile.pprof", "application/octet-stream"}};
        const auto result =
            client->Post(ingestPath({{"name", "simple.golang.app.cpu{hostname=box,env=dev}"},
                                     {"from", "1700000000"},
                                     {"until", "1700000010"},
                                     {"spyName", "gospy"},
                                     {"sampleRate", "100"},
                                     {"units", "samples"},
                                     {"aggregationType", "sum"}}),
                         items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "simple.golang.app");
        QCOMPARE(labelValue(stored[0].labels, "hostname"), "box");
        QCOMPARE(labelValue(stored[0].labels, "pyroscope_spy"), "gospy");
        QCOMPARE(stored[0].types,
                 (std::vector<std::string>{"process_cpu:samples:count:cpu:nanoseconds",
                                           "process_cpu:cpu:nanoseconds:cpu:nanoseconds"}));
        const ProfilePtr merged = t.merged("process_cpu:cpu:nanoseconds:cpu:nanoseconds");
        QCOMPARE(totalAt(merged, {"main", "handler"}), 70000000);
    }

    // prev_profile: a cumulative profile (Go's allocs) and the one before it;
    // stored is their difference, per stack, for the cumulative types only.
    void prevProfileStoresTheDifference()
    {
        TestServer t;
        auto client = t.client();
        const std::vector<SampleType> heap{{"alloc_objects", "count"},
                                           {"alloc_space", "bytes"},
                                           {"inuse_objects", "count"},
                                           {"inuse_space", "bytes"}};
        const QByteArray previous =
            pprof(heap, {{{"main", "alloc"}, {4, 400, 1, 100}}, {{"main", "old"}, {9, 900, 0, 0}}},
                  524288, {"space", "bytes"});
        const QByteArray current = pprof(heap,
                                         {{{"main", "alloc"}, {10, 1000, 2, 200}},
                                          {{"main", "old"}, {9, 900, 0, 0}},
                                          {{"main", "fresh"}, {3, 300, 3, 300}}},
                                         524288, {"space", "bytes"});
        httplib::MultipartFormDataItems items{
            {"profile", text(gzip(current)), "profile.pprof", "application/octet-stream"},
            {"prev_profile", text(gzip(previous)), "profile.pprof", "application/octet-stream"}};
        const auto result = client->Post(
            ingestPath({{"name", "heapy.alloc_objects{}"}, {"spyName", "gospy"}}), items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "heapy");
        const ProfilePtr allocs = t.merged("memory:alloc_objects:count:space:bytes");
        QVERIFY(allocs);
        QCOMPARE(totalAt(allocs, {"main", "alloc"}), 6);
        QCOMPARE(totalAt(allocs, {"main", "fresh"}), 3);
        QVERIFY(!allocs->findPath({"main", "old"}).isValid()); // 9 - 9: nothing allocated since
        // in-use types are not cumulative: kept as they are
        const ProfilePtr inuse = t.merged("memory:inuse_space:bytes:space:bytes");
        QVERIFY(inuse);
        QCOMPARE(totalAt(inuse, {"main", "alloc"}), 200);
    }

    // The Java SDK (pyroscope-java PyroscopeExporter, pprof format): the
    // gzipped pprof as the raw body, format=pprof, name "app.itimer{tags}".
    void javaSdkPprofBody()
    {
        TestServer t;
        auto client = t.client();
        const QByteArray profile = gzip(
            pprof({{"cpu", "nanoseconds"}}, {{{"java.lang.Thread.run", "App.work"}, {50000000}}}));
        const auto result = client->Post(ingestPath({{"name", "java.app.itimer{env=staging}"},
                                                     {"format", "pprof"},
                                                     {"from", "1700000000"},
                                                     {"until", "1700000010"},
                                                     {"spyName", "javaspy"},
                                                     {"sampleRate", "100"}}),
                                         text(profile), "application/x-protobuf");
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "java.app");
        QCOMPARE(labelValue(stored[0].labels, "env"), "staging");
        QCOMPARE(labelValue(stored[0].labels, "pyroscope_spy"), "javaspy");
    }

    // The .NET SDK: multipart with the pprof and a sample_type_config; its
    // profiles have had every function id 0, which Pyroscope accepts.
    void dotnetSdkMultipartWithFunctionIdZero()
    {
        TestServer t;
        auto client = t.client();
        // function i belongs to location i; every function id 0
        QByteArray raw = pprof({{"cpu", "nanoseconds"}, {"alloc_samples", "count"}},
                               {{{"Program.Main", "Worker.Run"}, {30000000, 2}}});
        const QByteArray dotnet = withZeroFunctionIds(raw);
        QVERIFY(!dotnet.isEmpty());
        const QByteArray config = R"({"cpu":{"units":"nanoseconds","display-name":"cpu"},
                                      "alloc_samples":{"units":"count","display-name":"alloc_samples"}})";
        httplib::MultipartFormDataItems items{
            {"profile", text(gzip(dotnet)), "profile.pprof", "application/octet-stream"},
            {"sample_type_config", text(config), "sample_type_config.json",
             "application/octet-stream"}};
        const auto result = client->Post(
            ingestPath({{"name", "dotnet.app{env=win}"}, {"spyName", "dotnetspy"}}), items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "dotnet.app");
        QCOMPARE(stored[0].types.size(), size_t(2));
        const ProfilePtr merged = t.merged(stored[0].types[0]);
        QVERIFY(merged && merged->findPath({"Program.Main", "Worker.Run"}).isValid());
    }

    void sampleTypeConfigKeepsOnlyItsTypes()
    {
        TestServer t;
        auto client = t.client();
        const QByteArray profile = pprof(cpuTypes, {{{"main"}, {1, 10}}});
        httplib::MultipartFormDataItems items{
            {"profile", text(profile), "profile.pprof", "application/octet-stream"},
            {"sample_type_config", R"({"cpu":{"units":"nanoseconds"}})", "sample_type_config.json",
             ""}};
        auto result = client->Post(ingestPath({{"name", "cfg.cpu"}}), items);
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].types,
                 std::vector<std::string>{"process_cpu:cpu:nanoseconds:cpu:nanoseconds"});
        // a config that is not JSON is a bad request, and stores nothing
        items[1].content = "{not json";
        result = client->Post(ingestPath({{"name", "cfg.cpu"}}), items);
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("sample_type_config") != std::string::npos,
                 result->body.c_str());
        QCOMPARE(t.stored().size(), size_t(1));
    }

    // Every refusal says what was wrong, and leaves nothing stored.
    void badRequests()
    {
        ServerOptions options = TestServer::withoutRetention();
        options.maxDecompressedBytes = 1 << 20;
        TestServer t(options);
        auto client = t.client();
        const auto post = [&](const std::vector<std::pair<QString, QString>> &query,
                              const QByteArray &body) {
            return client->Post(ingestPath(query), text(body), "application/octet-stream");
        };
        auto result = post({}, "a;b 1\n");
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("name") != std::string::npos, result->body.c_str());
        result = post({{"name", "app{k}"}}, "a;b 1\n");
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("name:") != std::string::npos, result->body.c_str());
        result = post({{"name", "app.cpu"}, {"from", "yesterday"}}, "a;b 1\n");
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("from") != std::string::npos, result->body.c_str());
        result = post({{"name", "app.cpu"}, {"until", "soon"}}, "a;b 1\n");
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("until") != std::string::npos, result->body.c_str());
        result = post({{"name", "app.cpu"}, {"format", "jpeg"}}, "a;b 1\n");
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("format") != std::string::npos, result->body.c_str());
        result = post({{"name", "app.cpu"}}, "");
        QCOMPARE(result->status, 400);
        // a body that is not a profile of its format: Pyroscope's 422
        result = post({{"name", "app.cpu"}, {"format", "pprof"}}, "this is no pprof at all");
        QCOMPARE(result->status, 422);
        QVERIFY2(result->body.find("pprof") != std::string::npos, result->body.c_str());
        result = post({{"name", "app.cpu"}, {"format", "speedscope"}}, "{\"shared\": 1");
        QCOMPARE(result->status, 422);
        result = post({{"name", "app.cpu"}}, "\x01\x02 not folded");
        QCOMPARE(result->status, 422);
        const QByteArray gzipped = gzip(pprof(cpuTypes, {{{"main"}, {1, 10}}}));
        result = post({{"name", "app.cpu"}, {"format", "pprof"}}, gzipped.left(gzipped.size() / 2));
        QCOMPARE(result->status, 422);
        QVERIFY2(result->body.find("truncated") != std::string::npos, result->body.c_str());
        // a gzip bomb: 413, without inflating it all
        const QByteArray bomb = gzip(QByteArray(64 << 20, 'a'));
        result = post({{"name", "app.cpu"}}, bomb);
        QCOMPARE(result->status, 413);
        QVERIFY2(result->body.find("bomb") != std::string::npos, result->body.c_str());
        // multipart without a profile
        httplib::MultipartFormDataItems items{{"other", "x", "x.bin", ""}};
        result = client->Post(ingestPath({{"name", "app.cpu"}}), items);
        QCOMPARE(result->status, 400);
        QVERIFY2(result->body.find("profile") != std::string::npos, result->body.c_str());
        QVERIFY(t.stored().empty());
        // and the server still takes a good one
        QCOMPARE(post({{"name", "app.cpu"}}, "a;b 1\n")->status, 200);
        QCOMPARE(t.stored().size(), size_t(1));
    }

    // Names and labels are stored as sent, markup and quotes included, and
    // break neither the request nor the library.
    void hostileNamesStoredVerbatim()
    {
        TestServer t;
        auto client = t.client();
        const QString name =
            QStringLiteral("<script>alert('x')</script>.cpu{tag=<img src=x onerror=alert(1)>,"
                           "sql=1'; DROP TABLE profiles; --,emoji=\U0001F525}");
        const auto result =
            client->Post(ingestPath({{"name", name}}), "evil;<b>frame</b> 1\n", "text/plain");
        QVERIFY2(result && result->status == 200, result ? result->body.c_str() : "no response");
        const auto stored = t.stored();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(labelValue(stored[0].labels, "service_name"), "<script>alert('x')</script>");
        QCOMPARE(labelValue(stored[0].labels, "tag"), "<img src=x onerror=alert(1)>");
        QCOMPARE(labelValue(stored[0].labels, "sql"), "1'; DROP TABLE profiles; --");
        QCOMPARE(labelValue(stored[0].labels, "emoji"), "\xF0\x9F\x94\xA5");
        const ProfilePtr merged = t.merged(stored[0].types[0]);
        QVERIFY(merged->findPath({"evil", "<b>frame</b>"}).isValid());
        QCOMPARE(client->Get("/ready")->status, 200);
    }

    void tokenGuardsIngest()
    {
        ServerOptions options = TestServer::withoutRetention();
        options.token = "t0ken";
        TestServer t(options);
        auto client = t.client();
        QCOMPARE(client->Post(ingestPath({{"name", "app.cpu"}}), "a 1\n", "text/plain")->status,
                 401);
        QCOMPARE(client->Get("/ready")->status, 401);
        client->set_bearer_token_auth("t0ken");
        QCOMPARE(client->Post(ingestPath({{"name", "app.cpu"}}), "a 1\n", "text/plain")->status,
                 200);
        QCOMPARE(t.stored().size(), size_t(1));
        QCOMPARE(t.server().pushesReceived(), 1);
    }

    void refusesAnOpenNetworkAddressWithoutAToken()
    {
        ServerOptions options = TestServer::withoutRetention();
        options.host = "0.0.0.0";
        options.port = 0;
        QTemporaryDir dir;
        options.libraryFile = dir.filePath(QStringLiteral("l.sqlite"));
        PyroscopeServer server(options);
        const QString error = server.start();
        QVERIFY2(error.contains(QStringLiteral("--token")), qPrintable(error));
        QVERIFY(!server.isRunning());
        options.noAuth = true;
        PyroscopeServer open(options);
        QVERIFY2(open.start().isEmpty(), "--no-auth allows it");
        open.stop();
    }
};

PYROGRAPH_TEST_MAIN(tst_IngestHandler)
#include "tst_ingesthandler.moc"
