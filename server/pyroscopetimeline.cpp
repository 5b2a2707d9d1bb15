#include "server/pyroscopetimeline.h"

#include <algorithm>

qint64 PyroscopeTimeline::step(qint64 startMs, qint64 endMs)
{
    constexpr qint64 resolution = 1500;
    constexpr qint64 minStepMs = 10000;
    const qint64 intervalMs = (endMs - startMs) / resolution;
    if (intervalMs < minStepMs)
        return minStepMs / 1000;
    // (up to this interval, this step), in ms: Grafana's rounding, from 10 s on.
    static const std::pair<qint64, qint64> nice[] = {
        {12500, 10000},        {17500, 15000},        {25000, 20000},          {45000, 30000},
        {90000, 60000},        {210000, 120000},      {450000, 300000},        {750000, 600000},
        {1050000, 900000},     {1500000, 1200000},    {2700000, 1800000},      {5400000, 3600000},
        {9000000, 7200000},    {16200000, 10800000},  {32400000, 21600000},    {86400000, 43200000},
        {172800000, 86400000}, {604800000, 86400000}, {1814400000, 604800000},
    };
    for (const auto &[upTo, stepMs] : nice) {
        if (intervalMs <= upTo)
            return stepMs / 1000;
    }
    return intervalMs < 3628800000 ? 2592000 : 31536000; // 30 d below 6 weeks, else a year
}

Timeline PyroscopeTimeline::build(const std::vector<SeriesPoint> &points, qint64 startMs,
                                  qint64 endMs, qint64 stepSeconds)
{
    Timeline timeline;
    timeline.startTime = startMs / 1000;
    timeline.durationDelta = stepSeconds;
    if (startMs >= endMs || stepSeconds <= 0)
        return timeline;
    // How many steps fit between two times, counted in whole seconds as Pyroscope does.
    auto steps = [stepSeconds](qint64 fromMs, qint64 toMs) {
        return (toMs / 1000 - fromMs / 1000) / stepSeconds;
    };
    const qint64 size = steps(startMs, endMs);
    std::vector<qint64> &samples = timeline.samples;
    samples.reserve(size_t(std::max<qint64>(size, 0)));
    const SeriesPoint *previous = nullptr;
    for (const SeriesPoint &point : points) {
        if (point.timestampMs < startMs || point.timestampMs >= endMs)
            continue;
        const qint64 gap = previous ? steps(previous->timestampMs, point.timestampMs) - 1
                                    : steps(startMs, point.timestampMs);
        if (gap > 0)
            samples.insert(samples.end(), size_t(gap), 0);
        samples.push_back(qint64(point.value));
        previous = &point;
    }
    if (qint64(samples.size()) < size)
        samples.resize(size_t(size), 0);
    return timeline;
}
