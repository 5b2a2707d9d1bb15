#pragma once

#include "library/seriespoints.h"
#include "library/timerange.h"

#include <QChartView>

#include <optional>
#include <string>
#include <vector>

class QDateTimeAxis;
class QValueAxis;

// The timeline's chart (Qt Charts): a type's totals over time, one line per
// series, on a local-time axis; and the one or two ranges a user selects on it,
// as Pyroscope's timeline: baseline (blue) and comparison (red).
//
// Mouse: a left drag on empty plot selects a range (the baseline first, then,
// in compare mode, the comparison; a third drag replaces the comparison); a
// drag inside a range moves it, on its edge resizes it. The wheel zooms the
// time axis around the cursor, a middle drag (or Shift with the left button)
// pans, a double click shows the whole query again. Zoom and pan only move the
// view; the query's range stays until the window asks again.
class TimelineChart final : public QChartView
{
    Q_OBJECT
public:
    enum class Which { Baseline, Comparison };

    explicit TimelineChart(QWidget *parent = nullptr);

    // Replaces the lines; the view shows range (the query's).
    void setSeries(const std::vector<SeriesPoints> &series, TimeRange range,
                   const std::string &unit);
    qsizetype seriesCount() const;
    TimeRange queryRange() const { return m_query; }
    // The visible time, after zoom and pan.
    TimeRange visibleRange() const;
    void setVisibleRange(TimeRange range);
    // A small chart of the whole query under the main one: no value labels, no legend.
    void setOverviewStyle();

    void setCompareMode(bool on);
    bool compareMode() const { return m_compare; }
    std::optional<TimeRange> range(Which which) const
    {
        return which == Which::Baseline ? m_baseline : m_comparison;
    }
    void setRange(Which which, std::optional<TimeRange> range);
    void clearRanges();

    // The x of a time in viewport coordinates, and back: for the tests' drags.
    double xForTime(qint64 ms) const;
    qint64 timeForX(double x) const;
    QRectF plotRectInViewport() const;

    static QColor color(Which which);

Q_SIGNALS:
    // A range was made, moved, resized, typed or cleared; emitted once a drag ends.
    void rangesChanged();
    // Zoom, pan, a new answer or setVisibleRange moved the time axis.
    void visibleRangeChanged(TimeRange range);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Create, Move, ResizeStart, ResizeEnd, Pan };

    std::optional<TimeRange> &slot(Which which)
    {
        return which == Which::Baseline ? m_baseline : m_comparison;
    }
    // Which range and what part of it x (viewport) is on, if any.
    bool hit(double x, Which *which, Drag *drag) const;
    void updateCursor(double x);

    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    TimeRange m_query;
    std::optional<TimeRange> m_baseline;
    std::optional<TimeRange> m_comparison;
    bool m_compare = false;

    Drag m_drag = Drag::None;
    Which m_dragWhich = Which::Baseline;
    double m_pressX = 0;
    TimeRange m_pressRange;
    TimeRange m_pressView;
};
