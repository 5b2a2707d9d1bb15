#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "server/querierservice.h"

#include "tests/server/queriertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace queriertest;

namespace {
std::string path(const char *method)
{
    return std::string(QuerierService::pathPrefix) + method;
}

QJsonObject object(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

template<typename Message> Message parsed(const HttpResponse &response)
{
    Message m;
    if (response.contentType != "application/proto"
        || !m.ParseFromArray(response.body.constData(), int(response.body.size())))
        qWarning("not a binary %s: %s", m.GetTypeName().c_str(), response.body.constData());
    return m;
}

std::vector<std::vector<qint64>> levels(const querier::v1::FlameGraph &fg)
{
    std::vector<std::vector<qint64>> out;
    for (const auto &level : fg.levels())
        out.emplace_back(level.values().begin(), level.values().end());
    return out;
}

std::vector<std::string> strings(const google::protobuf::RepeatedPtrField<std::string> &field)
{
    return {field.begin(), field.end()};
}

QByteArray mergeJson(const char *selector, const char *extra = "")
{
    return QByteArray("{\"profileTypeID\":\"") + cpu.c_str() + "\",\"labelSelector\":\"" + selector
        + "\",\"start\":\"" + QByteArray::number(t0) + "\",\"end\":\""
        + QByteArray::number(t0 + 60000) + "\"" + extra + "}";
}
} // namespace

class tst_QuerierService : public QObject
{
    Q_OBJECT

    Fixture fixture;
    std::unique_ptr<QuerierService> service;

    void expectError(const HttpResponse &response, int status, const char *code,
                     const char *messagePart)
    {
        QCOMPARE(response.status, status);
        QCOMPARE(response.contentType, std::string("application/json"));
        const QJsonObject body = object(response);
        QCOMPARE(body.value(QLatin1String("code")).toString(), QLatin1String(code));
        const QString message = body.value(QLatin1String("message")).toString();
        if (!message.contains(QLatin1String(messagePart)))
            qWarning("message: %s", qPrintable(message));
        QVERIFY(message.contains(QLatin1String(messagePart)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fixture.fill());
        service = std::make_unique<QuerierService>(*fixture.library);
    }

    void pathsAreTheEightMethods()
    {
        QCOMPARE(QuerierService::paths().size(), size_t(8));
        QCOMPARE(QuerierService::paths().front(),
                 std::string("/querier.v1.QuerierService/ProfileTypes"));
    }

    void profileTypesJsonAndBinary()
    {
        const HttpResponse json = service->handle(post(path("ProfileTypes"), "{}"));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.contentType, std::string("application/json"));
        const QJsonArray types = object(json).value(QLatin1String("profileTypes")).toArray();
        QCOMPARE(types.size(), 1);
        const QJsonObject type = types.at(0).toObject();
        QCOMPARE(type.value(QLatin1String("ID")).toString(), QString::fromStdString(cpu));
        QCOMPARE(type.value(QLatin1String("name")).toString(), QLatin1String("process_cpu"));
        QCOMPARE(type.value(QLatin1String("sampleType")).toString(), QLatin1String("cpu"));
        QCOMPARE(type.value(QLatin1String("periodUnit")).toString(), QLatin1String("nanoseconds"));

        const auto binary = parsed<querier::v1::ProfileTypesResponse>(
            service->handle(postProto(path("ProfileTypes"), querier::v1::ProfileTypesRequest())));
        QCOMPARE(binary.profile_types_size(), 1);
        QCOMPARE(binary.profile_types(0).id(), cpu);
        // Nothing stored in that range.
        querier::v1::ProfileTypesRequest early;
        early.set_start(1000);
        early.set_end(2000);
        QCOMPARE(parsed<querier::v1::ProfileTypesResponse>(
                     service->handle(postProto(path("ProfileTypes"), early)))
                     .profile_types_size(),
                 0);
    }

    void labelNamesAndValues()
    {
        const HttpResponse names = service->handle(
            post(path("LabelNames"), "{\"matchers\":[\"{service_name=\\\"app\\\"}\"]}"));
        QCOMPARE(names.status, 200);
        const QJsonArray list = object(names).value(QLatin1String("names")).toArray();
        QVERIFY(list.contains(QLatin1String("region")));
        QVERIFY(list.contains(QLatin1String("service_name")));

        types::v1::LabelValuesRequest request;
        request.set_name("region");
        const auto values = parsed<types::v1::LabelValuesResponse>(
            service->handle(postProto(path("LabelValues"), request)));
        QCOMPARE(strings(values.names()), (std::vector<std::string>{"eu", "us"}));
        const HttpResponse json =
            service->handle(post(path("LabelValues"), "{\"name\":\"service_name\"}"));
        QCOMPARE(object(json).value(QLatin1String("names")).toArray(),
                 (QJsonArray{QLatin1String("app"), QLatin1String("db")}));
    }

    void series()
    {
        querier::v1::SeriesRequest request;
        request.add_matchers("{service_name=\"app\"}");
        request.add_label_names("region");
        request.add_label_names("service_name");
        const auto response = parsed<querier::v1::SeriesResponse>(
            service->handle(postProto(path("Series"), request)));
        QCOMPARE(response.labels_set_size(), 2);
        QCOMPARE(response.labels_set(0).labels_size(), 2);
        QCOMPARE(response.labels_set(0).labels(0).name(), std::string("region"));
        QCOMPARE(response.labels_set(0).labels(0).value(), std::string("eu"));
        QCOMPARE(response.labels_set(1).labels(0).value(), std::string("us"));
        const HttpResponse json = service->handle(post(
            path("Series"),
            "{\"matchers\":[\"{service_name=\\\"db\\\"}\"],\"labelNames\":[\"service_name\"]}"));
        QCOMPARE(
            QJsonDocument(object(json)).toJson(QJsonDocument::Compact),
            QByteArray(
                "{\"labelsSet\":[{\"labels\":[{\"name\":\"service_name\",\"value\":\"db\"}]}]}"));
    }

    void selectMergeStacktracesJson()
    {
        // The tiny profile alone, hand-checked as Pyroscope lays it out:
        // main@0 (6, self 1); bar@1 (2) after main's self, foo@3 (3).
        const HttpResponse response =
            service->handle(post(path("SelectMergeStacktraces"), mergeJson("{region=\\\"eu\\\"}")));
        QCOMPARE(response.status, 200);
        QCOMPARE(
            response.body,
            QByteArray(
                "{\"flamegraph\":{\"names\":[\"total\",\"main\",\"bar\",\"foo\"],\"levels\":["
                "{\"values\":[\"0\",\"6\",\"0\",\"0\"]},{\"values\":[\"0\",\"6\",\"1\",\"1\"]},"
                "{\"values\":[\"1\",\"2\",\"2\",\"2\",\"0\",\"3\",\"3\",\"3\"]}],"
                "\"total\":\"6\",\"maxSelf\":\"3\"}}"));
    }

    void selectMergeStacktracesBinaryWithMaxNodes()
    {
        querier::v1::SelectMergeStacktracesRequest request;
        request.set_profile_typeid(cpu);
        request.set_label_selector("{service_name=\"app\"}");
        request.set_start(t0);
        request.set_end(t0 + 60000);
        auto fg = parsed<querier::v1::SelectMergeStacktracesResponse>(
                      service->handle(postProto(path("SelectMergeStacktraces"), request)))
                      .flamegraph();
        // Both app pushes: foo 4, bar 2, main self 1.
        QCOMPARE(fg.total(), 7);
        QCOMPARE(strings(fg.names()), (std::vector<std::string>{"total", "main", "bar", "foo"}));
        QCOMPARE(levels(fg),
                 (std::vector<std::vector<qint64>>{
                     {0, 7, 0, 0}, {0, 7, 1, 1}, {1, 2, 2, 2, 0, 4, 4, 3}}));
        // Two nodes: the cut is foo's 4, so bar (2) becomes "other" after foo.
        request.set_max_nodes(2);
        fg = parsed<querier::v1::SelectMergeStacktracesResponse>(
                 service->handle(postProto(path("SelectMergeStacktraces"), request)))
                 .flamegraph();
        QCOMPARE(strings(fg.names()), (std::vector<std::string>{"total", "main", "foo", "other"}));
        QCOMPARE(levels(fg),
                 (std::vector<std::vector<qint64>>{
                     {0, 7, 0, 0}, {0, 7, 1, 1}, {1, 4, 4, 2, 0, 2, 2, 3}}));
        QCOMPARE(fg.max_self(), 4);
    }

    void selectMergeStacktracesCallSite()
    {
        // Only the stacks under main;foo, whole: main's own self goes too.
        const HttpResponse response =
            service->handle(post(path("SelectMergeStacktraces"),
                                 mergeJson("{service_name=\\\"app\\\"}",
                                           ",\"stackTraceSelector\":{\"callSite\":[{\"name\":"
                                           "\"main\"},{\"name\":\"foo\"}]}")));
        QCOMPARE(response.status, 200);
        const QJsonObject fg = object(response).value(QLatin1String("flamegraph")).toObject();
        QCOMPARE(QJsonDocument(fg).toJson(QJsonDocument::Compact),
                 QByteArray("{\"levels\":[{\"values\":[\"0\",\"4\",\"0\",\"0\"]},{\"values\":["
                            "\"0\",\"4\",\"0\","
                            "\"1\"]},{\"values\":[\"0\",\"4\",\"4\",\"2\"]}],\"maxSelf\":\"4\","
                            "\"names\":[\"total\","
                            "\"main\",\"foo\"],\"total\":\"4\"}"));
        // A call site no stack has: nothing.
        querier::v1::SelectMergeStacktracesRequest request;
        request.set_profile_typeid(cpu);
        request.mutable_stack_trace_selector()->add_call_site()->set_name("nowhere");
        const auto empty = parsed<querier::v1::SelectMergeStacktracesResponse>(
            service->handle(postProto(path("SelectMergeStacktraces"), request)));
        QCOMPARE(empty.flamegraph().total(), 0);
    }

    void selectMergeStacktracesEmpty()
    {
        const auto fg =
            parsed<querier::v1::SelectMergeStacktracesResponse>(
                service->handle(postProto(path("SelectMergeStacktraces"),
                                          [] {
                                              querier::v1::SelectMergeStacktracesRequest r;
                                              r.set_profile_typeid(cpu);
                                              r.set_label_selector("{service_name=\"nobody\"}");
                                              return r;
                                          }())))
                .flamegraph();
        QCOMPARE(fg.total(), 0);
        QCOMPARE(levels(fg), (std::vector<std::vector<qint64>>{{0, 0, 0, 0}}));
    }

    void selectMergeProfileIsPprof()
    {
        querier::v1::SelectMergeProfileRequest request;
        request.set_profile_typeid(cpu);
        request.set_label_selector("{service_name=\"app\"}");
        const auto profile = parsed<google::v1::Profile>(
            service->handle(postProto(path("SelectMergeProfile"), request)));
        QCOMPARE(profile.sample_type_size(), 1);
        QCOMPARE(profile.string_table(int(profile.sample_type(0).type())), std::string("cpu"));
        QCOMPARE(profile.string_table(int(profile.sample_type(0).unit())),
                 std::string("nanoseconds"));
        qint64 sum = 0;
        for (const auto &sample : profile.sample())
            sum += sample.value(0);
        QCOMPARE(sum, 7);
        // max_nodes: the 2 largest nodes below the root stay (main 7, foo 4);
        // bar (2) is folded into "other", and the total stays
        request.set_max_nodes(2);
        const auto cut = parsed<google::v1::Profile>(
            service->handle(postProto(path("SelectMergeProfile"), request)));
        std::map<std::string, qint64> stacks;
        for (const auto &sample : cut.sample()) {
            std::string stack;
            for (const quint64 locationId : sample.location_id())
                for (const auto &location : cut.location())
                    if (location.id() == locationId)
                        for (const auto &line : location.line())
                            for (const auto &function : cut.function())
                                if (function.id() == line.function_id())
                                    stack = cut.string_table(int(function.name()))
                                        + (stack.empty() ? "" : ";") + stack;
            stacks[stack] += sample.value(0);
        }
        QCOMPARE(stacks, (std::map<std::string, qint64>{
                             {"main", 1}, {"main;foo", 4}, {"main;other", 2}}));
        const HttpResponse json =
            service->handle(post(path("SelectMergeProfile"), mergeJson("{}")));
        QCOMPARE(json.status, 200);
        QVERIFY(object(json).value(QLatin1String("sample")).toArray().size() >= 3);
    }

    void selectSeriesStepGroupByAndAverage()
    {
        querier::v1::SelectSeriesRequest request;
        request.set_profile_typeid(cpu);
        request.set_label_selector("{service_name=\"app\"}");
        request.set_start(t0);
        request.set_end(t0 + 60000);
        request.set_step(10);
        auto response = parsed<querier::v1::SelectSeriesResponse>(
            service->handle(postProto(path("SelectSeries"), request)));
        QCOMPARE(response.series_size(), 1);
        QCOMPARE(response.series(0).points_size(), 2);
        QCOMPARE(response.series(0).points(0).timestamp(), t0);
        QCOMPARE(response.series(0).points(0).value(), 6.0);
        QCOMPARE(response.series(0).points(1).timestamp(), t0 + 10000);
        QCOMPARE(response.series(0).points(1).value(), 1.0);
        // One step of a minute sums both, or averages them.
        request.set_step(60);
        response = parsed<querier::v1::SelectSeriesResponse>(
            service->handle(postProto(path("SelectSeries"), request)));
        QCOMPARE(response.series(0).points_size(), 1);
        QCOMPARE(response.series(0).points(0).value(), 7.0);
        request.set_aggregation(types::v1::TIME_SERIES_AGGREGATION_TYPE_AVERAGE);
        response = parsed<querier::v1::SelectSeriesResponse>(
            service->handle(postProto(path("SelectSeries"), request)));
        QCOMPARE(response.series(0).points(0).value(), 3.5);
        // Grouped by region: one series each.
        request.clear_aggregation();
        request.add_group_by("region");
        response = parsed<querier::v1::SelectSeriesResponse>(
            service->handle(postProto(path("SelectSeries"), request)));
        QCOMPARE(response.series_size(), 2);
        QCOMPARE(response.series(0).labels(0).value(), std::string("eu"));
        QCOMPARE(response.series(0).points(0).value(), 6.0);
        QCOMPARE(response.series(1).labels(0).value(), std::string("us"));
        QCOMPARE(response.series(1).points(0).value(), 1.0);
        // JSON: timestamps are int64 strings, step a number.
        const HttpResponse json = service->handle(
            post(path("SelectSeries"), mergeJson("{service_name=\\\"db\\\"}", ",\"step\":15")));
        QCOMPARE(json.status, 200);
        const QJsonObject point = object(json)
                                      .value(QLatin1String("series"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("points"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(point.value(QLatin1String("value")).toDouble(), 5.0);
        QVERIFY(point.value(QLatin1String("timestamp")).isString());
    }

    void diffTicks()
    {
        querier::v1::DiffRequest request;
        for (auto [side, selector] : {std::pair(request.mutable_left(), "{region=\"eu\"}"),
                                      std::pair(request.mutable_right(), "{region=\"us\"}")}) {
            side->set_profile_typeid(cpu);
            side->set_label_selector(selector);
            side->set_start(t0);
            side->set_end(t0 + 60000);
        }
        const auto fg =
            parsed<querier::v1::DiffResponse>(service->handle(postProto(path("Diff"), request)))
                .flamegraph();
        QCOMPARE(fg.leftticks(), 6);
        QCOMPARE(fg.rightticks(), 1);
        QCOMPARE(fg.total(), 7);
        QCOMPARE(strings(fg.names()), (std::vector<std::string>{"total", "main", "bar", "foo"}));
        // foo: left x 3 (after bar), 3; right x 0, 1. bar: right 0.
        QCOMPARE(std::vector<qint64>(fg.levels(2).values().begin(), fg.levels(2).values().end()),
                 (std::vector<qint64>{1, 2, 2, 0, 0, 0, 2, 0, 3, 3, 0, 1, 1, 3}));
        const HttpResponse json =
            service->handle(post(path("Diff"),
                                 "{\"left\":" + mergeJson("{region=\\\"eu\\\"}")
                                     + ",\"right\":" + mergeJson("{}") + "}"));
        QCOMPARE(json.status, 200);
        const QJsonObject flamegraph = object(json).value(QLatin1String("flamegraph")).toObject();
        QCOMPARE(flamegraph.value(QLatin1String("leftTicks")).toString(), QLatin1String("6"));
        QCOMPARE(flamegraph.value(QLatin1String("rightTicks")).toString(), QLatin1String("12"));
    }

    void errors()
    {
        expectError(service->handle(post(path("SelectMergeStacktraces"), "{not json")), 400,
                    "invalid_argument", "JSON");
        expectError(
            service->handle(post(path("SelectMergeStacktraces"), "garbage", "application/proto")),
            400, "invalid_argument", "binary");
        expectError(
            service->handle(post(path("SelectMergeStacktraces"), "{\"labelSelector\":\"{}\"}")),
            400, "invalid_argument", "profile_typeID");
        expectError(service->handle(post(path("SelectMergeStacktraces"),
                                         "{\"profileTypeID\":\"cpu\",\"labelSelector\":\"{}\"}")),
                    400, "invalid_argument", "profile_typeID");
        expectError(
            service->handle(post(path("SelectMergeStacktraces"), mergeJson("{service_name=}"))),
            400, "invalid_argument", "label_selector");
        expectError(service->handle(post(path("SelectMergeStacktraces"),
                                         QByteArray("{\"profileTypeID\":\"") + cpu.c_str()
                                             + "\",\"start\":\"5000\",\"end\":\"4000\"}")),
                    400, "invalid_argument", "start");
        expectError(service->handle(post(path("SelectMergeStacktraces"),
                                         mergeJson("{}", ",\"maxNodes\":\"2000000\""))),
                    400, "invalid_argument",
                    "max flamegraph nodes limit 2000000 is greater than allowed 1048576");
        expectError(service->handle(post(path("SelectSeries"), mergeJson("{}"))), 400,
                    "invalid_argument", "step");
        expectError(service->handle(post(path("LabelValues"), "{}")), 400, "invalid_argument",
                    "name");
        expectError(service->handle(post(path("Series"), "{\"matchers\":[\"{a=~\\\"(\\\"}\"]}")),
                    400, "invalid_argument", "matchers");
        expectError(service->handle(post(path("Diff"), "{\"left\":" + mergeJson("{}") + "}")), 400,
                    "invalid_argument", "left and right");
        expectError(
            service->handle(post(path("Diff"), "{\"left\":" + mergeJson("{}") + ",\"right\":{}}")),
            400, "invalid_argument", "right: profile_typeID");
        // An unknown method: connect-go's 404, code unimplemented.
        expectError(service->handle(post(path("SelectHeatmap"), "{}")), 404, "unimplemented",
                    "SelectHeatmap");
        // Another content type: 415; another method: 405.
        HttpResponse response = service->handle(post(path("ProfileTypes"), "{}", "text/plain"));
        QCOMPARE(response.status, 415);
        HttpRequest get = post(path("ProfileTypes"), {});
        get.method = "GET";
        response = service->handle(get);
        QCOMPARE(response.status, 405);
        QCOMPARE(response.headers.at(0), (std::pair<std::string, std::string>("Allow", "POST")));
    }
};

PYROGRAPH_TEST_MAIN(tst_QuerierService)
#include "tst_querierservice.moc"
