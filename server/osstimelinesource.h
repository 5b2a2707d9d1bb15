#pragma once

#include "library/timelinesource.h"
#include "server/querierclient.h"

#include <QString>

#include <memory>
#include <vector>

// A timeline over a Pyroscope OSS 0.x server (v0.37 and before), through its
// HTTP API: /label-values?label=__name__ and /api/apps for the applications,
// /labels and /label-values, and /render, whose flamebearer JSON carries both
// the merge and the timeline. 0.x names an application `SERVICE.TYPE`
// ("myapp.cpu", "myapp.alloc_objects"); this source shows it as Grafana
// Pyroscope 1.x does: a profile type TYPE:TYPE:UNITS:TYPE:UNITS and a
// `service_name` label, so the timeline window and the commands treat both
// kinds of server alike. A selector's service_name matchers pick the
// applications; its other matchers go to FlameQL as they are (same syntax).
// A query over several applications asks each and adds the answers. The merge
// is /render's flamebearer, so it holds at most maxNodes nodes, the rest
// folded into "other" by the server (0.x has no uncut merge in JSON).
class OssTimelineSource final : public TimelineSource
{
public:
    // Null with *error when the server does not answer /label-values as 0.x
    // does; *status is that answer's HTTP status (0: none).
    static std::unique_ptr<OssTimelineSource> open(ServerConnection connection, QString *error,
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

    // The node cap /render is asked for (the server may cap lower).
    static constexpr int maxNodes = 65536;

    struct Application
    {
        std::string name;    // "myapp.cpu"
        std::string service; // "myapp"
        ProfileTypeId type;
    };
    const std::vector<Application> &applications() const { return m_applications; }

private:
    explicit OssTimelineSource(ServerConnection connection);

    std::vector<const Application *> matching(const ProfileTypeId *type,
                                              const LabelSelector &selector) const;
    // /render of one application; nullopt with *error.
    std::optional<QByteArray> render(const Application &app, const LabelSelector &selector,
                                     TimeRange range, const std::string &groupBy, QString *error,
                                     Progress &progress) const;

    QuerierClient m_client;
    std::vector<Application> m_applications;
};
