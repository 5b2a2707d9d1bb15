#include "subsecondheatmap.h"

#include "timelinechart.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int leftMargin = 56;
constexpr int bottomMargin = 20;
constexpr int margin = 4;
constexpr qint64 nanosPerMs = 1000000;
} // namespace

SubsecondHeatmap::SubsecondHeatmap(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(160);
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
}

void SubsecondHeatmap::setGrid(SubsecondGrid grid)
{
    m_grid = std::move(grid);
    update();
}

void SubsecondHeatmap::setRanges(std::optional<TimeRange> baseline,
                                 std::optional<TimeRange> comparison)
{
    m_baseline = baseline;
    m_comparison = comparison;
    update();
}

QRectF SubsecondHeatmap::gridRect() const
{
    return QRectF(leftMargin, margin, std::max(1, width() - leftMargin - margin),
                  std::max(1, height() - margin - bottomMargin));
}

QRect SubsecondHeatmap::cellRect(int column, int row) const
{
    const QRectF g = gridRect();
    const double w = g.width() / std::max(1, m_grid.columns()), h = g.height() / m_grid.rows();
    return QRectF(g.left() + column * w, g.top() + row * h, w, h).toAlignedRect();
}

bool SubsecondHeatmap::cellAt(QPoint pos, int *column, int *row) const
{
    const QRectF g = gridRect();
    if (m_grid.columns() == 0)
        return false;
    *column = std::clamp(int((pos.x() - g.left()) / g.width() * m_grid.columns()), 0,
                         m_grid.columns() - 1);
    *row = std::clamp(int((pos.y() - g.top()) / g.height() * m_grid.rows()), 0, m_grid.rows() - 1);
    return g.adjusted(-margin, -margin, margin, margin).contains(pos);
}

void SubsecondHeatmap::paintSelection(QPainter &painter, TimeRange range, const QColor &color) const
{
    QColor fill = color;
    fill.setAlpha(110);
    const qint64 from = range.startMs * nanosPerMs, until = (range.endMs + 1) * nanosPerMs;
    for (int c = 0; c < m_grid.columns(); ++c) {
        for (int r = 0; r < m_grid.rows(); ++r) {
            const auto [start, end] = m_grid.span(c, r, c, r);
            if (start >= from && end <= until)
                painter.fillRect(cellRect(c, r), fill);
        }
    }
}

void SubsecondHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF g = gridRect();
    painter.fillRect(g, Qt::white);
    const double max = double(std::max<qint64>(1, m_grid.maxCount()));
    for (int c = 0; c < m_grid.columns(); ++c) {
        for (int r = 0; r < m_grid.rows(); ++r) {
            const qint64 n = m_grid.count(c, r);
            if (n == 0)
                continue;
            // FlameScope's scale: white to red by the count.
            const double share = double(n) / max;
            painter.fillRect(cellRect(c, r),
                             QColor(255, int(235 * (1 - share)), int(235 * (1 - share))));
        }
    }
    if (m_dragging) {
        const auto [start, end] = m_grid.span(m_pressColumn, m_pressRow, m_column, m_row);
        const bool baseline = !m_compare || !m_baseline;
        paintSelection(painter, {start / nanosPerMs, end / nanosPerMs - 1},
                       TimelineChart::color(baseline ? TimelineChart::Which::Baseline
                                                     : TimelineChart::Which::Comparison));
    }
    if (m_baseline)
        paintSelection(painter, *m_baseline, TimelineChart::color(TimelineChart::Which::Baseline));
    if (m_comparison)
        paintSelection(painter, *m_comparison,
                       TimelineChart::color(TimelineChart::Which::Comparison));
    painter.setPen(palette().color(QPalette::WindowText));
    const int labelStep = std::max(1, m_grid.columns() / 20);
    for (int c = 0; c < m_grid.columns(); c += labelStep)
        painter.drawText(QRectF(cellRect(c, 0).left(), g.bottom() + 2, 60, bottomMargin - 2),
                         Qt::AlignLeft, QString::number(c) + u's');
    for (int r = 0; r < m_grid.rows(); r += std::max(1, m_grid.rows() / 5))
        painter.drawText(QRectF(0, cellRect(0, r).top(), leftMargin - 4, 16),
                         Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1 ms").arg(qint64(r) * m_grid.cellNanos() / nanosPerMs));
}

void SubsecondHeatmap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton
        || !cellAt(event->position().toPoint(), &m_pressColumn, &m_pressRow))
        return;
    m_dragging = true;
    m_column = m_pressColumn;
    m_row = m_pressRow;
    update();
}

void SubsecondHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    int column, row;
    if (!cellAt(event->position().toPoint(), &column, &row)) {
        setToolTip({});
        if (!m_dragging)
            return;
    }
    if (m_dragging) {
        m_column = column;
        m_row = row;
        update();
    } else {
        setToolTip(tr("%1 s + %2 ms: %n samples", nullptr, int(m_grid.count(column, row)))
                       .arg(column)
                       .arg(qint64(row) * m_grid.cellNanos() / nanosPerMs));
    }
}

void SubsecondHeatmap::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    cellAt(event->position().toPoint(), &m_column, &m_row);
    const auto [start, end] = m_grid.span(m_pressColumn, m_pressRow, m_column, m_row);
    const bool baseline = !m_compare || !m_baseline;
    const TimeRange range{start / nanosPerMs, end / nanosPerMs - 1};
    if (baseline)
        m_baseline = range;
    else
        m_comparison = range;
    update();
    Q_EMIT rangeSelected(baseline, range);
}
