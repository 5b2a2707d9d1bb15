#pragma once

#include "sampletype.h"

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

// Samples over time, as Pyroscope's timeline: one bucket every durationDelta seconds.
struct Timeline
{
    qint64 startTime = 0; // unix seconds
    qint64 durationDelta = 0; // seconds per bucket
    std::vector<qint64> samples;

    bool isEmpty() const { return samples.empty(); }
};

// When each sample was taken, where the format says (perf script, Chrome
// profiles): two parallel arrays sorted by time, one entry per sample (not per
// distinct stack), weighed in the default sample type. 16 bytes a sample, so a
// few million samples stay in tens of MB; a timeline buckets them as it likes.
struct SampleTimes
{
    std::vector<qint64> timeNanos; // the format's clock (perf: since boot, Chrome: trace clock)
    std::vector<qint64> weights;

    bool isEmpty() const { return timeNanos.empty(); }
};

// What a profile says about itself, apart from its stacks.
struct ProfileMetadata
{
    std::string source; // the file or request it came from
    std::string format; // "pprof", "collapsed", "flamebearer", ...
    qint64 timeNanos = 0; // when it was collected, ns since the epoch; 0 = unknown
    qint64 durationNanos = 0;
    SampleType periodType;
    qint64 period = 0;
    std::string spyName;
    qint64 sampleRate = 0; // Hz, where the format gives one
    std::vector<std::pair<std::string, std::string>> labels; // describe the whole profile
    std::vector<std::string> comments;
    std::vector<std::string> warnings; // e.g. "skipped 3 malformed lines (first: line 7)"
    Timeline timeline;
    SampleTimes sampleTimes;
    // Where a name comes from, for tooltips, when the format says and the model
    // (names only) cannot: "url:line:column" for Chrome frames, "file:line" for
    // speedscope frames. Sorted by name; a name may have several entries.
    std::vector<std::pair<std::string, std::string>> nameDetails;
};
