#pragma once

#include "library/timelinesource.h"

#include <memory>

class Library;

// The library as a timeline source: Library's querier queries, unchanged, so
// the timeline's numbers are those `pyrograph serve` answers Pyroscope's API with.
// Shares the library (the window's push receiver may be writing to it).
class LibraryTimelineSource final : public TimelineSource
{
public:
    explicit LibraryTimelineSource(std::shared_ptr<const Library> library);

    const Library &library() const { return *m_library; }

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

private:
    std::shared_ptr<const Library> m_library;
};
