#pragma once

#include "library/filetimelinesource.h"

#include <memory>
#include <vector>

// Several profile files opened together as one timeline, as several pprof
// files of one process are (each at its own time_nanos): every file is a
// FileTimelineSource, labelled service_name = its base name; the series add up
// per step (or split by file with --group-by service_name), and a range's
// merge is the merge of every file's part of it (mergeProfiles: sample types
// matched by type and unit).
class FileSetTimelineSource final : public TimelineSource
{
public:
    explicit FileSetTimelineSource(std::vector<std::unique_ptr<FileTimelineSource>> files);

    const std::vector<std::unique_ptr<FileTimelineSource>> &files() const { return m_files; }

    QString description() const override;
    std::optional<TimeRange> span() const override { return m_span; }
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
    std::vector<std::unique_ptr<FileTimelineSource>> m_files;
    TimeRange m_span;
};
