#include "servertimelinesource.h"

#include "importers/pprofimporter.h"
#include "model/progress.h"
#include "model/progressspan.h"

#include "querier/v1/querier.pb.h"
#include "types/v1/types.pb.h"

#include <QDateTime>

#include <algorithm>

ServerTimelineSource::ServerTimelineSource(ServerConnection connection)
    : m_client(std::move(connection))
{ }

std::unique_ptr<ServerTimelineSource> ServerTimelineSource::open(ServerConnection connection,
                                                                 QString *error, int *status)
{
    auto source =
        std::unique_ptr<ServerTimelineSource>(new ServerTimelineSource(std::move(connection)));
    // The last hour is enough to prove the URL and the credentials, and costs
    // a distributed server little; the types of all time are the caller's
    // question.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!source->profileTypes(TimeRange{now - 3600 * 1000, now}, error, status))
        return nullptr;
    return source;
}

QString ServerTimelineSource::description() const
{
    return m_client.connection().url;
}

std::optional<std::vector<ProfileTypeId>>
ServerTimelineSource::profileTypes(TimeRange range, QString *error, int *status) const
{
    querier::v1::ProfileTypesRequest request;
    request.set_start(range.startMs);
    request.set_end(range.endMs);
    querier::v1::ProfileTypesResponse response;
    if (!m_client.call("ProfileTypes", request, &response, error, status))
        return std::nullopt;
    std::vector<ProfileTypeId> types;
    for (const types::v1::ProfileType &type : response.profile_types()) {
        if (std::optional<ProfileTypeId> id = ProfileTypeId::parse(type.id()))
            types.push_back(std::move(*id));
    }
    return types;
}

std::vector<ProfileTypeId> ServerTimelineSource::profileTypes(TimeRange range) const
{
    QString error;
    return profileTypes(range, &error).value_or(std::vector<ProfileTypeId>());
}

std::vector<std::string> ServerTimelineSource::labelNames(const LabelSelector &selector,
                                                          TimeRange range) const
{
    types::v1::LabelNamesRequest request;
    request.add_matchers(selector.toString());
    request.set_start(range.startMs);
    request.set_end(range.endMs);
    types::v1::LabelNamesResponse response;
    QString error;
    if (!m_client.call("LabelNames", request, &response, &error))
        return {};
    return {response.names().begin(), response.names().end()};
}

std::vector<std::string> ServerTimelineSource::labelValues(const std::string &name,
                                                           const LabelSelector &selector,
                                                           TimeRange range) const
{
    types::v1::LabelValuesRequest request;
    request.set_name(name);
    request.add_matchers(selector.toString());
    request.set_start(range.startMs);
    request.set_end(range.endMs);
    types::v1::LabelValuesResponse response;
    QString error;
    if (!m_client.call("LabelValues", request, &response, &error))
        return {};
    return {response.names().begin(), response.names().end()};
}

std::optional<std::vector<SeriesPoints>> ServerTimelineSource::series(
    const ProfileTypeId &type, const LabelSelector &selector, TimeRange range, qint64 stepMs,
    const std::vector<std::string> &groupBy, QString *error, Progress &progress) const
{
    querier::v1::SelectSeriesRequest request;
    request.set_profile_typeid(type.toString());
    request.set_label_selector(selector.toString());
    request.set_start(range.startMs);
    request.set_end(range.endMs);
    request.set_step(double(stepMs) / 1000.0);
    for (const std::string &name : groupBy)
        request.add_group_by(name);
    querier::v1::SelectSeriesResponse response;
    if (!m_client.call("SelectSeries", request, &response, error, nullptr, progress))
        return std::nullopt;
    std::vector<SeriesPoints> all;
    for (const types::v1::Series &in : response.series()) {
        SeriesPoints &out = all.emplace_back();
        for (const types::v1::LabelPair &label : in.labels())
            out.labels.emplace_back(label.name(), label.value());
        std::sort(out.labels.begin(), out.labels.end());
        for (const types::v1::Point &point : in.points())
            out.points.push_back(SeriesPoint{point.timestamp(), point.value()});
    }
    return all;
}

namespace {
querier::v1::SelectMergeProfileRequest mergeRequest(const ProfileTypeId &type,
                                                    const LabelSelector &selector, TimeRange range)
{
    querier::v1::SelectMergeProfileRequest request;
    request.set_profile_typeid(type.toString());
    request.set_label_selector(selector.toString());
    request.set_start(range.startMs);
    request.set_end(range.endMs);
    return request;
}
} // namespace

bool ServerTimelineSource::mergeTo(const ProfileTypeId &type, const LabelSelector &selector,
                                   TimeRange range, const QuerierClient::BodySink &sink,
                                   QString *error, Progress &progress) const
{
    return m_client.postTo("SelectMergeProfile", mergeRequest(type, selector, range), sink, error,
                           progress);
}

ProfilePtr ServerTimelineSource::merge(const ProfileTypeId &type, const LabelSelector &selector,
                                       TimeRange range, QString *error, Progress &progress) const
{
    const querier::v1::SelectMergeProfileRequest request = mergeRequest(type, selector, range);
    // The download is the first half of the work, the decoding the second.
    ProgressSpan download(progress, 0.0, 0.5);
    const std::optional<std::string> bytes =
        m_client.post("SelectMergeProfile", request, error, nullptr, download);
    if (!bytes)
        return nullptr;
    ProgressSpan decoding(progress, 0.5, 1.0);
    ImportResult result =
        PprofImporter().decode(QByteArray::fromStdString(*bytes), description(), decoding);
    if (!result.isOk()) {
        *error = QStringLiteral("%1: the merged profile does not read: %2")
                     .arg(description(), result.error);
        return nullptr;
    }
    return result.profile;
}
