#pragma once

#include "library/labels.h"

#include <QtGlobal>

#include <vector>

struct SeriesPoint
{
    qint64 timestampMs = 0;
    double value = 0;
};

// One series of a timeline: a profile type's total per step.
struct SeriesPoints
{
    Labels labels; // the group-by labels of this series
    std::vector<SeriesPoint> points;
};
