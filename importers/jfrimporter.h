#pragma once

#include "jfrrecording.h"
#include "profileimporter.h"

#include <functional>
#include <vector>

// Java Flight Recorder files, from the JDK (-XX:StartFlightRecording, jcmd
// JFR.dump) or async-profiler (-o jfr), read by JfrRecordingReader. One
// profile holds every event kind the file has, two columns each (a count and
// the bytes or nanoseconds, see JfrRecording::kinds()); CPU samples are the
// default type when there are any. The thread of each event is the sample
// label "thread" (as the Chrome trace and speedscope importers label theirs),
// not a root frame, so the thread filter works and stacks of all threads merge.
// The times of the default type's events are kept (ProfileMetadata::sampleTimes).
class JfrImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;

    // What profileOf() takes from a recording.
    struct Selection
    {
        std::vector<JfrRecording::Kind> kinds; // empty: every kind present
        // > 0: CPU samples as nanoseconds, each one period ("cpu"/"nanoseconds"),
        // as Pyroscope stores them; else counts ("cpu"/"samples").
        qint64 cpuPeriodNanos = 0;
        std::function<bool(const JfrRecording::Sample &)> accept; // empty: every sample
        bool threadLabels = true;
    };
    // A profile of the selected samples; null when none is selected, or with
    // *error when the samples exceed an ImportLimits.
    static ProfilePtr profileOf(const JfrRecording &recording, const Selection &selection,
                                const QString &source, QString *error = nullptr);
};
