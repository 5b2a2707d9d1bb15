#pragma once

#include "library/library.h"
#include "model/profilemetadata.h"

#include <vector>

// The timeline of /pyroscope/render as Grafana Pyroscope 1.x builds it from
// SelectSeries (pkg/querier/timeline): a step from the range (about 1,500
// points, at least 10 s, rounded to a "nice" interval as Grafana does), and
// one sample per step from the range's start, gaps and both ends filled with
// zeros, points outside [startMs, endMs) dropped.
namespace PyroscopeTimeline {
// seconds
qint64 step(qint64 startMs, qint64 endMs);
Timeline build(const std::vector<SeriesPoint> &points, qint64 startMs, qint64 endMs,
               qint64 stepSeconds);
} // namespace PyroscopeTimeline
