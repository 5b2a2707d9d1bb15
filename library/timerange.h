#pragma once

#include <QtGlobal>

// Milliseconds since the epoch, [startMs, endMs], as Pyroscope's API counts time.
// A profile is in a range when its time span overlaps it.
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool overlaps(qint64 fromMs, qint64 untilMs) const { return fromMs <= endMs && untilMs >= startMs; }
};
