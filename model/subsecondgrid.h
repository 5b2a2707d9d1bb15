#pragma once

#include "profilemetadata.h"

#include <QtGlobal>

#include <vector>

// FlameScope's subsecond offset heatmap of a profile's sample times: one
// column per second, one row per slice of the second (rowsPerSecond of them,
// the first at the top), each cell the number of samples taken in it. Cells
// are in time order going down a column and then to the next column, so any
// two cells bound one contiguous time range: what a rectangle dragged from
// one to the other selects, as in FlameScope.
class SubsecondGrid final
{
public:
    // offsetNanos is added to every time (a file's clock put on the wall
    // clock); the first column starts at the whole second before the first sample.
    static SubsecondGrid compute(const SampleTimes &times, qint64 offsetNanos, int rowsPerSecond);

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    qint64 originNanos() const { return m_origin; }
    qint64 count(int column, int row) const
    {
        return m_counts[size_t(column) * size_t(m_rows) + size_t(row)];
    }
    qint64 maxCount() const { return m_max; }
    qint64 cellNanos() const { return 1000000000 / m_rows; }
    // [start, end) in ns of the cells from a to b (in either order), both included.
    std::pair<qint64, qint64> span(int columnA, int rowA, int columnB, int rowB) const;

private:
    qint64 m_origin = 0;
    int m_columns = 0;
    int m_rows = 1;
    std::vector<qint64> m_counts; // column-major
    qint64 m_max = 0;
};
