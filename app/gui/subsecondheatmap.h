#pragma once

#include "library/timerange.h"
#include "model/subsecondgrid.h"

#include <QWidget>

#include <optional>

// FlameScope's subsecond offset heatmap of a file's samples (SubsecondGrid):
// columns are seconds, rows the offset within the second, the colour the
// number of samples (white to red). A drag from one cell to another selects
// the samples in between, in time order; in compare mode a second drag
// selects the comparison. The selections are the timeline's ranges, so their
// merge and diff come out of the same TimelineWindow path.
class SubsecondHeatmap final : public QWidget
{
    Q_OBJECT
public:
    explicit SubsecondHeatmap(QWidget *parent = nullptr);

    void setGrid(SubsecondGrid grid);
    const SubsecondGrid &grid() const { return m_grid; }
    void setCompareMode(bool on) { m_compare = on; }
    // Shows the ranges selected elsewhere (the chart, typed times).
    void setRanges(std::optional<TimeRange> baseline, std::optional<TimeRange> comparison);

    // The cell's rectangle, for the tests' drags.
    QRect cellRect(int column, int row) const;

Q_SIGNALS:
    // baseline: false for the comparison
    void rangeSelected(bool baseline, TimeRange range);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool cellAt(QPoint pos, int *column, int *row) const;
    QRectF gridRect() const;
    void paintSelection(QPainter &painter, TimeRange range, const QColor &color) const;

    SubsecondGrid m_grid;
    std::optional<TimeRange> m_baseline;
    std::optional<TimeRange> m_comparison;
    bool m_compare = false;
    bool m_dragging = false;
    int m_pressColumn = 0;
    int m_pressRow = 0;
    int m_column = 0;
    int m_row = 0;
};
