#include "subsecondgrid.h"

#include <algorithm>

namespace {
constexpr qint64 second = 1000000000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && (a < 0) ? 1 : 0);
}
} // namespace

SubsecondGrid SubsecondGrid::compute(const SampleTimes &times, qint64 offsetNanos,
                                     int rowsPerSecond)
{
    SubsecondGrid grid;
    grid.m_rows = std::clamp(rowsPerSecond, 1, 1000);
    if (times.isEmpty())
        return grid;
    grid.m_origin = floorDiv(times.timeNanos.front() + offsetNanos, second) * second;
    const qint64 last = times.timeNanos.back() + offsetNanos;
    grid.m_columns = int(floorDiv(last - grid.m_origin, second) + 1);
    grid.m_counts.assign(size_t(grid.m_columns) * size_t(grid.m_rows), 0);
    const qint64 cell = grid.cellNanos();
    for (qint64 t : times.timeNanos) {
        const qint64 at = t + offsetNanos - grid.m_origin;
        const qint64 column = at / second;
        const qint64 row = std::min<qint64>((at % second) / cell, grid.m_rows - 1);
        qint64 &count = grid.m_counts[size_t(column) * size_t(grid.m_rows) + size_t(row)];
        grid.m_max = std::max(grid.m_max, ++count);
    }
    return grid;
}

std::pair<qint64, qint64> SubsecondGrid::span(int columnA, int rowA, int columnB, int rowB) const
{
    auto start = [&](int column, int row) {
        return m_origin + qint64(column) * second + qint64(row) * cellNanos();
    };
    auto end = [&](int column, int row) {
        return row + 1 == m_rows ? m_origin + qint64(column + 1) * second : start(column, row + 1);
    };
    qint64 a = start(columnA, rowA), b = start(columnB, rowB);
    if (b < a) {
        std::swap(columnA, columnB);
        std::swap(rowA, rowB);
    }
    return {start(columnA, rowA), end(columnB, rowB)};
}
