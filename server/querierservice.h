#pragma once

#include "library/library.h"
#include "server/connecterror.h"
#include "server/httpexchange.h"

#include "google/v1/profile.pb.h"
#include "querier/v1/querier.pb.h"
#include "types/v1/types.pb.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Grafana Pyroscope 1.x's read API, querier.v1.QuerierService over Connect
// (JSON and binary), answered from the library: ProfileTypes, LabelNames,
// LabelValues, Series, SelectMergeStacktraces, SelectMergeProfile,
// SelectSeries and Diff, with stack_trace_selector's call site (the stacks
// under that root-first path, kept whole, as Pyroscope selects them). Times are milliseconds since
// the epoch; a request without start and end covers all time. Errors are Connect errors as
// Pyroscope gives them: invalid_argument naming the field (profile type,
// selector, start after end, max_nodes above 1,048,576), unimplemented (404)
// for a method this server does not have, 405 for another method than POST
// and 415 for a content type other than JSON and binary protobuf, as connect-go
// answers them. Encoding and decoding are ConnectProtocol's.
//
// The typed methods serve the legacy /pyroscope/render handlers too.
class QuerierService final
{
public:
    explicit QuerierService(const Library &library);

    static constexpr std::string_view pathPrefix = "/querier.v1.QuerierService/";
    // The paths of the methods served here.
    static const std::vector<std::string> &paths();
    // Any path under pathPrefix: an unknown method gets 404 "unimplemented".
    HttpResponse handle(const HttpRequest &request) const;

    using Error = std::optional<ConnectError>;
    Error profileTypes(const querier::v1::ProfileTypesRequest &request,
                       querier::v1::ProfileTypesResponse &response) const;
    Error labelNames(const types::v1::LabelNamesRequest &request,
                     types::v1::LabelNamesResponse &response) const;
    Error labelValues(const types::v1::LabelValuesRequest &request,
                      types::v1::LabelValuesResponse &response) const;
    Error series(const querier::v1::SeriesRequest &request,
                 querier::v1::SeriesResponse &response) const;
    Error selectMergeStacktraces(const querier::v1::SelectMergeStacktracesRequest &request,
                                 querier::v1::SelectMergeStacktracesResponse &response) const;
    Error selectMergeProfile(const querier::v1::SelectMergeProfileRequest &request,
                             google::v1::Profile &response) const;
    Error selectSeries(const querier::v1::SelectSeriesRequest &request,
                       querier::v1::SelectSeriesResponse &response) const;
    Error diff(const querier::v1::DiffRequest &request, querier::v1::DiffResponse &response) const;

    // The merge behind SelectMergeStacktraces (and its call site), with its validated node limit
    // (Pyroscope's: 0 gives 8192, above 1,048,576 or negative is refused).
    Error mergeStacktraces(const querier::v1::SelectMergeStacktracesRequest &request,
                           ProfilePtr &profile, qint64 &maxNodes) const;
    // The two merges of a Diff as one diff profile (baseline left).
    Error mergeDiff(const querier::v1::DiffRequest &request, ProfilePtr &profile,
                    qint64 &maxNodes) const;

private:
    Error merge(const std::string &profileTypeId, const std::string &selector, qint64 startMs,
                qint64 endMs, ProfilePtr &profile) const;
    const Library &m_library;
};
