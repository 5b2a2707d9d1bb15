#pragma once

#include "library/labels.h"
#include "library/timelinesource.h"

#include <memory>

class PerfSampleSlicer;
class Progress;

// One profile file as a timeline source, as FlameScope reads a perf script
// file: the series are its sample times (metadata().sampleTimes) bucketed per
// step, and a range's merge is the profile of the samples in it. Times are
// milliseconds since the epoch when the file says when it was recorded (perf's
// "# captured on:" header, read as UTC, is put at the first sample), else the
// file's own clock in milliseconds (perf: since boot).
//
// Ranges of perf script are re-read from its text (PerfSampleSlicer). Any
// other file, even one whose importer keeps sample times (Chrome) but that
// cannot be cut by time yet, is one point at its own time (metadata().timeNanos,
// else 0) spanning its duration, and any range that overlaps it merges to the
// whole profile. Its one series carries the label
// service_name = the file's base name.
class FileTimelineSource final : public TimelineSource
{
public:
    // Reads the file; null with *error naming it and what was wrong.
    static std::unique_ptr<FileTimelineSource> open(const QString &path, Progress &progress,
                                                    QString *error);
    ~FileTimelineSource() override;

    const ProfilePtr &profile() const { return m_profile; }
    // Whether the series and merges follow each sample's time (perf script).
    bool timesEachSample() const { return m_slicer != nullptr; }
    // What is added to the file's clock (ms) to give the source's times.
    qint64 offsetMs() const { return m_offsetMs; }
    // The type ID a file's sample type gets: "TYPE:TYPE:UNIT:TYPE:UNIT", so
    // that `--query cpu-clock` finds it by its name.
    static ProfileTypeId typeId(const SampleType &type);

    QString description() const override { return m_path; }
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
    FileTimelineSource(QString path, ProfilePtr profile, std::unique_ptr<PerfSampleSlicer> slicer);
    // The sample type with that ID, -1 when none (or not one with times).
    int sampleTypeOf(const ProfileTypeId &type) const;

    QString m_path;
    ProfilePtr m_profile;
    std::unique_ptr<PerfSampleSlicer> m_slicer;
    Labels m_labels;
    TimeRange m_span;
    qint64 m_offsetMs = 0; // added to the file's clock
};
