#include "server/renderhandler.h"

#include "importers/flamebearerwriter.h"
#include "library/labels.h"
#include "library/labelselector.h"
#include "library/profiletypeid.h"
#include "server/pyroscopetime.h"
#include "server/pyroscopetimeline.h"
#include "server/querierservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <optional>

namespace {
// One side of a render: what parseSelectProfilesRequest reads in Pyroscope.
struct Query
{
    ProfileTypeId type;
    querier::v1::SelectMergeStacktracesRequest request;
};

HttpResponse badRequest(const std::string &message)
{
    return HttpResponse::text(400, message);
}

HttpResponse failed(const ConnectError &error)
{
    return HttpResponse::text(error.code == "invalid_argument" ? 400 : 500, error.message);
}

std::optional<qint64> integer(const std::string &text)
{
    qint64 value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

// nullopt with *error set when the parameters are wrong.
std::optional<Query> parseQuery(const HttpRequest &http, const std::string &queryName,
                                const std::string &fromName, const std::string &untilName,
                                qint64 nowMs, std::string *error)
{
    const std::string text = http.queryValue(queryName);
    if (text.empty()) {
        *error = "'" + queryName + "' is required";
        return std::nullopt;
    }
    QString parseError;
    const std::optional<LabelSelector> selector = LabelSelector::parse(text, &parseError);
    if (!selector) {
        *error = "failed to parse '" + queryName + "': " + parseError.toStdString();
        return std::nullopt;
    }
    if (selector->metricName().empty()) {
        *error = "'" + queryName + "' must contain a profile-type selection";
        return std::nullopt;
    }
    const std::optional<ProfileTypeId> type = ProfileTypeId::parse(selector->metricName());
    if (!type) {
        *error = "failed to parse '" + queryName + "': \"" + selector->metricName()
            + "\" is not a profile type";
        return std::nullopt;
    }
    Query query{*type, {}};
    query.request.set_profile_typeid(type->toString());
    query.request.set_label_selector(selector->toString());
    for (const auto &[name, set] :
         {std::pair(fromName, &querier::v1::SelectMergeStacktracesRequest::set_start),
          std::pair(untilName, &querier::v1::SelectMergeStacktracesRequest::set_end)}) {
        const std::string value = http.queryValue(name);
        const std::optional<qint64> ms =
            value.empty() ? nowMs : PyroscopeTime::parseMs(value, nowMs);
        if (!ms) {
            *error = "invalid '" + name + "': \"" + value + "\"";
            return std::nullopt;
        }
        (query.request.*set)(*ms);
    }
    // Pyroscope reads max-nodes, then maxNodes; zero or not a number is the default.
    for (const char *name : {"max-nodes", "maxNodes"}) {
        if (const std::optional<qint64> n = integer(http.queryValue(name)); n && *n != 0)
            query.request.set_max_nodes(*n);
    }
    return query;
}

QJsonValue timelineJson(const Timeline &timeline)
{
    QJsonArray samples;
    for (qint64 v : timeline.samples)
        samples.append(double(v));
    return QJsonObject{{QLatin1String("startTime"), double(timeline.startTime)},
                       {QLatin1String("samples"), samples},
                       {QLatin1String("durationDelta"), double(timeline.durationDelta)}};
}

// FlamebearerWriter's JSON with the metadata Pyroscope's ExportToFlamebearer
// gives a profile type: units from the sample type, its name, rate 100.
QJsonObject flamebearer(const QByteArray &written, const ProfileTypeId &type)
{
    QJsonObject top = QJsonDocument::fromJson(written).object();
    QString units = QString::fromStdString(type.sampleUnit);
    if (type.sampleType == "inuse_objects" || type.sampleType == "alloc_objects"
        || type.sampleType == "goroutine" || type.sampleType == "samples")
        units = QStringLiteral("objects");
    else if (type.sampleType == "cpu")
        units = QStringLiteral("samples");
    QJsonObject metadata = top.value(QLatin1String("metadata")).toObject();
    metadata.insert(QLatin1String("units"), units);
    metadata.insert(QLatin1String("name"), QString::fromStdString(type.sampleType));
    metadata.insert(QLatin1String("sampleRate"), 100);
    metadata.insert(QLatin1String("spyName"), QString());
    metadata.remove(QLatin1String("pyrographSampleType"));
    top.insert(QLatin1String("metadata"), metadata);
    top.insert(QLatin1String("groups"), QJsonValue::Null);
    top.insert(QLatin1String("heatmap"), QJsonValue::Null);
    return top;
}

HttpResponse json(const QJsonValue &value)
{
    QByteArray body = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    body.append('\n');
    return HttpResponse::json(std::move(body));
}

bool jsonFormat(const HttpRequest &http)
{
    const std::string format = http.queryValue("format", "json");
    return format == "json";
}
} // namespace

RenderHandler::RenderHandler(const QuerierService &querier, std::function<qint64()> nowMs)
    : m_querier(querier)
    , m_nowMs(nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

const std::vector<std::string> &RenderHandler::paths()
{
    static const std::vector<std::string> all = {"/pyroscope/render", "/pyroscope/render-diff",
                                                 "/pyroscope/label-values"};
    return all;
}

HttpResponse RenderHandler::handle(const HttpRequest &request) const
{
    if (request.path == "/pyroscope/render")
        return render(request);
    if (request.path == "/pyroscope/render-diff")
        return renderDiff(request);
    if (request.path == "/pyroscope/label-values")
        return labelValues(request);
    return HttpResponse::text(404, "404 page not found: " + request.path);
}

HttpResponse RenderHandler::render(const HttpRequest &http) const
{
    std::string error;
    const std::optional<Query> query =
        parseQuery(http, "query", "from", "until", m_nowMs(), &error);
    if (!query)
        return badRequest(error);
    if (!jsonFormat(http))
        return badRequest("unknown format \"" + http.queryValue("format")
                          + "\": this server renders json");
    const std::string aggregation = http.queryValue("aggregation");
    if (!aggregation.empty() && aggregation != "sum" && aggregation != "avg")
        return badRequest("invalid 'aggregation' \"" + aggregation + "\": sum or avg");

    ProfilePtr profile;
    qint64 maxNodes = 0;
    if (auto e = m_querier.mergeStacktraces(query->request, profile, maxNodes))
        return failed(*e);

    const qint64 startMs = query->request.start();
    const qint64 endMs = query->request.end();
    const qint64 step = PyroscopeTimeline::step(startMs, endMs);
    querier::v1::SelectSeriesRequest seriesRequest;
    seriesRequest.set_profile_typeid(query->request.profile_typeid());
    seriesRequest.set_label_selector(query->request.label_selector());
    seriesRequest.set_start(startMs);
    seriesRequest.set_end(endMs);
    seriesRequest.set_step(double(step));
    const std::string groupBy = http.queryValue("groupBy");
    if (!groupBy.empty())
        seriesRequest.add_group_by(groupBy);
    seriesRequest.set_aggregation(aggregation == "avg"
                                      ? types::v1::TIME_SERIES_AGGREGATION_TYPE_AVERAGE
                                      : types::v1::TIME_SERIES_AGGREGATION_TYPE_SUM);
    querier::v1::SelectSeriesResponse series;
    if (auto e = m_querier.selectSeries(seriesRequest, series))
        return failed(*e);

    auto pointsOf = [](const types::v1::Series &s) {
        std::vector<SeriesPoint> points;
        for (const types::v1::Point &p : s.points())
            points.push_back({p.timestamp(), p.value()});
        return points;
    };
    // As Pyroscope: the timeline is the one series, or zeros when grouping gives several.
    const std::vector<SeriesPoint> single =
        series.series_size() == 1 ? pointsOf(series.series(0)) : std::vector<SeriesPoint>();
    QJsonObject top = flamebearer(FlamebearerWriter::write(*profile, 0, maxNodes), query->type);
    top.insert(QLatin1String("timeline"),
               timelineJson(PyroscopeTimeline::build(single, startMs, endMs, step)));
    if (!groupBy.empty()) {
        QJsonObject groups;
        for (const types::v1::Series &s : series.series()) {
            QString key = QStringLiteral("*");
            for (const types::v1::LabelPair &label : s.labels()) {
                if (label.name() == groupBy) {
                    key = QString::fromStdString(label.value());
                    break;
                }
            }
            groups.insert(
                key, timelineJson(PyroscopeTimeline::build(pointsOf(s), startMs, endMs, step)));
        }
        top.insert(QLatin1String("groups"), groups);
    }
    return json(top);
}

HttpResponse RenderHandler::renderDiff(const HttpRequest &http) const
{
    const qint64 nowMs = m_nowMs();
    std::string error;
    const std::optional<Query> left =
        parseQuery(http, "leftQuery", "leftFrom", "leftUntil", nowMs, &error);
    if (!left)
        return badRequest(error);
    const std::optional<Query> right =
        parseQuery(http, "rightQuery", "rightFrom", "rightUntil", nowMs, &error);
    if (!right)
        return badRequest(error);
    if (!(left->type == right->type))
        return badRequest("leftQuery and rightQuery must select the same profile type ("
                          + left->type.toString() + ", " + right->type.toString() + ")");
    if (!jsonFormat(http))
        return badRequest("unknown format \"" + http.queryValue("format")
                          + "\": this server renders json");
    querier::v1::DiffRequest request;
    *request.mutable_left() = left->request;
    *request.mutable_right() = right->request;
    ProfilePtr profile;
    qint64 maxNodes = 0;
    if (auto e = m_querier.mergeDiff(request, profile, maxNodes))
        return failed(*e);
    QJsonObject top = flamebearer(FlamebearerWriter::write(*profile, -1, maxNodes), left->type);
    top.insert(QLatin1String("timeline"), QJsonValue::Null);
    return json(top);
}

HttpResponse RenderHandler::labelValues(const HttpRequest &http) const
{
    const std::string label = http.queryValue("label");
    if (label.empty())
        return badRequest("label parameter is required");
    QJsonArray values;
    if (label == "__name__") {
        querier::v1::ProfileTypesResponse response;
        if (auto e = m_querier.profileTypes({}, response))
            return failed(*e);
        for (const types::v1::ProfileType &type : response.profile_types())
            values.append(QString::fromStdString(type.id()));
    } else {
        types::v1::LabelValuesRequest request;
        request.set_name(label);
        // As Pyroscope's legacy API: the values of the series that `query`
        // selects (its profile type included) between from and until.
        if (!http.queryValue("query").empty()) {
            std::string error;
            const std::optional<Query> query = parseQuery(http, "query", "from", "until",
                                                          QDateTime::currentMSecsSinceEpoch(), &error);
            if (!query)
                return badRequest(error);
            QString parseError;
            const std::optional<LabelSelector> parsed =
                LabelSelector::parse(http.queryValue("query"), &parseError);
            LabelSelector selector;
            selector.addMatcher({std::string(LabelNames::profileType), LabelMatcher::Op::Equal,
                                 query->request.profile_typeid(), {}});
            for (const LabelMatcher &matcher : parsed->matchers())
                selector.addMatcher(matcher);
            request.add_matchers(selector.toString());
            request.set_start(query->request.start());
            request.set_end(query->request.end());
        }
        types::v1::LabelValuesResponse response;
        if (auto e = m_querier.labelValues(request, response))
            return failed(*e);
        for (const std::string &value : response.names())
            values.append(QString::fromStdString(value));
    }
    return json(values);
}
