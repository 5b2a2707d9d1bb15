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
};
