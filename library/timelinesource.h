#pragma once

#include "library/labelselector.h"
#include "library/profiletypeid.h"
#include "library/seriespoints.h"
#include "library/timerange.h"
#include "model/profile.h"
#include "model/progress.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

// Where a timeline reads profiles over time: the library, a single profile file
// with sample times, or (later) a Pyroscope server. The timeline window and the
// `timeline`, `diff` and `top` commands talk to this interface only, so a new
// source plugs in without changing them. It asks what Pyroscope's querier API
// asks, so a server source is a thin client. Queries are const and may run on
// any thread at once (the window runs them in the background).
class TimelineSource
{
public:
    virtual ~TimelineSource() = default;

    // For titles and errors: the file or URL.
    virtual QString description() const = 0;
    // Where the data lies when the source knows it (a file: its first and last
    // sample); nullopt for a source that grows (the library, a server), whose
    // ranges are picked relative to now.
    virtual std::optional<TimeRange> span() const = 0;

    virtual std::vector<ProfileTypeId> profileTypes(TimeRange range) const = 0;
    virtual std::vector<std::string> labelNames(const LabelSelector &selector,
                                                TimeRange range) const = 0;
    virtual std::vector<std::string>
    labelValues(const std::string &name, const LabelSelector &selector, TimeRange range) const = 0;
    // The type's total per step (aligned to stepMs from the epoch), one series
    // per distinct value of the groupBy labels; nullopt with *error when the
    // source failed. A source that waits (a server) reports progress and stops
    // early, with an error, once progress says the caller cancelled.
    virtual std::optional<std::vector<SeriesPoints>>
    series(const ProfileTypeId &type, const LabelSelector &selector, TimeRange range, qint64 stepMs,
           const std::vector<std::string> &groupBy, QString *error,
           Progress &progress = Progress::none()) const = 0;
    // Everything of that type in range, merged into one profile (total 0 when
    // nothing matches); null with *error when the source failed.
    virtual ProfilePtr merge(const ProfileTypeId &type, const LabelSelector &selector,
                             TimeRange range, QString *error,
                             Progress &progress = Progress::none()) const = 0;
};
