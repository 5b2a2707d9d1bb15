#pragma once

#include "library/timelinesource.h"
#include "server/querierclient.h"

#include <memory>

// A timeline over a Pyroscope server (Grafana Pyroscope 1.x, Grafana Cloud
// Profiles, `pyrograph serve`) through its querier.v1.QuerierService: the
// same questions the library answers, asked over HTTP. A merge is
// SelectMergeProfile's pprof, read by PprofImporter, so that nothing is cut
// (SelectMergeStacktraces' flamegraph caps its nodes). The interface's
// listings have no error: open() asks for the profile types once, so that a
// source that fails fails there, with its message.
class ServerTimelineSource final : public TimelineSource
{
public:
    // Null with *error when the server does not answer ProfileTypes; *status
    // is the HTTP status of that answer (0: none).
    static std::unique_ptr<ServerTimelineSource> open(ServerConnection connection, QString *error,
                                                      int *status = nullptr);

    QString description() const override;
    std::optional<TimeRange> span() const override { return std::nullopt; }
    std::vector<ProfileTypeId> profileTypes(TimeRange range) const override;
    std::vector<std::string> labelNames(const LabelSelector &selector,
                                        TimeRange range) const override;
    std::vector<std::string> labelValues(const std::string &name, const LabelSelector &selector,
                                         TimeRange range) const override;
    std::optional<std::vector<SeriesPoints>>
    series(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range, qint64 stepMs,
           const std::vector<std::string> &groupBy, QString *error,
           Progress &progress = Progress::none()) const override;
    ProfilePtr merge(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range,
                     QString *error, Progress &progress = Progress::none()) const override;

    // The range's merge as the server's pprof bytes, handed to sink as they
    // arrive and never held whole (`fetch -o X.pb.gz` of a large merge);
    // false with *error.
    bool mergeTo(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range,
                 const QuerierClient::BodySink &sink, QString *error,
                 Progress &progress = Progress::none()) const;

    // As profileTypes(), nullopt with *error.
    std::optional<std::vector<ProfileTypeId>> profileTypes(TimeRange range, QString *error,
                                                           int *status = nullptr) const;

private:
    explicit ServerTimelineSource(ServerConnection connection);

    QuerierClient m_client;
};
