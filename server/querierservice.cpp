#include "server/querierservice.h"

#include "importers/pprofwriter.h"
#include "library/labelselector.h"
#include "library/profiletypeid.h"
#include "model/diffbuilder.h"
#include "model/flamebearerlevels.h"
#include "model/transforms.h"
#include "server/connectprotocol.h"
#include "server/flamegraphmessage.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <tuple>

namespace {
constexpr qint64 allTime = std::numeric_limits<qint64>::max();

// Pyroscope's range checks; no start and no end: all time.
std::optional<ConnectError> timeRange(qint64 startMs, qint64 endMs, TimeRange &range)
{
    if (startMs == 0 && endMs == 0) {
        range = {0, allTime};
        return std::nullopt;
    }
    if (endMs == 0)
        endMs = allTime;
    if (startMs > endMs)
        return ConnectError::invalidArgument("start (" + std::to_string(startMs)
                                             + ") is after end (" + std::to_string(endMs) + ")");
    range = {startMs, endMs};
    return std::nullopt;
}

std::optional<ConnectError> selector(const std::string &text, std::string_view field,
                                     LabelSelector &out)
{
    QString error;
    std::optional<LabelSelector> parsed = LabelSelector::parse(text, &error);
    if (!parsed)
        return ConnectError::invalidArgument("invalid " + std::string(field) + " \"" + text
                                             + "\": " + error.toStdString());
    out = std::move(*parsed);
    return std::nullopt;
}

std::optional<ConnectError> selectors(const google::protobuf::RepeatedPtrField<std::string> &texts,
                                      std::vector<LabelSelector> &out)
{
    for (const std::string &text : texts) {
        LabelSelector s;
        if (auto error = selector(text, "matchers", s))
            return error;
        out.push_back(std::move(s));
    }
    if (out.empty())
        out.emplace_back(); // no matcher: everything
    return std::nullopt;
}

void setLabels(google::protobuf::RepeatedPtrField<types::v1::LabelPair> &out, const Labels &labels)
{
    for (const auto &[name, value] : labels) {
        types::v1::LabelPair *pair = out.Add();
        pair->set_name(name);
        pair->set_value(value);
    }
}

std::optional<ConnectError> validMaxNodes(qint64 requested, qint64 &maxNodes)
{
    if (requested == 0) {
        maxNodes = FlameGraphMessage::defaultMaxNodes;
        return std::nullopt;
    }
    const std::string max = std::to_string(FlameGraphMessage::maxMaxNodes);
    if (requested < 0)
        return ConnectError::invalidArgument("max flamegraph nodes limit must be set (max allowed "
                                             + max + ")");
    if (requested > FlameGraphMessage::maxMaxNodes)
        return ConnectError::invalidArgument("max flamegraph nodes limit "
                                             + std::to_string(requested)
                                             + " is greater than allowed " + max);
    maxNodes = requested;
    return std::nullopt;
}

// Pyroscope's call-site selector: only the stacks that start with call_site
// (root first), whole; none when no stack does.
ProfilePtr selectCallSite(const ProfilePtr &profile, const types::v1::StackTraceSelector &selector)
{
    if (selector.call_site_size() == 0 || selector.has_go_pgo())
        return profile;
    std::vector<std::string_view> path;
    for (const types::v1::Location &location : selector.call_site())
        path.push_back(location.name());
    return focusOnNode(*profile, profile->findPath(path), FocusAncestors::Keep);
}

// One method: decode its request, run it, encode its response.
template<typename Request, typename Response>
HttpResponse
call(const HttpRequest &http,
     const std::function<std::optional<ConnectError>(const Request &, Response &)> &method)
{
    Request request;
    QString decodeError;
    if (!ConnectProtocol::decode(http, &request, &decodeError))
        return ConnectError::invalidArgument(decodeError.toStdString()).toResponse();
    Response response;
    if (auto error = method(request, response))
        return error->toResponse();
    return ConnectProtocol::reply(http, response);
}
} // namespace

QuerierService::QuerierService(const Library &library) : m_library(library) { }

const std::vector<std::string> &QuerierService::paths()
{
    static const std::vector<std::string> all = [] {
        std::vector<std::string> p;
        for (const char *method :
             {"ProfileTypes", "LabelNames", "LabelValues", "Series", "SelectMergeStacktraces",
              "SelectMergeProfile", "SelectSeries", "Diff"})
            p.push_back(std::string(pathPrefix) + method);
        return p;
    }();
    return all;
}

HttpResponse QuerierService::handle(const HttpRequest &http) const
{
    const std::string_view path = http.path;
    const std::string_view method =
        path.starts_with(pathPrefix) ? path.substr(pathPrefix.size()) : std::string_view();
    using namespace querier::v1;
    auto bound = [this](auto member) {
        return [this, member](const auto &request, auto &response) {
            return (this->*member)(request, response);
        };
    };
    const bool known = std::find(paths().begin(), paths().end(), path) != paths().end();
    if (!known) {
        // connect-go's answer to a procedure it does not serve is a 404
        return ConnectProtocol::error("unimplemented", std::string(path) + " is not implemented",
                                      404);
    }
    if (http.method != "POST") {
        HttpResponse response = HttpResponse::text(405, "Connect unary calls are POST");
        response.headers.emplace_back("Allow", "POST");
        return response;
    }
    if (ConnectProtocol::encodingOf(http) == ConnectProtocol::Encoding::Unsupported) {
        HttpResponse response =
            HttpResponse::text(415,
                               "content type \"" + http.header("content-type")
                                   + "\": want application/json or application/proto");
        response.headers.emplace_back("Accept-Post", "application/json, application/proto");
        return response;
    }
    if (method == "ProfileTypes")
        return call<ProfileTypesRequest, ProfileTypesResponse>(
            http, bound(&QuerierService::profileTypes));
    if (method == "LabelNames")
        return call<types::v1::LabelNamesRequest, types::v1::LabelNamesResponse>(
            http, bound(&QuerierService::labelNames));
    if (method == "LabelValues")
        return call<types::v1::LabelValuesRequest, types::v1::LabelValuesResponse>(
            http, bound(&QuerierService::labelValues));
    if (method == "Series")
        return call<SeriesRequest, SeriesResponse>(http, bound(&QuerierService::series));
    if (method == "SelectMergeStacktraces")
        return call<SelectMergeStacktracesRequest, SelectMergeStacktracesResponse>(
            http, bound(&QuerierService::selectMergeStacktraces));
    if (method == "SelectMergeProfile")
        return call<SelectMergeProfileRequest, google::v1::Profile>(
            http, bound(&QuerierService::selectMergeProfile));
    if (method == "SelectSeries")
        return call<SelectSeriesRequest, SelectSeriesResponse>(
            http, bound(&QuerierService::selectSeries));
    return call<DiffRequest, DiffResponse>(http, bound(&QuerierService::diff));
}

QuerierService::Error
QuerierService::profileTypes(const querier::v1::ProfileTypesRequest &request,
                             querier::v1::ProfileTypesResponse &response) const
{
    TimeRange range;
    if (auto error = timeRange(request.start(), request.end(), range))
        return error;
    for (const ProfileTypeId &id : m_library.profileTypes(range)) {
        types::v1::ProfileType *type = response.add_profile_types();
        type->set_id(id.toString());
        type->set_name(id.name);
        type->set_sample_type(id.sampleType);
        type->set_sample_unit(id.sampleUnit);
        type->set_period_type(id.periodType);
        type->set_period_unit(id.periodUnit);
    }
    return std::nullopt;
}

QuerierService::Error QuerierService::labelNames(const types::v1::LabelNamesRequest &request,
                                                 types::v1::LabelNamesResponse &response) const
{
    TimeRange range;
    std::vector<LabelSelector> matchers;
    if (auto error = timeRange(request.start(), request.end(), range))
        return error;
    if (auto error = selectors(request.matchers(), matchers))
        return error;
    for (const std::string &name : m_library.labelNames(matchers, range))
        response.add_names(name);
    return std::nullopt;
}

QuerierService::Error QuerierService::labelValues(const types::v1::LabelValuesRequest &request,
                                                  types::v1::LabelValuesResponse &response) const
{
    TimeRange range;
    std::vector<LabelSelector> matchers;
    if (request.name().empty())
        return ConnectError::invalidArgument("name is required");
    if (auto error = timeRange(request.start(), request.end(), range))
        return error;
    if (auto error = selectors(request.matchers(), matchers))
        return error;
    for (const std::string &value : m_library.labelValues(request.name(), matchers, range))
        response.add_names(value);
    return std::nullopt;
}

QuerierService::Error QuerierService::series(const querier::v1::SeriesRequest &request,
                                             querier::v1::SeriesResponse &response) const
{
    TimeRange range;
    std::vector<LabelSelector> matchers;
    if (auto error = timeRange(request.start(), request.end(), range))
        return error;
    if (auto error = selectors(request.matchers(), matchers))
        return error;
    const std::vector<std::string> names(request.label_names().begin(),
                                         request.label_names().end());
    for (const Labels &labels : m_library.series(matchers, names, range))
        setLabels(*response.add_labels_set()->mutable_labels(), labels);
    return std::nullopt;
}

QuerierService::Error QuerierService::merge(const std::string &profileTypeId,
                                            const std::string &selectorText, qint64 startMs,
                                            qint64 endMs, ProfilePtr &profile) const
{
    if (profileTypeId.empty())
        return ConnectError::invalidArgument("profile_typeID is required");
    if (!ProfileTypeId::parse(profileTypeId))
        return ConnectError::invalidArgument(
            "invalid profile_typeID \"" + profileTypeId
            + "\": want name:sample_type:sample_unit:period_type:period_unit");
    LabelSelector matchers;
    TimeRange range;
    if (auto error = selector(selectorText, "label_selector", matchers))
        return error;
    if (auto error = timeRange(startMs, endMs, range))
        return error;
    QString mergeError;
    profile = m_library.merge(ProfileTypeId::parse(profileTypeId)->toString(), matchers, range,
                              &mergeError);
    if (!profile)
        return ConnectError::internal(mergeError.toStdString());
    return std::nullopt;
}

QuerierService::Error
QuerierService::mergeStacktraces(const querier::v1::SelectMergeStacktracesRequest &request,
                                 ProfilePtr &profile, qint64 &maxNodes) const
{
    if (auto error = validMaxNodes(request.max_nodes(), maxNodes))
        return error;
    if (auto error = merge(request.profile_typeid(), request.label_selector(), request.start(),
                           request.end(), profile))
        return error;
    profile = selectCallSite(profile, request.stack_trace_selector());
    return std::nullopt;
}

QuerierService::Error
QuerierService::selectMergeStacktraces(const querier::v1::SelectMergeStacktracesRequest &request,
                                       querier::v1::SelectMergeStacktracesResponse &response) const
{
    using querier::v1::ProfileFormat;
    if (request.format() != querier::v1::PROFILE_FORMAT_UNSPECIFIED
        && request.format() != querier::v1::PROFILE_FORMAT_FLAMEGRAPH
        && request.format() != querier::v1::PROFILE_FORMAT_PPROF)
        return ConnectError::unimplemented(
            "format " + querier::v1::ProfileFormat_Name(request.format()) + " is not supported");
    ProfilePtr profile;
    qint64 maxNodes = 0;
    if (auto error = mergeStacktraces(request, profile, maxNodes))
        return error;
    if (request.format() == querier::v1::PROFILE_FORMAT_PPROF) {
        const QByteArray bytes = PprofWriter::encode(*profile);
        if (!response.mutable_pprof()->mutable_profile()->ParseFromArray(bytes.constData(),
                                                                         int(bytes.size())))
            return ConnectError::internal("the merged profile did not encode as pprof");
        return std::nullopt;
    }
    *response.mutable_flamegraph() = FlameGraphMessage::single(*profile, 0, maxNodes);
    return std::nullopt;
}

QuerierService::Error
QuerierService::selectMergeProfile(const querier::v1::SelectMergeProfileRequest &request,
                                   google::v1::Profile &response) const
{
    ProfilePtr profile;
    if (auto error = merge(request.profile_typeid(), request.label_selector(), request.start(),
                           request.end(), profile))
        return error;
    profile = selectCallSite(profile, request.stack_trace_selector());
    // Pyroscope cuts a pprof answer only when max_nodes is asked for.
    if (request.has_max_nodes() && request.max_nodes() > 0) {
        const int column = 0; // the merge holds the one sample type asked for
        profile = foldSmallNodes(*profile, column,
                                 FlamebearerLevels::minTotalFor(*profile, {&column, 1},
                                                                request.max_nodes()),
                                 FlamebearerLevels::otherName);
    }
    // PprofWriter's Profile message and google.v1.Profile are the same schema.
    const QByteArray bytes = PprofWriter::encode(*profile);
    if (!response.ParseFromArray(bytes.constData(), int(bytes.size())))
        return ConnectError::internal("the merged profile did not encode as pprof");
    return std::nullopt;
}

QuerierService::Error
QuerierService::selectSeries(const querier::v1::SelectSeriesRequest &request,
                             querier::v1::SelectSeriesResponse &response) const
{
    if (request.profile_typeid().empty())
        return ConnectError::invalidArgument("profile_typeID is required");
    const std::optional<ProfileTypeId> type = ProfileTypeId::parse(request.profile_typeid());
    if (!type)
        return ConnectError::invalidArgument("invalid profile_typeID \"" + request.profile_typeid()
                                             + "\"");
    LabelSelector matchers;
    TimeRange range;
    if (auto error = selector(request.label_selector(), "label_selector", matchers))
        return error;
    if (auto error = timeRange(request.start(), request.end(), range))
        return error;
    if (!(request.step() > 0) || !std::isfinite(request.step()))
        return ConnectError::invalidArgument("step must be a positive number of seconds");
    const qint64 stepMs = std::max<qint64>(1, qint64(std::llround(request.step() * 1000)));
    if (range.endMs != allTime && (range.endMs - range.startMs) / stepMs > 1000000)
        return ConnectError::invalidArgument("step too small for the range: over 1,000,000 points");
    const std::vector<std::string> groupBy(request.group_by().begin(), request.group_by().end());
    const SeriesAggregation aggregation = request.has_aggregation()
            && request.aggregation() == types::v1::TIME_SERIES_AGGREGATION_TYPE_AVERAGE
        ? SeriesAggregation::Average
        : SeriesAggregation::Sum;
    std::vector<SeriesPoints> all =
        m_library.selectSeries(type->toString(), matchers, range, stepMs, groupBy, aggregation);
    if (request.has_limit() && request.limit() > 0 && qint64(all.size()) > request.limit()) {
        // Pyroscope's limit keeps the series with the largest sums.
        auto sum = [](const SeriesPoints &s) {
            double total = 0;
            for (const SeriesPoint &p : s.points)
                total += p.value;
            return total;
        };
        std::stable_sort(all.begin(), all.end(), [&](const SeriesPoints &a, const SeriesPoints &b) {
            return sum(a) > sum(b);
        });
        all.resize(size_t(request.limit()));
    }
    for (const SeriesPoints &s : all) {
        types::v1::Series *out = response.add_series();
        setLabels(*out->mutable_labels(), s.labels);
        for (const SeriesPoint &p : s.points) {
            types::v1::Point *point = out->add_points();
            point->set_value(p.value);
            point->set_timestamp(p.timestampMs);
        }
    }
    return std::nullopt;
}

QuerierService::Error QuerierService::mergeDiff(const querier::v1::DiffRequest &request,
                                                ProfilePtr &profile, qint64 &maxNodes) const
{
    if (!request.has_left() || !request.has_right())
        return ConnectError::invalidArgument("left and right are required");
    ProfilePtr left;
    ProfilePtr right;
    qint64 rightMaxNodes = 0;
    for (auto [side, name, out, nodes] :
         {std::tuple(&request.left(), "left", &left, &maxNodes),
          std::tuple(&request.right(), "right", &right, &rightMaxNodes)}) {
        if (auto error = mergeStacktraces(*side, *out, *nodes)) {
            error->message = std::string(name) + ": " + error->message;
            return error;
        }
    }
    const DiffResult result =
        DiffBuilder::build(*left, 0, *right, 0, QStringLiteral("left"), QStringLiteral("right"));
    if (!result.ok())
        return ConnectError::invalidArgument(result.error.toStdString());
    profile = result.profile;
    return std::nullopt;
}

QuerierService::Error QuerierService::diff(const querier::v1::DiffRequest &request,
                                           querier::v1::DiffResponse &response) const
{
    ProfilePtr profile;
    qint64 maxNodes = 0;
    if (auto error = mergeDiff(request, profile, maxNodes))
        return error;
    *response.mutable_flamegraph() = FlameGraphMessage::diff(*profile, maxNodes);
    return std::nullopt;
}
